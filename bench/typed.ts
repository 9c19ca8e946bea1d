// `npm run bench:typed [-- --reps N] [-- --output FILE]` (issue #8): what our rules add to typed
// linting. Generates a TypeScript project dense with error codes in .cache/bench-typed/, lints it
// with typescript-eslint's `recommendedTypeChecked` alone, with our `recommended` added, and with our
// `recommended-type-checked` added (and our two configs without typescript-eslint's rules), and
// writes the section "Type-checked linting (bench/typed.ts)" of bench/RESULTS.md (the rest of the
// file is kept); see bench/README.md. The parts live in bench/typed/ (corpus, configurations,
// linting, report) and bench/lib/ (shared with run.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { REPOSITORY_ROOT } from '../scripts/smoke-corpus.js';
import { TYPED_SECTION_TITLE, withSection } from './lib/results-file.js';
import { format } from './lib/stats.js';
import { pick } from './typed/block.js';
import { CONFIG_NAMES, type ConfigName } from './typed/configs.js';
import { CORPUS_DIRECTORY, typeCheckCorpus, writeCorpus } from './typed/corpus.js';
import { lintCorpus, type Sample } from './typed/lint.js';
import { typedSection } from './typed/report.js';

/**
 * Passes of each configuration before measuring: a pass keeps getting faster for several passes
 * (by a third from the first to the fifth), as V8 optimises more of TypeScript's checker.
 */
const WARM_UP_ROUNDS = 2;

const { values } = parseArgs({
  options: {
    reps: { type: 'string', default: '5' },
    output: { type: 'string', default: path.join(REPOSITORY_ROOT, 'bench', 'RESULTS.md') },
  },
});
const REPS = Number(values.reps);
if (!Number.isSafeInteger(REPS) || REPS < 1) throw new Error(`--reps takes a positive integer, not ${values.reps}`);

const log = (line: string): void => {
  console.log(line);
};

const started = performance.now();
log(`Writing the corpus into ${path.relative(REPOSITORY_ROOT, CORPUS_DIRECTORY)}/`);
const corpus = writeCorpus();
typeCheckCorpus();
log(`  ${corpus.files} files, ${corpus.lines} lines; type-checks clean`);

log(`Warm-up: ${WARM_UP_ROUNDS} passes of each configuration (discarded)…`);
for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const name of CONFIG_NAMES) await lintCorpus(name);

const samples = new Map<ConfigName, Sample[]>(CONFIG_NAMES.map((name) => [name, []]));
for (let rep = 0; rep < REPS; rep++) {
  // Rotate the order, so that no configuration always runs first after the previous one.
  for (let offset = 0; offset < CONFIG_NAMES.length; offset++) {
    const name = pick(CONFIG_NAMES, rep + offset);
    const sample = await lintCorpus(name);
    samples.get(name)?.push(sample);
    log(
      `  rep ${rep + 1}/${REPS} ${name}: ${format(sample.wall / 1000, 2)} s, CPU ${format(sample.cpu / 1000, 2)} s (ours ${format(sample.ours)} ms)`,
    );
  }
}
const elapsed = (performance.now() - started) / 1000;

const section = typedSection({ samples, corpus, reps: REPS, warmUpRounds: WARM_UP_ROUNDS, elapsed });
const output = values.output;
let existing: string;
try {
  existing = readFileSync(output, 'utf8');
} catch {
  existing = '# Benchmark results\n';
}
writeFileSync(output, withSection(existing, TYPED_SECTION_TITLE, section));
log(`\n${section.join('\n')}`);
log(`Written to ${path.relative(process.cwd(), output)}`);
