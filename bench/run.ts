// `npm run bench [-- --reps N] [-- --profile]`: how much lint time the plugin's rules cost, measured
// with the built plugin (dist/) on the smoke corpus (parse lib/ + parse-server lib/), on generated
// files of 1k, 10k and 100k lines dense with error codes (.cache/bench/), and, for issue #4, on the
// parse SDK's lib/ plus examples/. Writes bench/RESULTS.md; see bench/README.md. The parts live in
// bench/untyped/ (inputs, rule sets, linting, report, profile) and bench/lib/ (shared with typed.ts).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { REPOSITORY_ROOT, smokeCorpus } from '../scripts/smoke-corpus.js';
import { RATIO_SECTION_TITLE, sectionOf, TYPED_SECTION_TITLE } from './lib/results-file.js';
import { Measurements } from './lib/stats.js';
import {
  benchFile,
  generatedFileOf,
  generatedFiles,
  issue4Files,
  lineCount,
  sizes,
  timesFor,
  type BenchFile,
  type Size,
} from './untyped/inputs.js';
import { isCore, isEmpty, isOurs, lint, ruleTime } from './untyped/lint.js';
import { profileLint, summarizeProfile } from './untyped/profile.js';
import { resultLines } from './untyped/report.js';
import { RULE_SETS, type RuleSetName } from './untyped/rule-sets.js';

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

const log = (line: string): void => {
  console.log(line);
};
const smoke = smokeCorpus(undefined, log).map((file) =>
  benchFile(path.join('smoke', file.packageName, file.name), file.text),
);
const generated = generatedFiles();
const issue4 = issue4Files();
const generatedFile = (size: Size): BenchFile => generatedFileOf(generated, size);

log(
  `Inputs: smoke corpus ${smoke.length} files / ${lineCount(smoke)} lines; generated ${sizes.map((size) => `${size}=${generatedFile(size).lines}`).join(', ')} lines; issue #4 ${issue4.length} files / ${lineCount(issue4)} lines`,
);

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
    const perFunction = [generatedFileOf(generated, size, true)];
    m.add(`${size} binding-per-function ours`, ruleTime(lint(perFunction, 'ours', times), isOurs) / times);
    m.add(`${size} binding-per-function core`, ruleTime(lint(perFunction, 'core', times), isCore) / times);
  }
  // issue #4
  m.add('issue4 ours', ruleTime(lint(issue4, 'ours-no-magic-numbers'), isOurs));
  m.add('issue4 core', ruleTime(lint(issue4, 'core'), isCore));
  m.add('issue4 empty-like-core', ruleTime(lint(issue4, 'empty-like-core'), isEmpty));
  m.add('issue4 empty-like-ours', ruleTime(lint(issue4, 'empty-like-ours-no-magic-numbers'), isEmpty));
  log(`  repetition ${rep}/${REPS}: ${((performance.now() - repStarted) / 1000).toFixed(1)} s`);
}
const elapsed = (performance.now() - started) / 1000;

const lines: string[] = REPS > 0 ? resultLines({ measurements: m, reps: REPS, elapsed, smoke, issue4, generated }) : [];

if (values.profile) {
  log('Profiling our rules…');
  lines.push(
    '## Profile (`--profile`)',
    '',
    "Where our rules spend their time: V8 CPU profiles of linting with our rules only. Functions of the bundle in dist/ are shown with the source file the bundler took them from: `literalSites` is `ErrorCodeSiteFinder#literalSites`, `deliverSites` the dispatcher of the listeners `defineErrorCodeVisitor` returns, `onSite` a rule's handler, `create` at src/utils/create-rule.ts the wrapper every rule is built with, which runs once per rule and file; code bundled from node_modules/ shows its package path.",
    '',
    ...summarizeProfile(await profileLint(smoke, 3), 'Smoke corpus, linted 3 times'),
    ...summarizeProfile(await profileLint([generatedFile('100k')], 1), 'Generated 100k-line file, linted once'),
  );
}

// bench/typed.ts and bench/ratio.ts own sections of the same file: keep them.
const previous = existsSync(values.output) ? readFileSync(values.output, 'utf8') : '';
for (const title of [RATIO_SECTION_TITLE, TYPED_SECTION_TITLE]) {
  const section = sectionOf(previous, title);
  if (section !== undefined) lines.push('', section);
}
writeFileSync(values.output, `${lines.join('\n')}\n`);
log(`\n${lines.join('\n')}`);
log(`Written to ${path.relative(process.cwd(), values.output)}`);
