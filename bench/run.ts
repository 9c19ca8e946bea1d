// `npm run bench [-- --reps N] [-- --profile]`: how much lint time the plugin's rules cost, measured
// with the built plugin (dist/) on the smoke corpus (parse lib/ + parse-server lib/), on generated
// files of 1k, 10k and 100k lines dense with error codes (.cache/bench/), and, for issue #4, on the
// parse SDK's lib/ plus examples/. Writes bench/RESULTS.md; see bench/README.md.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

import js from '@eslint/js';
import * as tsParser from '@typescript-eslint/parser';
import { Linter, type Rule } from 'eslint';
import { builtinRules } from 'eslint/use-at-your-own-risk';

import { plugin } from '../scripts/built-plugin.js';
import { PARSE_SERVER_VERSION, parseVersion, REPOSITORY_ROOT, smokeCorpus, sourceTypeOf } from '../scripts/smoke-corpus.js';

const { values } = parseArgs({
  options: {
    reps: { type: 'string', default: '5' },
    profile: { type: 'boolean', default: false },
    output: { type: 'string', default: path.join(REPOSITORY_ROOT, 'bench', 'RESULTS.md') },
  },
});
const REPS = Number(values.reps);
if (!Number.isSafeInteger(REPS) || REPS < 0 || (REPS === 0 && !values.profile)) {
  throw new Error(`--reps takes a positive integer (0 only with --profile), not ${values.reps}`);
}

const LINTED_FILES = ['**/*.{js,mjs,cjs,ts,mts,cts}'];
const OUR_PREFIX = 'parse-error-codes/';

interface BenchFile {
  /** A virtual path outside node_modules/, which ESLint ignores. */
  readonly filename: string;
  readonly text: string;
  readonly lines: number;
  readonly sourceType: 'module' | 'commonjs';
  readonly globals?: Readonly<Record<string, 'readonly'>>;
}

function benchFile(filename: string, text: string, globals?: Readonly<Record<string, 'readonly'>>): BenchFile {
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  return { filename: path.join(REPOSITORY_ROOT, 'bench-input', filename), text, lines, sourceType: sourceTypeOf(text), ...(globals ? { globals } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Rule sets

type RuleSetName =
  | 'ours'
  | 'core'
  | 'recommended+ours'
  | 'ours-no-magic-numbers'
  | 'empty-like-ours'
  | 'empty-like-ours-no-magic-numbers'
  | 'empty-like-core';

type Rules = NonNullable<Linter.Config['rules']>;
const ourRules: Rules = plugin.configs.all.rules ?? {};
const coreRules: Rules = { 'no-magic-numbers': 'error' };
const ourNoMagicNumbers: Rules = { [`${OUR_PREFIX}no-magic-numbers`]: 'error' };

/**
 * The listener keys each rule of `rules` returns from `create()`, in the order ESLint creates the
 * rules, found by linting a small file with wrapped rules. (Our rules share one set of listeners,
 * registered by whichever is created first.)
 */
function listenerShapes(rules: Rules): string[][] {
  const shapes: string[][] = [];
  const wrap = (rule: Rule.RuleModule): Rule.RuleModule => ({
    ...rule,
    create(context) {
      const listeners = rule.create(context);
      shapes.push(Object.keys(listeners));
      return listeners;
    },
  });
  // Deprecated, but still the one way to reach a core rule's module in ESLint 10.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const coreRule = builtinRules.get('no-magic-numbers');
  if (!coreRule) throw new Error('ESLint has no no-magic-numbers rule');
  const wrapped: Record<string, Rule.RuleModule> = { 'core-no-magic-numbers': wrap(coreRule) };
  for (const [name, rule] of Object.entries(plugin.rules)) wrapped[name] = wrap(rule);
  const renamed = Object.fromEntries(
    Object.entries(rules).map(([ruleId, level]) => [ruleId === 'no-magic-numbers' ? 'shape/core-no-magic-numbers' : ruleId.replace(OUR_PREFIX, 'shape/'), level]),
  );
  new Linter({ configType: 'flat' }).verify(
    "const Parse = require('parse/node');\nif (e.code === 101) throw new Parse.Error(101, 'x');\n",
    [{ files: LINTED_FILES, plugins: { shape: { rules: wrapped } }, languageOptions: { parser: tsParser }, rules: renamed }],
    { filename: path.join(REPOSITORY_ROOT, 'shape.js') },
  );
  return shapes;
}

/**
 * With `stats`, ESLint wraps every listener call (and each `create()`) in two `process.hrtime()`
 * calls. Rules that do nothing, with the same listeners as the measured ones, measure that overhead.
 */
function emptyRule(listenerKeys: readonly string[]): Rule.RuleModule {
  return {
    meta: { type: 'problem', schema: [] },
    create: () => Object.fromEntries(listenerKeys.map((key) => [key, (): void => undefined])),
  };
}
const emptyRules: Record<string, Rule.RuleModule> = {};
const SHAPES = { ours: listenerShapes(ourRules), 'ours-no-magic-numbers': listenerShapes(ourNoMagicNumbers), core: listenerShapes(coreRules) };
function emptyLike(name: keyof typeof SHAPES): Rules {
  return Object.fromEntries(
    SHAPES[name].map((shape, index) => {
      emptyRules[`${name}-${index}`] = emptyRule(shape);
      return [`empty/${name}-${index}`, 'error'];
    }),
  );
}
const emptyPlugin = { rules: emptyRules };
const describeShape = (shapes: readonly string[][]): string =>
  shapes.map((shape) => (shape.length > 0 ? shape.join(', ') : 'none')).join(' | ');

const RULE_SETS: Readonly<Record<RuleSetName, Rules>> = {
  ours: ourRules,
  core: coreRules,
  'recommended+ours': { ...js.configs.recommended.rules, ...ourRules },
  'ours-no-magic-numbers': ourNoMagicNumbers,
  'empty-like-ours': emptyLike('ours'),
  'empty-like-ours-no-magic-numbers': emptyLike('ours-no-magic-numbers'),
  'empty-like-core': emptyLike('core'),
};

function configFor(ruleSet: RuleSetName, file: BenchFile): Linter.Config[] {
  return [
    {
      files: LINTED_FILES,
      plugins: { 'parse-error-codes': plugin, empty: emptyPlugin },
      languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: file.sourceType, globals: { ...file.globals } },
      linterOptions: { reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' },
      rules: RULE_SETS[ruleSet],
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Measuring

const linter = new Linter({ configType: 'flat' });

interface Sample {
  /** From ESLint's `stats`: parsing, every rule, and the whole pass. */
  parse: number;
  total: number;
  rules: Map<string, number>;
}

/** Lints every file `times` times with ESLint's `stats` timers on. */
function lint(files: readonly BenchFile[], ruleSet: RuleSetName, times = 1): Sample {
  const sample: Sample = { parse: 0, total: 0, rules: new Map() };
  for (const file of files) {
    const config = configFor(ruleSet, file);
    // `stats` is a verify option that ESLint's types do not list yet.
    const options: Linter.FixOptions & { stats: boolean } = { filename: file.filename, allowInlineConfig: false, fix: false, stats: true };
    for (let index = 0; index < times; index++) {
      const { messages } = linter.verifyAndFix(file.text, config, options);
      if (messages.some((message) => message.fatal === true)) throw new Error(`${file.filename} does not parse`);
      const [pass] = linter.getTimes().passes;
      if (!pass) throw new Error(`${file.filename}: no timing (not linted?)`);
      sample.parse += pass.parse?.total ?? 0;
      sample.total += pass.total;
      for (const [ruleId, { total }] of Object.entries(pass.rules ?? {})) sample.rules.set(ruleId, (sample.rules.get(ruleId) ?? 0) + total);
    }
  }
  return sample;
}

function ruleTime(sample: Sample, predicate: (ruleId: string) => boolean): number {
  let sum = 0;
  for (const [ruleId, time] of sample.rules) if (predicate(ruleId)) sum += time;
  return sum;
}
const isOurs = (ruleId: string): boolean => ruleId.startsWith(OUR_PREFIX);
const isCore = (ruleId: string): boolean => ruleId === 'no-magic-numbers';
const isEmpty = (ruleId: string): boolean => ruleId.startsWith('empty/');

function median(numbers: readonly number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/** Per measurement name, one value per repetition. */
class Measurements {
  readonly #values = new Map<string, number[]>();

  add(name: string, value: number): void {
    const list = this.#values.get(name) ?? [];
    list.push(value);
    this.#values.set(name, list);
  }

  median(name: string): number {
    return median(this.#values.get(name) ?? []);
  }

  spread(name: string): string {
    const list = this.#values.get(name) ?? [];
    return `${format(Math.min(...list))}–${format(Math.max(...list))}`;
  }
}

function format(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}

// ---------------------------------------------------------------------------------------------
// Inputs

/** A file of `lines` lines in which about every other line holds an error code, in every site kind. */
function denseFile(lines: number): string {
  const codes = [101, 209, 137, 141, 119, 142, 100, 124, 202, 203, 205, 206, 155, 131, 143, -1, 9001, 4321, 250, 251];
  const constants = ['OBJECT_NOT_FOUND', 'INVALID_SESSION_TOKEN', 'DUPLICATE_VALUE', 'SCRIPT_FAILED', 'OPERATION_FORBIDDEN'];
  const out = ["'use strict';", "const Parse = require('parse/node');", "const assert = require('node:assert');", ''];
  const blockLines = 20;
  for (let index = 0; out.length + blockLines <= lines; index++) {
    const code = (offset: number): number => codes[(index * 7 + offset) % codes.length] ?? 101;
    const constant = constants[index % constants.length] ?? 'OBJECT_NOT_FOUND';
    out.push(
      `async function handle${index}(request, response) {`,
      `  const limit = request.params.limit ?? ${(index % 90) + 10};`,
      '  try {',
      `    const rows = await new Parse.Query('Item${index % 17}').limit(limit).skip(${index % 13}).find();`,
      `    return rows.map((row) => row.get('score') * ${(index % 9) + 2} + row.get('bonus'));`,
      '  } catch (e) {',
      `    if (e.code === ${code(0)} || e.code === Parse.Error.${constant}) return null;`,
      `    if ([${code(1)}, ${code(2)}].includes(e.code)) throw new Parse.Error(${code(3)}, 'failed ${index}');`,
      '    switch (e.code) {',
      `      case ${code(4)}:`,
      `        return response.status(${400 + (index % 5)}).json({ code: ${code(5)}, error: e.message });`,
      `      case Parse.Error.${constant}:`,
      `        assert.equal(e.code, ${code(6)});`,
      '        break;',
      '      default:',
      '        throw e;',
      '    }',
      `    return new Set([${code(7)}, ${code(8)}]).has(e.code) ? ${index} : -${(index % 3) + 1};`,
      '  }',
      '}',
    );
  }
  while (out.length < lines) out.push(`// line ${out.length + 1}`);
  return out.join('\n') + '\n';
}

function generatedFiles(): Map<string, BenchFile> {
  const directory = path.join(REPOSITORY_ROOT, '.cache', 'bench');
  mkdirSync(directory, { recursive: true });
  const files = new Map<string, BenchFile>();
  for (const [label, lines] of [['1k', 1_000], ['10k', 10_000], ['100k', 100_000]] as const) {
    const text = denseFile(lines);
    const name = `generated-${label}.js`;
    writeFileSync(path.join(directory, name), text);
    files.set(label, benchFile(name, text));
  }
  return files;
}

function issue4Files(): BenchFile[] {
  const files: BenchFile[] = [];
  for (const [root, prefix] of [
    [path.join(REPOSITORY_ROOT, 'node_modules', 'parse', 'lib'), 'parse/lib'],
    [path.join(REPOSITORY_ROOT, 'examples'), 'examples'],
  ] as const) {
    const names = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.[cm]?[jt]s$/u.test(name) && !name.endsWith('.d.ts') && !name.endsWith('eslint.config.js'))
      .sort();
    for (const name of names) {
      const text = readFileSync(path.join(root, name), 'utf8');
      files.push(benchFile(path.join(prefix, name), text, prefix === 'examples' ? { Parse: 'readonly' } : undefined));
    }
  }
  return files;
}

// ---------------------------------------------------------------------------------------------
// The run

const log = (line: string): void => {
  console.log(line);
};
const smoke = smokeCorpus(undefined, log).map((file) => benchFile(path.join('smoke', file.packageName, file.name), file.text));
const generated = generatedFiles();
const issue4 = issue4Files();
const sizes = ['1k', '10k', '100k'] as const;
type Size = (typeof sizes)[number];
/** The small files are linted several times per sample, so that each sample is long enough to time. */
const timesFor: Readonly<Record<Size, number>> = { '1k': 20, '10k': 2, '100k': 1 };
const lineCount = (files: readonly BenchFile[]): number => files.reduce((sum, file) => sum + file.lines, 0);
const generatedFile = (size: Size): BenchFile => {
  const file = generated.get(size);
  if (!file) throw new Error(`no generated ${size} file`);
  return file;
};

log(`Inputs: smoke corpus ${smoke.length} files / ${lineCount(smoke)} lines; generated ${sizes.map((size) => `${size}=${generatedFile(size).lines}`).join(', ')} lines; issue #4 ${issue4.length} files / ${lineCount(issue4)} lines`);

log('Warming up…');
for (const ruleSet of Object.keys(RULE_SETS) as RuleSetName[]) lint(smoke.slice(0, 80), ruleSet);
lint([generatedFile('10k')], 'ours');

const m = new Measurements();
const started = performance.now();
for (let rep = 1; rep <= REPS; rep++) {
  const repStarted = performance.now();
  // (i) and (ii) on the smoke corpus; the empty rules measure the timers' own cost.
  const ours = lint(smoke, 'ours');
  m.add('smoke ours', ruleTime(ours, isOurs));
  for (const [ruleId, time] of ours.rules) m.add(`smoke rule ${ruleId}`, time);
  m.add('smoke core', ruleTime(lint(smoke, 'core'), isCore));
  m.add('smoke empty-like-ours', ruleTime(lint(smoke, 'empty-like-ours'), isEmpty));
  m.add('smoke empty-like-core', ruleTime(lint(smoke, 'empty-like-core'), isEmpty));
  const mixed = lint(smoke, 'recommended+ours');
  m.add('smoke mixed ours', ruleTime(mixed, isOurs));
  m.add('smoke mixed total', mixed.total);
  m.add('smoke mixed parse', mixed.parse);
  // (i) and (iii) on the generated files
  for (const size of sizes) {
    const times = timesFor[size];
    const files = [generatedFile(size)];
    const oursHere = lint(files, 'ours', times);
    m.add(`${size} ours`, ruleTime(oursHere, isOurs) / times);
    m.add(`${size} total`, oursHere.total / times);
    m.add(`${size} core`, ruleTime(lint(files, 'core', times), isCore) / times);
    m.add(`${size} empty-like-ours`, ruleTime(lint(files, 'empty-like-ours', times), isEmpty) / times);
  }
  // issue #4
  m.add('issue4 ours', ruleTime(lint(issue4, 'ours-no-magic-numbers'), isOurs));
  m.add('issue4 core', ruleTime(lint(issue4, 'core'), isCore));
  m.add('issue4 empty-like-core', ruleTime(lint(issue4, 'empty-like-core'), isEmpty));
  m.add('issue4 empty-like-ours', ruleTime(lint(issue4, 'empty-like-ours-no-magic-numbers'), isEmpty));
  log(`  repetition ${rep}/${REPS}: ${((performance.now() - repStarted) / 1000).toFixed(1)} s`);
}
const elapsed = (performance.now() - started) / 1000;

// ---------------------------------------------------------------------------------------------
// Results

/** The report's tables, from the medians. */
function resultLines(): string[] {
  const med = (name: string): number => m.median(name);
  /** Rule time minus what the same listeners cost when they do nothing (the timers and the calls). */
  const net = (name: string, empty: string): number => med(name) - med(empty);
  const ratioRaw = med('smoke ours') / med('smoke core');
  const ratioNet = net('smoke ours', 'smoke empty-like-ours') / net('smoke core', 'smoke empty-like-core');
  const share = med('smoke mixed ours') / med('smoke mixed total');
  const shareNet = (med('smoke mixed ours') - med('smoke empty-like-ours')) / med('smoke mixed total');
  const perKLines = (size: Size, value: number): number => value / (generatedFile(size).lines / 1000);
  const scaling = perKLines('100k', med('100k ours')) / perKLines('1k', med('1k ours'));
  const scalingNet = perKLines('100k', net('100k ours', '100k empty-like-ours')) / perKLines('1k', net('1k ours', '1k empty-like-ours'));
  const issue4Ratio = med('issue4 ours') / med('issue4 core');
  const issue4Net = net('issue4 ours', 'issue4 empty-like-ours') / net('issue4 core', 'issue4 empty-like-core');

  const verdict = (ok: boolean): string => (ok ? 'met' : '**missed**');
  const cpuModel = /^model name\s*:\s*(.+)$/mu.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  const ms = (name: string): string => `${format(med(name))} ms (${m.spread(name)})`;

  return [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)}: ${REPS} repetitions, medians with min–max in parentheses, ${format(elapsed, 0)} s of measuring.`,
    '',
    '## Machine',
    '',
    `- CPUs (nproc): ${os.availableParallelism()}; model: ${cpuModel} (shared, noisy)`,
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
    `| (i) our 4 rules together ≤ 1.0× core \`no-magic-numbers\` (smoke corpus) | ${format(ratioRaw, 2)}× | ${format(ratioNet, 2)}× | ${verdict(ratioRaw <= 1)} (raw), ${verdict(ratioNet <= 1)} (net) |`,
    `| (ii) our rules ≤ 3 % of total lint time (smoke corpus, \`@eslint/js\` recommended + ours) | ${format(share * 100, 2)} % | ${format(shareNet * 100, 2)} % | ${verdict(share <= 0.03)} |`,
    `| (iii) per-line cost at 100k lines ≤ 1.2× that at 1k lines (generated files) | ${format(scaling, 2)}× | ${format(scalingNet, 2)}× | ${verdict(scaling <= 1.2)} (raw), ${verdict(scalingNet <= 1.2)} (net) |`,
    `| issue #4: our \`no-magic-numbers\` alone vs core \`no-magic-numbers\` alone (parse lib/ + examples/) | ${format(issue4Ratio, 2)}× | ${format(issue4Net, 2)}× | ${verdict(issue4Ratio <= 1)} (raw), ${verdict(issue4Net <= 1)} (net) |`,
    '',
    '## (i) and (ii): smoke corpus',
    '',
    '| measurement | median |',
    '|---|---|',
    `| our 4 rules together (\`configs.all\` alone) | ${ms('smoke ours')} |`,
    ...Object.keys(ourRules).map((ruleId) => `| — ${ruleId} | ${ms(`smoke rule ${ruleId}`)} |`),
    `| empty rules with our listeners (timer overhead) | ${ms('smoke empty-like-ours')} |`,
    `| core \`no-magic-numbers\` alone | ${ms('smoke core')} |`,
    `| empty rule with core's listeners (timer overhead) | ${ms('smoke empty-like-core')} |`,
    `| our 4 rules within \`@eslint/js\` recommended + ours | ${ms('smoke mixed ours')} |`,
    `| whole lint, \`@eslint/js\` recommended + ours | ${ms('smoke mixed total')} |`,
    `| — of which parsing | ${ms('smoke mixed parse')} |`,
    '',
    'Our rules share one analysis per file and one set of listeners, registered by the rule created first (src/utils/error-code-sites.ts, `defineErrorCodeVisitor`), which hands the sites to the others: `stats` books nearly all of the shared work on that rule (`no-ambiguous-codes`, first in config order); only the sum is meaningful.',
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
    '## Issue #4: parse SDK lib/ and examples/',
    '',
    `${issue4.length} files, ${lineCount(issue4)} lines. Our \`no-magic-numbers\` alone: ${ms('issue4 ours')}; core \`no-magic-numbers\` alone: ${ms('issue4 core')}; timer overhead of 1 empty rule with our listeners: ${ms('issue4 empty-like-ours')}, with core's: ${ms('issue4 empty-like-core')}. Ratio ${format(issue4Ratio, 2)}× raw, ${format(issue4Net, 2)}× net.`,
    '',
    ];
}

const lines: string[] = REPS > 0 ? resultLines() : [];

// ---------------------------------------------------------------------------------------------
// Profile: where our rules spend their time, by function (self time), on the 100k file and the corpus.

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Maps a line of a bundle in dist/ to the source file it came from, by the bundler's
 * `//#region <source>` comments: `src/utils/error-code-sites.ts (dist/index.cjs:951)`.
 */
function bundleSources(): (url: string, line: number) => string {
  const regionsByUrl = new Map<string, { line: number; source: string }[]>();
  return (url, line) => {
    let regions = regionsByUrl.get(url);
    if (!regions) {
      regions = [];
      const text = readFileSync(new URL(url), 'utf8');
      text.split('\n').forEach((content, index) => {
        const source = /^\/\/#region (.+)$/u.exec(content)?.[1];
        if (source !== undefined) regions?.push({ line: index + 1, source: source.replace(/^.*node_modules\//u, '') });
      });
      regionsByUrl.set(url, regions);
    }
    const region = regions.findLast((candidate) => candidate.line <= line);
    return `${region?.source ?? '?'} (dist/${path.basename(url)}:${line})`;
  };
}

/**
 * Self and inclusive time per function, from a V8 CPU profile: for the plugin's own functions
 * (dist/), and for the functions of other packages that the plugin's code calls (time spent under a
 * plugin frame), such as ESLint's `SourceCode#getScope`.
 */
function summarizeProfile(profile: Profile, title: string): string[] {
  const ourPrefix = `${pathToFileURL(path.join(REPOSITORY_ROOT, 'dist')).href}/`;
  const sourceOf = bundleSources();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfTime = new Map<number, number>();
  profile.samples.forEach((nodeId, index) => selfTime.set(nodeId, (selfTime.get(nodeId) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000));
  const keyOf = (node: ProfileNode): string => {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.startsWith(ourPrefix)
      ? sourceOf(url, lineNumber + 1)
      : url.includes('node_modules/')
        ? url.slice(url.lastIndexOf('node_modules/') + 'node_modules/'.length)
        : path.basename(url) || '(native)';
    return `${functionName || '(anonymous)'} — ${url.startsWith(ourPrefix) ? file : `${file}:${lineNumber + 1}`}`;
  };
  const isOurFrame = (node: ProfileNode): boolean => node.callFrame.url.startsWith(ourPrefix);
  const ourSelf = new Map<string, number>();
  const ourInclusive = new Map<string, number>();
  const calledFromOurs = new Map<string, number>();
  let total = 0;
  let underOurs = 0;
  const add = (map: Map<string, number>, key: string, time: number): void => {
    map.set(key, (map.get(key) ?? 0) + time);
  };
  /** Returns the node's inclusive time; `active` counts the plugin functions on the stack, by key. */
  const visit = (node: ProfileNode, active: Map<string, number>, ourDepth: number): number => {
    const key = keyOf(node);
    const ours = isOurFrame(node);
    const self = selfTime.get(node.id) ?? 0;
    total += self;
    if (ours) add(ourSelf, key, self);
    else if (ourDepth > 0) add(calledFromOurs, key, self);
    if (ourDepth > 0 || ours) underOurs += self;
    if (ours) active.set(key, (active.get(key) ?? 0) + 1);
    let inclusive = self;
    for (const childId of node.children ?? []) {
      const child = byId.get(childId);
      if (child) inclusive += visit(child, active, ourDepth + (ours ? 1 : 0));
    }
    if (ours) {
      const count = (active.get(key) ?? 1) - 1;
      active.set(key, count);
      // Recursion: count a function's time once, at its outermost frame.
      if (count === 0) add(ourInclusive, key, inclusive);
    }
    return inclusive;
  };
  const root = profile.nodes[0];
  if (root) visit(root, new Map(), 0);
  const table = (map: Map<string, number>, count: number): string[] =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([key, time]) => `| ${key} | ${format(time)} ms | ${format((time / underOurs) * 100, 1)} % |`);
  const ourSelfTotal = [...ourSelf.values()].reduce((sum, time) => sum + time, 0);
  return [
    `### ${title}`,
    '',
    `${format(total)} ms sampled, of which ${format(underOurs)} ms under the plugin's own functions (dist/): ${format(ourSelfTotal)} ms in them, the rest in what they call. Shares below are of those ${format(underOurs)} ms.`,
    '',
    'Plugin functions, inclusive time (the function and what it calls):',
    '',
    '| function — file:line | time | share |',
    '|---|---|---|',
    ...table(ourInclusive, 15),
    '',
    'Plugin functions, self time:',
    '',
    '| function — file:line | time | share |',
    '|---|---|---|',
    ...table(ourSelf, 12),
    '',
    'Functions of other packages called by the plugin, self time:',
    '',
    '| function — file:line | time | share |',
    '|---|---|---|',
    ...table(calledFromOurs, 10),
    '',
  ];
}

/** A V8 CPU profile (100 µs sampling) of linting `files` with our 4 rules only, `stats` on. */
async function profileLint(files: readonly BenchFile[], times: number): Promise<Profile> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  lint(files, 'ours', times);
  const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
  session.disconnect();
  return profile;
}

if (values.profile) {
  log('Profiling our rules…');
  lines.push(
    '## Profile (`--profile`)',
    '',
    'Where our rules spend their time: V8 CPU profiles of linting with our 4 rules only. Functions of the bundle in dist/ are shown with the source file the bundler took them from: `#findSites` is `FileAnalysis#findSites`, `dispatch` the listener `defineErrorCodeVisitor` returns, `onSite` a rule\'s handler, `create` at src/utils/create-rule.ts the wrapper every rule is built with, which runs once per rule and file; code bundled from node_modules/ shows its package path.',
    '',
    ...summarizeProfile(await profileLint(smoke, 3), 'Smoke corpus, linted 3 times'),
    ...summarizeProfile(await profileLint([generatedFile('100k')], 1), 'Generated 100k-line file, linted once'),
  );
}

// bench/typed.ts owns one section of the same file: keep it.
const TYPED_SECTION_TITLE = '## Type-checked linting (bench/typed.ts)';
const previous = existsSync(values.output) ? readFileSync(values.output, 'utf8') : '';
const typedSectionStart = previous.indexOf(`\n${TYPED_SECTION_TITLE}\n`);
if (typedSectionStart !== -1) {
  const typedSectionEnd = previous.indexOf('\n## ', typedSectionStart + 1);
  lines.push('', previous.slice(typedSectionStart + 1, typedSectionEnd === -1 ? undefined : typedSectionEnd).trimEnd());
}
writeFileSync(values.output, `${lines.join('\n')}\n`);
log(`\n${lines.join('\n')}`);
log(`Written to ${path.relative(process.cwd(), values.output)}`);
