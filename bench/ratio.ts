// `npm run bench:ratio [-- --reps N] [-- --corpus DIR]... [-- --no-generated] [-- --baseline DIR | --ablate WHAT | --stages]`: all our rules together against core
// `no-magic-numbers`, per corpus, as the sum over files of each file's fastest time over the
// repetitions (issue #26: a median of sums varies ±30 % on a shared machine; per-file minima are
// steadier). Corpora: the smoke corpus, each `--corpus DIR` (app code you fetch, JSX allowed), and
// the generated files of `npm run bench` (dense with codes; a binding per function). Both rule sets
// lint each file in turn, after a warm-up pass, so that both see the same machine.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

import { plugin } from '../scripts/built-plugin.js';
import { smokeCorpus, sourceTypeOf } from '../scripts/smoke-corpus.js';
import { ablated } from './lib/ablation.js';
import { stages } from './lib/stages.js';
import { format } from './lib/stats.js';
import { benchFile, directoryFiles, generatedFileOf, generatedFiles, type BenchFile } from './untyped/inputs.js';

const { values } = parseArgs({
  options: {
    reps: { type: 'string', default: '5' },
    corpus: { type: 'string', multiple: true, default: [] },
    baseline: { type: 'string' },
    ablate: { type: 'string' },
    stages: { type: 'boolean', default: false },
    'no-generated': { type: 'boolean', default: false },
  },
});
const REPS = Number(values.reps);
if (!Number.isSafeInteger(REPS) || REPS < 1) throw new Error(`--reps takes a positive integer, not ${values.reps}`);

const generated = generatedFiles();
const corpora: [string, BenchFile[]][] = [
  [
    'smoke corpus (parse + parse-server lib/)',
    smokeCorpus().map((file) => benchFile(path.join('smoke', file.packageName, file.name), file.text)),
  ],
  ...values.corpus.map((directory): [string, BenchFile[]] => [directory, directoryFiles(directory)]),
  ...(values['no-generated']
    ? []
    : ([
        ['generated, dense, 1k lines', [generatedFileOf(generated, '1k')]],
        ['generated, dense, 100k lines', [generatedFileOf(generated, '100k')]],
        ['generated, binding per function, 1k lines', [generatedFileOf(generated, '1k', true)]],
        ['generated, binding per function, 100k lines', [generatedFileOf(generated, '100k', true)]],
      ] satisfies [string, BenchFile[]][])),
];

const linter = new Linter({ configType: 'flat' });
/**
 * `--baseline DIR`: another build of the plugin (a copy of dist/ from before a change), measured in
 * the same run; or `--ablate WHAT`: this build with part of its work taken away (bench/lib/ablation.ts).
 */
const baseline =
  values.ablate !== undefined
    ? ablated(plugin, values.ablate)
    : values.baseline === undefined
      ? undefined
      : ((await import(pathToFileURL(path.resolve(values.baseline, 'index.js')).href)) as { default: typeof plugin })
          .default;
interface RuleSet {
  readonly prefix: string;
  readonly plugin: typeof plugin;
  readonly rules: NonNullable<Linter.Config['rules']>;
}
const ourRuleSet = (linted: typeof plugin): RuleSet => ({
  prefix: 'parse-error-codes/',
  plugin: linted,
  rules: linted.configs.all.rules ?? {},
});
/** `--stages`: this build with its work taken away layer by layer (bench/lib/stages.ts), every layer in this run. */
const layers = values.stages ? stages(plugin) : [];
const RULE_SETS: Record<string, RuleSet> = {
  ...(layers.length > 0
    ? Object.fromEntries(layers.map(({ name, plugin: linted }) => [name, ourRuleSet(linted)]))
    : { ours: ourRuleSet(plugin) }),
  ...(baseline ? { baseline: ourRuleSet(baseline) } : {}),
  core: { prefix: 'no-magic-numbers', plugin, rules: { 'no-magic-numbers': 'error' } },
};
const ruleSetNames = Object.keys(RULE_SETS);

/** Rule time of one lint of `file` with ESLint's `stats`, summed over the rule set's rules. */
function ruleTime(file: BenchFile, ruleSet: string): number {
  const set = RULE_SETS[ruleSet];
  if (!set) throw new Error(`no rule set ${ruleSet}`);
  const { prefix, rules, plugin: linted } = set;
  const config: Linter.Config[] = [
    {
      files: ['**/*.{js,mjs,cjs}'],
      plugins: { 'parse-error-codes': linted },
      languageOptions: {
        parser: tsParser,
        ecmaVersion: 'latest',
        sourceType: sourceTypeOf(file.text),
        parserOptions: { ecmaFeatures: { jsx: true } },
      },
      linterOptions: { reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' },
      rules,
    },
  ];
  const options: Linter.FixOptions & { stats: boolean } = { filename: file.filename, fix: false, stats: true };
  const { messages } = linter.verifyAndFix(file.text, config, options);
  if (messages.some((message) => message.fatal === true)) return NaN;
  let sum = 0;
  for (const [ruleId, { total }] of Object.entries(linter.getTimes().passes[0]?.rules ?? {}))
    if (ruleId.startsWith(prefix)) sum += total;
  return sum;
}

const header = baseline
  ? '| corpus | files | lines | baseline | ours | core | baseline / core | ours / core |'
  : '| corpus | files | lines | ours | core | ours / core |';
if (layers.length === 0) {
  console.log(header);
  console.log(header.replace(/[^|]+/gu, '---'));
}
/** Per corpus: its name as shown, and each rule set's sum of per-file minima. */
const measured: { corpus: string; files: number; lines: number; sums: Map<string, number> }[] = [];
for (const [name, files] of corpora) {
  const minima = new Map(ruleSetNames.map((ruleSet) => [ruleSet, files.map(() => Infinity)]));
  // A corpus of one small file lints it several times a repetition, so that its minimum is a warm one.
  const lintsOf = (file: BenchFile): number =>
    files.length > 1 ? 1 : Math.min(20, Math.max(1, Math.ceil(2000 / file.lines)));
  for (let rep = 0; rep <= REPS; rep++) {
    files.forEach((file, index) => {
      const order = rep % 2 === 0 ? ruleSetNames : [...ruleSetNames].reverse();
      for (let lint = 0; lint < lintsOf(file); lint++) {
        for (const ruleSet of order) {
          const time = ruleTime(file, ruleSet);
          // Repetition 0 warms up.
          const list = minima.get(ruleSet);
          if (rep > 0 && list) list[index] = Math.min(list[index] ?? Infinity, time);
        }
      }
    });
  }
  // Files the parser cannot read (NaN) are left out of every sum.
  const kept = files.map((_, index) => [...minima.values()].every((list) => Number.isFinite(list[index])));
  const sums = new Map(
    [...minima].map(([ruleSet, list]) => [
      ruleSet,
      list.reduce((total, time, index) => (kept[index] ? total + time : total), 0),
    ]),
  );
  const sum = (ruleSet: string): number => sums.get(ruleSet) ?? NaN;
  const lines = files.reduce((total, file, index) => (kept[index] ? total + file.lines : total), 0);
  const corpus = name.startsWith('/') ? path.basename(name) : name;
  const keptFiles = kept.filter(Boolean).length;
  measured.push({ corpus, files: keptFiles, lines, sums });
  if (layers.length > 0) continue;
  const core = sum('core');
  const cells = [corpus, String(keptFiles), String(lines)];
  if (baseline) cells.push(`${format(sum('baseline'))} ms`);
  cells.push(`${format(sum('ours'))} ms`, `${format(core)} ms`);
  if (baseline) cells.push(`${format(sum('baseline') / core, 2)}×`);
  cells.push(`${format(sum('ours') / core, 2)}×`);
  console.log(`| ${cells.join(' | ')} |`);
}

// `--stages`: a row per layer, a column per corpus, each cell the layer's sum and its ratio to core's.
if (layers.length > 0) {
  console.log(`| layer | ${measured.map(({ corpus, files }) => `${corpus} (${files} files)`).join(' | ')} |`);
  console.log(`|---|${measured.map(() => '---').join('|')}|`);
  for (const ruleSet of [...layers.map(({ name }) => name), 'core']) {
    const cells = measured.map(({ sums }) => {
      const time = sums.get(ruleSet) ?? NaN;
      return `${format(time)} ms (${format(time / (sums.get('core') ?? NaN), 2)}×)`;
    });
    console.log(`| ${ruleSet === 'core' ? 'core `no-magic-numbers`' : ruleSet} | ${cells.join(' | ')} |`);
  }
}
