// `npm run bench:behaviour -- --save FILE` / `-- --against FILE`: every message, fix and
// suggestion of every rule (`configs.all`, the build in dist/) on the smoke corpus, written to FILE,
// or compared with what FILE holds. Run `--save` before an optimisation and `--against` after it:
// an optimisation must not change a single report (issue #15). `--corpus DIR` lints the files under
// DIR instead; `--fuzz N [--seed S]` the first N programs of the fuzzer's run S (scripts/fuzz-programs.ts),
// each with its own globals, which reach the SDK's every spelling.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';

import { plugin } from '../scripts/built-plugin.js';
import { REPOSITORY_ROOT, smokeCorpus, sourceTypeOf } from '../scripts/smoke-corpus.js';
import { corpusFileNames } from './untyped/inputs.js';

const { values } = parseArgs({
  options: {
    save: { type: 'string' },
    against: { type: 'string' },
    corpus: { type: 'string' },
    fuzz: { type: 'string' },
    seed: { type: 'string', default: '5122026' },
  },
});
if ((values.save === undefined) === (values.against === undefined)) {
  throw new Error('Give either --save FILE or --against FILE.');
}

/** One report as text: position, rule, message, and the edits of its fix and each suggestion. */
function describe(message: Linter.LintMessage): string {
  const edit = (fix: Linter.LintMessage['fix']): string =>
    fix ? `${fix.range.join('-')}=${JSON.stringify(fix.text)}` : '';
  const suggestions = (message.suggestions ?? []).map((suggestion) => `${suggestion.desc} ${edit(suggestion.fix)}`);
  return [
    `${message.line}:${message.column}-${message.endLine}:${message.endColumn}`,
    message.ruleId,
    message.message,
    `fix ${edit(message.fix)}`,
    ...suggestions,
  ].join(' | ');
}

interface BehaviourFile {
  readonly key: string;
  readonly text: string;
  readonly sourceType: 'module' | 'commonjs';
  readonly globals?: Linter.Globals;
}

/** `--fuzz N`: the fuzzer's programs, named by their seeds, with the globals each is linted with. */
async function fuzzCorpus(count: number, runSeed: number): Promise<BehaviourFile[]> {
  const { generateProgram, programSeedOf } = await import('../scripts/fuzz-programs.js');
  const { catalog } = await import('../scripts/built-plugin.js');
  const codes = [...new Set(catalog.errorCodes.map((entry) => entry.code))];
  return Array.from({ length: count }, (_, index) => {
    const program = generateProgram(programSeedOf(runSeed, index), codes);
    const extension = path.extname(program.filename);
    return {
      key: `${program.seed}${extension}`,
      text: program.text,
      sourceType: program.sourceType,
      globals: program.globals,
    };
  });
}

/** `--corpus DIR`: every `.js`, `.cjs`, `.mjs` file under DIR (not node_modules/), e.g. app code fetched for a check. */
function directoryCorpus(directory: string): BehaviourFile[] {
  return corpusFileNames(directory).map((name) => {
    const text = readFileSync(path.join(directory, name), 'utf8');
    return { key: name.split(path.sep).join('/'), text, sourceType: sourceTypeOf(text) };
  });
}

const corpus: BehaviourFile[] =
  values.fuzz !== undefined
    ? await fuzzCorpus(Number(values.fuzz), Number(values.seed))
    : values.corpus === undefined
      ? smokeCorpus().map((file) => ({
          key: `${file.packageName}/${file.name}`,
          text: file.text,
          sourceType: file.sourceType,
        }))
      : directoryCorpus(values.corpus);

const linter = new Linter();
const reports: Record<string, string[]> = {};
for (const file of corpus) {
  const filename = path.join(REPOSITORY_ROOT, 'smoke', file.key);
  const messages = linter.verify(
    file.text,
    [
      {
        files: ['**/*.{js,ts}'],
        languageOptions: {
          parser: tsParser,
          sourceType: file.sourceType,
          globals: file.globals ?? {},
          // App code (`--corpus`) is often JSX in .js files.
          parserOptions: { ecmaFeatures: { jsx: values.corpus !== undefined } },
        },
        linterOptions: { noInlineConfig: true },
      },
      plugin.configs.all,
    ],
    filename,
  );
  reports[file.key] = messages.filter((message) => message.ruleId !== null).map(describe);
}
const total = Object.values(reports).reduce((sum, list) => sum + list.length, 0);

if (values.save !== undefined) {
  writeFileSync(values.save, `${JSON.stringify(reports, null, 1)}\n`);
  console.log(`Saved ${total} reports of ${Object.keys(reports).length} files to ${values.save}.`);
} else if (values.against !== undefined) {
  const saved = JSON.parse(readFileSync(values.against, 'utf8')) as Record<string, string[]>;
  const files = [...new Set([...Object.keys(saved), ...Object.keys(reports)])].sort();
  let differences = 0;
  for (const file of files) {
    const before = saved[file] ?? [];
    const after = reports[file] ?? [];
    const gone = before.filter((line) => !after.includes(line));
    const added = after.filter((line) => !before.includes(line));
    for (const line of gone) console.log(`- ${file} ${line}`);
    for (const line of added) console.log(`+ ${file} ${line}`);
    differences += gone.length + added.length;
  }
  console.log(
    differences === 0
      ? `Same ${total} reports, fixes and suggestions as ${values.against}.`
      : `${differences} differences.`,
  );
  if (differences > 0) process.exitCode = 1;
}
