// `npm run fuzz -- --count N --seed S`: lints random programs with the built plugin (every rule on)
// and checks crashes, fixes and values (see scripts/fuzz/index.ts). Every program has its own seed;
// `--replay SEED[,SEED…]` runs just those programs again. Failing programs are also written to
// .cache/fuzz/failures/. Exits with 1 on any failure other than the known issues of scripts/fuzz/known-issues.ts,
// and on those too with --strict.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { FUZZ_USAGE, parseFuzzArguments, type FuzzArguments } from './fuzz/arguments.js';

let parsed: FuzzArguments;
try {
  parsed = parseFuzzArguments(process.argv.slice(2));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n\n${FUZZ_USAGE}`);
  process.exit(2);
}
if (parsed.help) {
  console.log(FUZZ_USAGE);
  process.exit(0);
}
const values = parsed;

// Imported once the command line is read: the built plugin is in dist/, which `--help` does not need.
const { catalog, plugin } = await import('./built-plugin.js');
const { KNOWN_ISSUES, knownIssueOf, runFuzz, silentRulesMessage } = await import('./fuzz/index.js');

const seed = values.seed ?? Math.floor(Math.random() * 2 ** 31);
const programSeeds = values.programSeeds;
const count = values.count;
const failureDirectory = fileURLToPath(new URL('../.cache/fuzz/failures/', import.meta.url));
const codes = [...new Set(catalog.errorCodes.map((entry) => entry.code))];

console.log(programSeeds ? `Replaying programs ${programSeeds.join(', ')}` : `Fuzzing ${count} programs, seed ${seed}`);
const summary = runFuzz({
  plugin,
  codes,
  count,
  seed,
  ...(programSeeds ? { programSeeds } : {}),
  onFailure(program, check) {
    mkdirSync(failureDirectory, { recursive: true });
    const file = path.join(failureDirectory, `${program.seed}${path.extname(program.filename)}`);
    writeFileSync(file, program.text);
    writeFileSync(`${file}.fixed`, check.output);
    console.log(
      `\nFAILED program seed ${program.seed} (${program.kind}, ${program.sourceType}) -> ${path.relative(process.cwd(), file)}`,
    );
    for (const failure of check.failures) {
      const issue = knownIssueOf(failure);
      console.log(`  ${failure.kind}${issue ? ` [known issue ${issue.id}]` : ''}: ${failure.detail}`);
    }
    if (values.verbose) console.log(program.text);
  },
});

console.log(`\n${summary.programs} programs in ${(summary.milliseconds / 1000).toFixed(1)} s`);
console.log(`  by kind: ${[...summary.byKind].map(([kind, n]) => `${kind} ${n}`).join(', ')}`);
console.log(`  skipped because the generated program does not parse: ${summary.unparsable}`);
console.log('');
const ruleIds = Object.keys(plugin.rules).map((name) => `parse-error-codes/${name}`);
for (const line of summary.counts.table(ruleIds)) console.log(`  ${line}`);
const silent = summary.counts.silent(ruleIds);
// tests/fuzz fails on this; a replay or a short run only warns.
if (silent.length > 0)
  console.log(`\n  warning: ${silentRulesMessage(silent, summary.programs).replaceAll('\n', '\n  ')}`);
const crashes = summary.failures.reduce(
  (n, failure) => n + failure.failures.filter((f) => f.kind === 'crash').length,
  0,
);
console.log(`\n  crashes: ${crashes}`);
console.log(`  failing programs (new findings): ${summary.failures.length}`);
for (const issue of KNOWN_ISSUES) {
  const seeds = summary.knownIssues.get(issue.id);
  if (!seeds) continue;
  console.log(`  known issue ${issue.id}: ${seeds.length} programs, e.g. seed ${seeds.slice(0, 3).join(', ')}`);
  console.log(`    ${issue.description}`);
}
if (summary.notes.length > 0) {
  console.log(`  notes (no failure): ${summary.notes.length} kinds, e.g.`);
  for (const note of summary.notes.slice(0, 5)) console.log(`    ${note}`);
}
const failing = summary.failures.map((failure) => failure.program.seed);
if (values.strict) failing.push(...[...summary.knownIssues.values()].flat());
if (failing.length > 0) {
  console.log(`\nReplay with: npm run fuzz -- --replay ${[...new Set(failing)].join(',')}`);
  console.log(`(whole run: npm run fuzz -- --count ${count} --seed ${seed})`);
  process.exitCode = 1;
}
