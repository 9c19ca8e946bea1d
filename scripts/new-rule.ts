// `npm run new-rule -- <name> "<description>"`: scaffolds a rule. Writes src/rules/<name>.ts,
// tests/rules/<name>.test.ts and docs/rules/<name>.md from scripts/templates/, regenerates
// src/rules/index.ts, and regenerates the README's rule list and the doc's header
// (`npm run docs:rules`; skip it with --no-docs). What remains by hand: CONTRIBUTING.md, "Adding a rule".
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { REPOSITORY_ROOT, RULE_NAME_PATTERN } from './rule-index.js';
import { updateRuleIndex } from './update-rule-index.js';

/** The pattern eslint.config.js enforces on `meta.docs.description`. */
export const DESCRIPTION_PATTERN = /^(?:Enforce|Require|Disallow) .+[^. ]$/u;

const TEMPLATES = [
  { template: 'rule.ts.template', target: (name: string) => `src/rules/${name}.ts` },
  { template: 'rule.test.ts.template', target: (name: string) => `tests/rules/${name}.test.ts` },
  { template: 'rule.md.template', target: (name: string) => `docs/rules/${name}.md` },
] as const;

/** Why `name` and `description` cannot make a new rule, or undefined when they can. */
export function invalidRuleArguments(name: string | undefined, description: string | undefined): string | undefined {
  if (name === undefined || description === undefined) return 'usage: npm run new-rule -- <name> "<description>"';
  if (!RULE_NAME_PATTERN.test(name))
    return `the name must be kebab-case (no-magic-numbers), not ${JSON.stringify(name)}`;
  const existing = TEMPLATES.map(({ target }) => target(name)).filter((file) =>
    existsSync(path.join(REPOSITORY_ROOT, file)),
  );
  if (existing.length > 0) return `rule ${name} exists already: ${existing.join(', ')}`;
  if (!DESCRIPTION_PATTERN.test(description)) {
    return `the description must start with Enforce, Require or Disallow and end without a period: ${JSON.stringify(description)}`;
  }
  return undefined;
}

/** Fills a template's placeholders. */
export function fillTemplate(text: string, name: string, description: string): string {
  // `'` would end the rule template's string literal.
  const quoted = description.replaceAll('\\', '\\\\').replaceAll("'", "\\'");
  return text
    .replaceAll("'%DESCRIPTION%'", () => `'${quoted}'`)
    .replaceAll('%DESCRIPTION%', () => description)
    .replaceAll('%RULE_NAME%', () => name);
}

function main(): void {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { 'no-docs': { type: 'boolean', default: false } },
  });
  const [name, description] = positionals;
  const problem = invalidRuleArguments(name, description);
  if (problem !== undefined || name === undefined || description === undefined) {
    console.error(problem);
    process.exitCode = 1;
    return;
  }
  const written: string[] = [];
  for (const { template, target } of TEMPLATES) {
    const text = readFileSync(new URL(`templates/${template}`, import.meta.url), 'utf8');
    writeFileSync(path.join(REPOSITORY_ROOT, target(name)), fillTemplate(text, name, description));
    written.push(target(name));
  }
  written.push(...updateRuleIndex());
  for (const file of written) console.log(`Wrote ${file}`);
  if (!values['no-docs']) {
    console.log('Regenerating the rule docs (npm run docs:rules)…');
    execFileSync('npm', ['run', '--silent', 'docs:rules'], { cwd: REPOSITORY_ROOT, stdio: 'inherit' });
  }
  console.log(`
Next, by hand (CONTRIBUTING.md, "Adding a rule"):
  - the TODO(new-rule) comments in the three files;
  - a fuzz template in scripts/fuzz-programs.ts if the fuzzer does not reach the rule's sites yet;
  - a line under "Unreleased" in CHANGELOG.md;
  - an example in examples/ if the demo should show the rule.
Then run npm test (its first run writes the rule's schema snapshot) and npm run update:check.`);
}

if (import.meta.filename === process.argv[1]) main();
