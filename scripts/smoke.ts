// `npm run smoke [-- --limit N] [-- --quiet]`: lints the published code of `parse` (node_modules/parse/lib)
// and `parse-server` (its published lib/, fetched with npm pack into .cache/smoke/) with the built
// plugin's `configs.all`, applies the fixes and checks them (see scripts/fuzz/index.ts). Prints counts
// per rule, every report with its source line, and every fix; exits with 1 on any failure.
import path from 'node:path';
import { parseArgs } from 'node:util';

import { plugin } from './built-plugin.js';
import { FixChecker, knownIssueOf, RuleCounts, type FileCheck } from './fuzz/index.js';
import { PARSE_SERVER_VERSION, parseVersion, REPOSITORY_ROOT, smokeCorpus, type CorpusFile } from './smoke-corpus.js';

const { values } = parseArgs({
  options: {
    limit: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});
const limit = values.limit === undefined ? undefined : Number(values.limit);
if (limit !== undefined && (!Number.isSafeInteger(limit) || limit < 1))
  throw new Error(`--limit takes a positive integer, not ${values.limit}`);

const started = performance.now();
const files = smokeCorpus(limit);
const checker = new FixChecker(plugin);
const counts = new RuleCounts();
const perPackage = new Map<string, { files: number; lines: number; reports: number; fixes: number }>();
const checked: { file: CorpusFile; check: FileCheck }[] = [];

for (const file of files) {
  // A virtual path: ESLint ignores node_modules/, where the parse SDK lives.
  const filename = path.join(REPOSITORY_ROOT, 'smoke', file.packageName, file.name);
  const check = checker.check({ text: file.text, filename, sourceType: file.sourceType, allowInlineConfig: false });
  checked.push({ file, check });
  counts.add(check);
  const totals = perPackage.get(file.packageName) ?? { files: 0, lines: 0, reports: 0, fixes: 0 };
  totals.files++;
  totals.lines += file.lines;
  totals.reports += check.messages.length;
  totals.fixes += check.replacements.length;
  perPackage.set(file.packageName, totals);
}

const where = (file: CorpusFile, line: number): string => `${file.packageName}/${file.name}:${line}`;
const sourceLine = (text: string, line: number): string => (text.split('\n')[line - 1] ?? '').trim();
const ruleIds = Object.keys(plugin.rules).map((name) => `parse-error-codes/${name}`);

if (!values.quiet) {
  console.log('Reports (file:line:column rule: message, then the source line):\n');
  for (const { file, check } of checked) {
    for (const message of check.messages) {
      const fix = message.fix ? ' [fix]' : message.suggestions?.length ? ' [suggestion]' : '';
      console.log(`${where(file, message.line)}:${message.column} ${message.ruleId ?? ''}${fix}: ${message.message}`);
      console.log(`    ${sourceLine(file.text, message.line)}`);
    }
  }
  console.log('\nFixes applied (original -> replacement):\n');
  for (const { file, check } of checked) {
    for (const replacement of check.replacements) {
      console.log(
        `${where(file, replacement.line)}:${replacement.column} ${replacement.original} -> ${replacement.text}`,
      );
    }
  }
}

const failing = checked.filter(({ check }) => check.failures.length > 0);
const unparsable = checked.filter(({ check }) => !check.parsed);
const crashes = failing.reduce(
  (n, { check }) => n + check.failures.filter((failure) => failure.kind === 'crash').length,
  0,
);
const notes = checked.flatMap(({ file, check }) =>
  check.notes.map((note) => `${file.packageName}/${file.name}: ${note}`),
);

console.log(
  `\nSmoke run: parse ${parseVersion()} lib/ and parse-server ${PARSE_SERVER_VERSION} lib/, configs.all, @typescript-eslint/parser`,
);
console.log(
  `(${limit === undefined ? 'every file' : `at most ${limit} files per package`}; ${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
);
for (const [name, totals] of perPackage) {
  console.log(
    `  ${name.padEnd(12)} ${String(totals.files).padStart(4)} files ${String(totals.lines).padStart(7)} lines ${String(totals.reports).padStart(5)} reports ${String(totals.fixes).padStart(4)} fixes`,
  );
}
console.log('');
for (const line of counts.table(ruleIds)) console.log(`  ${line}`);
console.log(
  `\n  files: ${checked.length}, inputs that do not parse: ${unparsable.length}, crashes: ${crashes}, files with failures: ${failing.length}`,
);
for (const { file } of unparsable) console.log(`  DOES NOT PARSE: ${path.relative(REPOSITORY_ROOT, file.path)}`);
for (const { file, check } of failing) {
  console.log(`  FAILED ${path.relative(REPOSITORY_ROOT, file.path)}`);
  for (const failure of check.failures) {
    const issue = knownIssueOf(failure);
    console.log(`    ${failure.kind}${issue ? ` [known issue ${issue.id}]` : ''}: ${failure.detail}`);
  }
}
if (notes.length > 0) {
  console.log(`\n  notes (no failure):`);
  for (const note of notes) console.log(`    ${note}`);
}
if (failing.length > 0 || unparsable.length > 0) process.exitCode = 1;
