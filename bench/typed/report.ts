// The section "Type-checked linting (bench/typed.ts)" of bench/RESULTS.md, from the samples.
import os from 'node:os';

import * as tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import ts from 'typescript';

import { plugin } from '../../scripts/built-plugin.js';
import { cpuModel } from '../lib/machine.js';
import { TYPED_SECTION_TITLE } from '../lib/results-file.js';
import { format, median } from '../lib/stats.js';
import { CONFIG_LABELS, CONFIG_NAMES, OURS_ALONE, type ConfigName } from './configs.js';
import type { Corpus } from './corpus.js';
import { OUR_PREFIX, type Sample } from './lint.js';

export interface TypedResults {
  readonly samples: ReadonlyMap<ConfigName, Sample[]>;
  readonly corpus: Corpus;
  readonly reps: number;
  readonly warmUpRounds: number;
  /** Seconds in all. */
  readonly elapsed: number;
}

export function typedSection({
  samples,
  corpus,
  reps: REPS,
  warmUpRounds: WARM_UP_ROUNDS,
  elapsed,
}: TypedResults): string[] {
  const samplesOf = (name: ConfigName): Sample[] => samples.get(name) ?? [];
  const med = (name: ConfigName, field: Exclude<keyof Sample, 'problems'>): number =>
    median(samplesOf(name).map((sample) => sample[field]));
  const spread = (name: ConfigName, field: Exclude<keyof Sample, 'problems'>): string => {
    const list = samplesOf(name).map((sample) => sample[field]);
    return `${format(Math.min(...list))}–${format(Math.max(...list))}`;
  };
  const ms = (name: ConfigName, field: Exclude<keyof Sample, 'problems'>): string =>
    `${format(med(name, field))} ms (${spread(name, field)})`;
  const problems = (name: ConfigName): Map<string, number> => samplesOf(name)[0]?.problems ?? new Map<string, number>();
  const ourRuleIds = Object.keys(plugin.configs.recommended.rules ?? {});

  type TotalField = 'wall' | 'total' | 'cpu';
  const TOTALS: readonly { field: TotalField; label: string }[] = [
    { field: 'wall', label: 'whole lint (wall clock)' },
    { field: 'total', label: '`stats` total' },
    { field: 'cpu', label: 'CPU time of the process' },
  ];
  /** (c) − (a) as a fraction of (a), from the medians. */
  const extra = (field: TotalField): number => (med('c', field) - med('a', field)) / med('a', field);
  /** The same, per repetition ((c) and (a) of one repetition ran close together), then the median. */
  const pairedExtra = (field: TotalField): number =>
    median(
      samplesOf('c').map((sample, index) => {
        const baseline = samplesOf('a')[index];
        return baseline ? (sample[field] - baseline[field]) / baseline[field] : NaN;
      }),
    );
  const percent = (fraction: number): string => `${fraction >= 0 ? '+' : ''}${format(fraction * 100, 1)} %`;

  const cpu = cpuModel();
  return [
    TYPED_SECTION_TITLE,
    '',
    `Written by \`npm run bench:typed\` (bench/typed.ts) on ${new Date().toISOString().slice(0, 10)}: ${REPS} repetitions, medians with min–max in parentheses, ${format(elapsed, 0)} s in all.`,
    '',
    `- Machine: ${os.availableParallelism()} CPUs (nproc), ${cpu} (shared, noisy); Node ${process.version}, ESLint ${ESLint.version}, typescript-eslint ${tsParser.version}, TypeScript ${ts.version}; the plugin is the build in dist/.`,
    `- Corpus: a Parse app in TypeScript generated into .cache/bench-typed/ (Cloud Code, client services, jobs, HTTP helpers, \`node:test\` tests; an \`AppErrors\` enum and an \`as const\` table of app codes, \`NodeJS.ErrnoException\` checks, a provider error type whose \`code\` is \`string | number\`): ${corpus.files} files, ${corpus.lines} lines, \`strict\`, \`NodeNext\`, \`@types/node\` and \`parse\`'s own types from the repository's node_modules/; it type-checks clean.`,
    '- Each configuration lints the whole corpus with the `ESLint` API (`lintFiles`, one file at a time, no cache) and `@typescript-eslint/parser` with `parserOptions: { projectService: true, tsconfigRootDir }`.',
    `- Every pass starts from nothing typescript-eslint knows, as one \`eslint\` run does: a new \`ESLint\` instance, and typescript-eslint's caches cleared first (\`clearCaches()\` of \`@typescript-eslint/parser\`, which drops its project service; a new \`ESLint\` instance alone would keep it, and with it the program and the type checker's caches). Each pass so builds the TypeScript program (while the first file linted is parsed: the largest parse of a file below) and type-checks from scratch. ${WARM_UP_ROUNDS} warm-up passes of each configuration, discarded, warm V8 up first (a pass keeps getting faster for several passes, as V8 optimises TypeScript's checker: the figures are those of a warm process, not of a first run); the heap is collected before each pass (\`gc()\`, outside the timing); the order of the configurations rotates from repetition to repetition.`,
    '- "Whole lint" is the wall-clock time of `lintFiles()`, "CPU time" the process\'s CPU time meanwhile (`process.cpuUsage()`, all threads: garbage collection helpers included), which other processes on the machine disturb less; "`stats` total" sums ESLint\'s `stats` pass totals (parse + rules) over the files; rule times are `stats` times (`passes[0].rules[ruleId].total`), summed over `parse-error-codes/*` for "our rules".',
    '',
    '| configuration | whole lint | CPU time | `stats` total | — parsing (incl. program) | — largest parse of a file (builds the program) | typescript-eslint rules | our rules |',
    '|---|---|---|---|---|---|---|---|',
    ...CONFIG_NAMES.map(
      (name) =>
        `| ${CONFIG_LABELS[name]} | ${ms(name, 'wall')} | ${ms(name, 'cpu')} | ${ms(name, 'total')} | ${ms(name, 'parse')} | ${ms(name, 'programParse')} | ${OURS_ALONE.has(name) ? '—' : ms(name, 'tseslint')} | ${name === 'a' ? '—' : ms(name, 'ours')} |`,
    ),
    '',
    'Typed linting with our `recommended-type-checked`, (c), against without our rules, (a):',
    '',
    '| measure | (c) / (a) | (c) − (a), % of (a) | the same, paired per repetition |',
    '|---|---|---|---|',
    ...TOTALS.map(
      ({ field, label }) =>
        `| ${label} | ${format(med('c', field) / med('a', field), 3)}× | ${percent(extra(field))} | ${percent(pairedExtra(field))} |`,
    ),
    '',
    'Our rule time (`stats`, summed over `parse-error-codes/*`):',
    '',
    '| ratio | value |',
    '|---|---|',
    `| our rules in (c), as % of (a)'s \`stats\` total | ${format((med('c', 'ours') / med('a', 'total')) * 100, 2)} % |`,
    `| with \`checkTypes\` / without, within typescript-eslint's rules, (c) / (b) | ${format(med('c', 'ours') / med('b', 'ours'), 2)}× |`,
    `| with \`checkTypes\` / without, our rules alone, (e) / (d) | ${format(med('e', 'ours') / med('d', 'ours'), 2)}× |`,
    `| our \`recommended\` (no \`checkTypes\`) within typescript-eslint's rules / alone, (b) / (d) | ${format(med('b', 'ours') / med('d', 'ours'), 2)}× |`,
    '',
    `Problems our rules report (first repetition): ${ourRuleIds
      .map(
        (ruleId) =>
          `\`${ruleId.replace(OUR_PREFIX, '')}\` ${problems('b').get(ruleId) ?? 0} in (b), ${problems('c').get(ruleId) ?? 0} in (c)`,
      )
      .join(
        '; ',
      )}. With \`checkTypes\` the rules drop the sites whose \`.code\` is not a number (the provider's \`string | number\` codes) and resolve \`AppErrors.X\` and \`CODES.X\` codes.`,
    '',
    "A whole typed lint varies from pass to pass by more than our rules cost (building the program and typescript-eslint's rules dominate it), so the ratios of totals can come out below 1× and the percentages below 0 %; our rule times, measured directly, are the reliable figures. In (c) our rules ask the type checker only about the sites the untyped analysis found, and typescript-eslint's rules have often asked about the same nodes first, so the checker's answers are cached; (e), without typescript-eslint's rules, shows our cost when ours are the only rules asking, and (d) the same rules without `checkTypes` for comparison. Rule times also depend on what else the lint runs: ESLint's timers book on a rule whatever happens while its listeners run (garbage collection included), and ours run between typescript-eslint's on every node, so the same untyped rules take longer within (b) than alone in (d).",
    '',
  ];
}
