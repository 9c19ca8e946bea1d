// The results of `npm run bench`: the tables of bench/RESULTS.md, from the medians.
import os from 'node:os';

import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

import { PARSE_SERVER_VERSION, parseVersion } from '../../scripts/smoke-corpus.js';
import { cpuModel } from '../lib/machine.js';
import { format, type Measurements } from '../lib/stats.js';
import { generatedFileOf, lineCount, sizes, timesFor, type BenchFile, type Size } from './inputs.js';
import { describeShape, ourRules, SHAPES } from './rule-sets.js';

export interface RunResults {
  readonly measurements: Measurements;
  readonly reps: number;
  /** Seconds of measuring. */
  readonly elapsed: number;
  readonly smoke: readonly BenchFile[];
  readonly issue4: readonly BenchFile[];
  readonly generated: ReadonlyMap<string, BenchFile>;
}

/** The report's tables, from the medians. */
/** The report's tables, from the medians. */
export function resultLines({ measurements: m, reps: REPS, elapsed, smoke, issue4, generated }: RunResults): string[] {
  const generatedFile = (size: Size): BenchFile => generatedFileOf(generated, size);
  const med = (name: string): number => m.median(name);
  /** Rule time minus what the same listeners cost when they do nothing (the timers and the calls). */
  const net = (name: string, empty: string): number => med(name) - med(empty);
  const ratioRaw = med('smoke ours') / med('smoke core');
  const ratioNet = net('smoke ours', 'smoke empty-like-ours') / net('smoke core', 'smoke empty-like-core');
  const share = med('smoke mixed ours') / med('smoke mixed total');
  const shareNet = (med('smoke mixed ours') - med('smoke empty-like-ours')) / med('smoke mixed total');
  const perKLines = (size: Size, value: number): number => value / (generatedFile(size).lines / 1000);
  const scaling = perKLines('100k', med('100k ours')) / perKLines('1k', med('1k ours'));
  const scalingNet =
    perKLines('100k', net('100k ours', '100k empty-like-ours')) / perKLines('1k', net('1k ours', '1k empty-like-ours'));
  const issue4Ratio = med('issue4 ours') / med('issue4 core');
  const issue4Net = net('issue4 ours', 'issue4 empty-like-ours') / net('issue4 core', 'issue4 empty-like-core');

  const verdict = (ok: boolean): string => (ok ? 'met' : '**missed**');
  const cpu = cpuModel();
  const ms = (name: string): string => `${format(med(name))} ms (${m.spread(name)})`;

  return [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)}: ${REPS} repetitions, medians with min–max in parentheses, ${format(elapsed, 0)} s of measuring.`,
    '',
    '## Machine',
    '',
    `- CPUs (nproc): ${os.availableParallelism()}; model: ${cpu} (shared, noisy)`,
    `- Node ${process.version}, ESLint ${Linter.version}, @typescript-eslint/parser ${tsParser.version}`,
    `- Smoke corpus: parse ${parseVersion()} lib/ and parse-server ${PARSE_SERVER_VERSION} lib/: ${smoke.length} files, ${lineCount(smoke)} lines`,
    '- Every file is parsed by @typescript-eslint/parser without type information; the plugin is the build in dist/.',
    '- Rule times are ESLint\'s `stats` times (`passes[0].rules[ruleId].total`, `create()` included). ESLint times each listener call with two `process.hrtime()` calls, which costs about the same per call whatever the rule does; "net" subtracts the time of empty rules with the same listeners, i.e. it is what the rules themselves cost.',
    `- Listeners per file, rule by rule in config order: ours: ${describeShape(SHAPES.ours)}; our \`no-magic-numbers\` alone: ${describeShape(SHAPES['ours-no-magic-numbers'])}; core \`no-magic-numbers\`: ${describeShape(SHAPES.core)}.`,
    '',
    '## Targets',
    '',
    '| target | raw `stats` | net of timer overhead | |',
    '|---|---|---|---|',
    `| (i) all our rules together ≤ 1.0× core \`no-magic-numbers\` (smoke corpus) | ${format(ratioRaw, 2)}× | ${format(ratioNet, 2)}× | ${verdict(ratioRaw <= 1)} (raw), ${verdict(ratioNet <= 1)} (net) |`,
    `| (ii) our rules ≤ 3 % of total lint time (smoke corpus, \`@eslint/js\` recommended + ours) | ${format(share * 100, 2)} % | ${format(shareNet * 100, 2)} % | ${verdict(share <= 0.03)} |`,
    `| (iii) per-line cost at 100k lines ≤ 1.2× that at 1k lines (generated files) | ${format(scaling, 2)}× | ${format(scalingNet, 2)}× | ${verdict(scaling <= 1.2)} (raw), ${verdict(scalingNet <= 1.2)} (net) |`,
    `| issue #4: our \`no-magic-numbers\` alone vs core \`no-magic-numbers\` alone (parse lib/ + examples/) | ${format(issue4Ratio, 2)}× | ${format(issue4Net, 2)}× | ${verdict(issue4Ratio <= 1)} (raw), ${verdict(issue4Net <= 1)} (net) |`,
    '',
    '## (i) and (ii): smoke corpus',
    '',
    '| measurement | median |',
    '|---|---|',
    `| all our rules together (\`configs.all\` alone) | ${ms('smoke ours')} |`,
    ...Object.keys(ourRules).map((ruleId) => `| — ${ruleId} | ${ms(`smoke rule ${ruleId}`)} |`),
    `| empty rules with our listeners (timer overhead) | ${ms('smoke empty-like-ours')} |`,
    `| core \`no-magic-numbers\` alone | ${ms('smoke core')} |`,
    `| empty rule with core's listeners (timer overhead) | ${ms('smoke empty-like-core')} |`,
    `| our rules within \`@eslint/js\` recommended + ours | ${ms('smoke mixed ours')} |`,
    `| whole lint, \`@eslint/js\` recommended + ours | ${ms('smoke mixed total')} |`,
    `| — of which parsing | ${ms('smoke mixed parse')} |`,
    '',
    'Our rules share one analysis per file and one set of listeners, registered by the rule created first (src/utils/error-code-visitor.ts, `defineErrorCodeVisitor`), which hands the sites to the others: `stats` books nearly all of the shared work on that rule (`no-ambiguous-codes`, first in config order); only the sum is meaningful.',
    '',
    '## (iii) generated files dense with error codes (.cache/bench/generated-*.js)',
    '',
    `A 20-line handler repeated (about 10 error-code sites per handler, one \`Parse\` binding at the top). Times are per lint; a sample lints 1k × ${timesFor['1k']}, 10k × ${timesFor['10k']}, 100k × ${timesFor['100k']}.`,
    '',
    '| size | our rules | per 1k lines | net per 1k lines | core `no-magic-numbers` | ours / core | whole lint |',
    '|---|---|---|---|---|---|---|',
    ...sizes.map(
      (size) =>
        `| ${size} | ${ms(`${size} ours`)} | ${format(perKLines(size, med(`${size} ours`)), 2)} ms | ${format(perKLines(size, net(`${size} ours`, `${size} empty-like-ours`)), 2)} ms | ${ms(`${size} core`)} | ${format(med(`${size} ours`) / med(`${size} core`), 2)}× | ${ms(`${size} total`)} |`,
    ),
    '',
    `Per-line cost of our rules, 100k / 1k: ${format(scaling, 2)}× raw, ${format(scalingNet, 2)}× net.`,
    '',
    "Issue #22 item 6: functions of 5 lines that each declare `const Parse = require('parse/node')` and test a code (.cache/bench/generated-binding-per-function-*.js; 100k lines = 20,000 functions).",
    '',
    '| size | our rules | per 1k lines | core `no-magic-numbers` | ours / core |',
    '|---|---|---|---|---|',
    ...sizes.map((size) => {
      const file = generatedFileOf(generated, size, true);
      const ours = med(`${size} binding-per-function ours`);
      return `| ${size} | ${ms(`${size} binding-per-function ours`)} | ${format(ours / (file.lines / 1000), 2)} ms | ${ms(`${size} binding-per-function core`)} | ${format(ours / med(`${size} binding-per-function core`), 2)}× |`;
    }),
    '',
    `Per-line cost of our rules with a binding per function, 100k / 1k: ${format(
      med('100k binding-per-function ours') /
        (generatedFileOf(generated, '100k', true).lines / 1000) /
        (med('1k binding-per-function ours') / (generatedFileOf(generated, '1k', true).lines / 1000)),
      2,
    )}×.`,
    '',
    '## Issue #4: parse SDK lib/ and examples/',
    '',
    `${issue4.length} files, ${lineCount(issue4)} lines. Our \`no-magic-numbers\` alone: ${ms('issue4 ours')}; core \`no-magic-numbers\` alone: ${ms('issue4 core')}; timer overhead of 1 empty rule with our listeners: ${ms('issue4 empty-like-ours')}, with core's: ${ms('issue4 empty-like-core')}. Ratio ${format(issue4Ratio, 2)}× raw, ${format(issue4Net, 2)}× net.`,
    '',
  ];
}
