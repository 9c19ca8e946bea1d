// `npm run bench:cpu [-- --reps N]`: the whole-process CPU time of linting the smoke corpus with
// `@eslint/js` recommended, with and without our rules (`configs.all`), each lint in a fresh Node
// process as one `eslint` run would be (start-up, parsing, every rule). The runs alternate, and the
// medians and their min–max are printed with the ratio of the two (issue #15).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';

import tsParser from '@typescript-eslint/parser';
import js from '@eslint/js';
import { Linter } from 'eslint';

import { median } from './lib/stats.js';

const { values } = parseArgs({
  options: { reps: { type: 'string', default: '5' }, child: { type: 'string' } },
});

if (values.child !== undefined) {
  // In the child: lint once and print this process's CPU time in milliseconds.
  const { plugin } = await import('../scripts/built-plugin.js');
  const { REPOSITORY_ROOT, smokeCorpus } = await import('../scripts/smoke-corpus.js');
  const linter = new Linter();
  for (const file of smokeCorpus()) {
    const config: Linter.Config[] = [
      { files: ['**/*.js'], languageOptions: { parser: tsParser, sourceType: file.sourceType } },
      js.configs.recommended,
      ...(values.child === 'with' ? [plugin.configs.all] : []),
    ];
    linter.verify(file.text, config, {
      filename: path.join(REPOSITORY_ROOT, 'smoke', file.packageName, file.name),
      allowInlineConfig: false,
    });
  }
  const { user, system } = process.cpuUsage();
  console.log(String((user + system) / 1000));
} else {
  const reps = Number(values.reps);
  const run = (variant: 'with' | 'without'): number =>
    Number(
      execFileSync(
        process.execPath,
        ['--import', 'tsx', path.join(import.meta.dirname, 'cpu.ts'), '--child', variant],
        {
          encoding: 'utf8',
        },
      ).trim(),
    );
  run('with');
  run('without');
  const times = { with: [] as number[], without: [] as number[] };
  for (let index = 0; index < reps; index++) {
    for (const variant of index % 2 === 0 ? (['with', 'without'] as const) : (['without', 'with'] as const)) {
      times[variant].push(run(variant));
    }
  }
  const format = (samples: readonly number[]): string => {
    return `${median(samples).toFixed(0)} ms (${Math.min(...samples).toFixed(0)}–${Math.max(...samples).toFixed(0)})`;
  };
  console.log(`Whole-process CPU time, smoke corpus, ${reps} runs each after a warm-up run:`);
  console.log(`  @eslint/js recommended + our rules: ${format(times.with)}`);
  console.log(`  @eslint/js recommended alone:       ${format(times.without)}`);
  console.log(`  ratio of the medians: ${(median(times.with) / median(times.without)).toFixed(3)}×`);
}
