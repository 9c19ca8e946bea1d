// `npm run update`: regenerates every generated file of the repository, by running the generators
// below in order. `npm run update:check` (CI, after `npm test`) runs them, then fails if
// `git status --porcelain` shows any change: a generated file that was not regenerated and
// committed, or a change to the generators' sources whose output was not committed.
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';

import { REPOSITORY_ROOT } from './rule-index.js';

/**
 * The generators, as npm scripts, in the order they run: the rule index first (the builds of the
 * later ones bundle it). Add a generator here when you add its npm script.
 */
const GENERATORS: readonly { readonly script: string; readonly writes: string }[] = [
  { script: 'update:rule-index', writes: 'src/rules/index.ts and src/rule-name.ts, from the files in src/rules/' },
  { script: 'docs', writes: 'docs/error-codes.md, from the catalog' },
  {
    script: 'docs:rules',
    writes: "the README's configs and rules lists and each rule doc's header (eslint-doc-generator)",
  },
  { script: 'update:oxlint', writes: 'examples/oxlint/.oxlintrc.json, from configs.recommended' },
  { script: 'update:server-facts', writes: 'docs/parse-server-facts.md, from the claims of tests/server/' },
];

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });

const run = (command: string, args: readonly string[]): string =>
  execFileSync(command, args, { cwd: REPOSITORY_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

for (const { script, writes } of GENERATORS) {
  console.log(`npm run ${script}: ${writes}`);
  execFileSync('npm', ['run', '--silent', script], { cwd: REPOSITORY_ROOT, stdio: 'inherit' });
}

if (values.check) {
  const changes = run('git', ['status', '--porcelain', '--untracked-files=all']).trimEnd();
  if (changes === '') {
    console.log('update:check: every generated file is up to date.');
  } else {
    console.error(`update:check: the working tree differs after npm run update:\n${changes}`);
    console.error('Run npm run update and commit the result (uncommitted changes of your own count too).');
    process.exitCode = 1;
  }
}
