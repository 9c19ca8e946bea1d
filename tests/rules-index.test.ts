import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { format } from 'prettier';
import { describe, expect, it } from 'vitest';

import { rules } from '../src/rules/index.js';
import {
  REPOSITORY_ROOT,
  RULE_INDEX_FILE,
  RULE_NAME_FILE,
  renderRuleIndex,
  renderRuleNames,
  ruleNamesIn,
} from '../scripts/rule-index.js';

/** The names of the files in `directory` that end with `suffix`, without it. */
/** The rules a directory has a file for: `<rule><suffix>`, or a folder `<rule>/` of such files (tests split by aspect). */
function namesIn(directory: string, suffix: string): string[] {
  const full = path.join(REPOSITORY_ROOT, directory);
  if (!existsSync(full)) return [];
  return readdirSync(full, { withFileTypes: true })
    .flatMap((entry) => {
      if (entry.isFile() && entry.name.endsWith(suffix)) return [entry.name.slice(0, -suffix.length)];
      if (entry.isDirectory() && readdirSync(path.join(full, entry.name)).some((file) => file.endsWith(suffix)))
        return [entry.name];
      return [];
    })
    .sort();
}

const ruleNames = ruleNamesIn();

describe('src/rules/index.ts and src/rule-name.ts', () => {
  it('is what npm run update writes from the files in src/rules/', () => {
    expect(readFileSync(RULE_INDEX_FILE, 'utf8'), 'run npm run update').toBe(renderRuleIndex(ruleNames));
    expect(readFileSync(RULE_NAME_FILE, 'utf8'), 'run npm run update').toBe(renderRuleNames(ruleNames));
  });

  it.each([
    [['only-rule']],
    [['a-rule', 'b-rule']],
    [ruleNames],
    [[...ruleNames, ...ruleNames.map((name) => `${name}-2`)]],
  ])('is written as prettier writes it, for %j', async (names) => {
    const text = renderRuleIndex(names);
    expect(await format(text, { parser: 'typescript', printWidth: 120, singleQuote: true })).toBe(text);
  });

  it('exports every rule file under its file name', () => {
    expect(Object.keys(rules)).toEqual(ruleNames);
  });

  it.each(Object.entries(rules))('names %s as its file is named', (name, rule) => {
    expect(rule.name).toBe(name);
  });
});

describe('every rule has a test and a doc, and every test and doc a rule', () => {
  it.each([
    ['tests/rules', '.test.ts'],
    ['docs/rules', '.md'],
  ])('%s', (directory, suffix) => {
    expect(namesIn(directory, suffix)).toEqual(ruleNames);
  });
});
