// Builds the plugin, lints examples/ with the built plugin's recommended config, prints the reports,
// then the changes that `eslint --fix` would make. The example files are never written.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The build's output is printed only when it fails: the reports are what the demo is for.
const build = spawnSync('npm', ['run', 'build'], {
  encoding: 'utf8',
  cwd: fileURLToPath(new URL('..', import.meta.url)),
});
if (build.status !== 0) {
  process.stderr.write(`${build.stdout}${build.stderr}`);
  process.exit(build.status ?? 1);
}

// examples/eslint.config.js loads the built plugin, so ESLint is imported after the build.
const { ESLint } = await import('eslint');

const examplesDirectory = fileURLToPath(new URL('../examples/', import.meta.url));

/** The lines a fix changed, as `-`/`+` pairs: our fixes replace text within lines, never add lines. */
function describeFix(filePath, before, after) {
  const oldLines = before.split('\n');
  const newLines = after.split('\n');
  const changes = [];
  for (let index = 0; index < Math.max(oldLines.length, newLines.length); index++) {
    if (oldLines[index] === newLines[index]) continue;
    changes.push(`@@ line ${index + 1}`, `-${oldLines[index] ?? ''}`, `+${newLines[index] ?? ''}`);
  }
  return [`--- ${filePath}`, ...changes].join('\n');
}

const eslint = new ESLint({ cwd: examplesDirectory });
const results = await eslint.lintFiles(['.']);
const formatter = await eslint.loadFormatter('stylish');
console.log('Reports on examples/ (recommended config):');
console.log(await formatter.format(results));

const fixingEslint = new ESLint({ cwd: examplesDirectory, fix: true });
const fixed = await fixingEslint.lintFiles(['.']);
console.log('What `eslint --fix` would change (the files are left as they are):\n');
for (const result of fixed) {
  if (result.output === undefined) continue;
  const before = await readFile(result.filePath, 'utf8');
  console.log(`${describeFix(path.relative(examplesDirectory, result.filePath), before, result.output)}\n`);
}
const remaining = fixed.reduce((count, result) => count + result.errorCount + result.warningCount, 0);
console.log(`${remaining} problems remain after the fixes; they need a person (see the suggestions in your editor).`);
