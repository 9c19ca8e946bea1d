import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { Linter } from 'eslint';
import { defineConfig } from 'eslint/config';
import { describe, expect, expectTypeOf, it } from 'vitest';

import plugin from '../src/index.js';
import type { RuleName } from '../src/rule-name.js';
import { rules } from '../src/rules/index.js';
import { REPOSITORY_URL } from '../src/utils/create-rule.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  homepage: string;
  bugs: { url: string };
  repository: { type: string; url: string };
  funding: string;
  author: string;
};
const ruleFiles = readdirSync(path.join(root, 'src/rules'))
  .filter((file) => file !== 'index.ts')
  .map((file) => path.basename(file, '.ts'));
const ruleEntries = Object.entries(rules);

describe('plugin object', () => {
  it('takes its name and version from package.json', () => {
    expect(plugin.meta).toEqual({
      name: packageJson.name,
      version: packageJson.version,
      namespace: 'parse-error-codes',
    });
  });

  it("has one repository address in package.json's repository, homepage and bugs, and the docs URLs", () => {
    const base = 'https://github.com/eslint-plugin-parse-error-codes/eslint-plugin-parse-error-codes';
    expect(REPOSITORY_URL).toBe(base);
    expect(packageJson.repository).toEqual({ type: 'git', url: `git+${base}.git` });
    expect(packageJson.homepage).toBe(`${base}#readme`);
    expect(packageJson.bugs).toEqual({ url: `${base}/issues` });
    expect(packageJson.author).toMatch(/\S/u);
    expect(packageJson.funding).toMatch(/^https:\/\//u);
    for (const rule of Object.values(rules)) {
      expect(rule.meta.docs?.url).toMatch(
        new RegExp(`^${base}/blob/v${packageJson.version}/docs/rules/[a-z-]+\\.md$`, 'u'),
      );
    }
  });

  it("has a CHANGELOG section for package.json's version, under Unreleased", () => {
    const changelog = readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8');
    const headings = changelog.split('\n').filter((line) => line.startsWith('## '));
    expect(headings.slice(0, 2)).toEqual(['## [Unreleased]', `## [${packageJson.version}]`]);
  });

  it('exposes every rule file under its file name, in alphabetical order', () => {
    expect(Object.keys(plugin.rules)).toEqual(ruleFiles.toSorted());
    expectTypeOf<keyof typeof rules>().toEqualTypeOf<keyof typeof plugin.rules>();
    expectTypeOf<RuleName>().toEqualTypeOf<keyof typeof rules>();
  });
});

describe.each(ruleEntries)('rule %s', (name, rule) => {
  it("declares ESLint 10's meta.languages: JavaScript", () => {
    expect(rule.meta.languages).toEqual(['js/js']);
  });

  it('has docs metadata', () => {
    expect(rule.meta.docs?.url).toBe(`${REPOSITORY_URL}/blob/v${packageJson.version}/docs/rules/${name}.md`);
    expect(rule.meta.docs?.description).toMatch(/^(?:Enforce|Require|Disallow) .+[^. ]$/u);
  });

  it('has a test file (or a directory of them) and a docs page with examples and options', () => {
    const testFile = path.join(root, 'tests/rules', `${name}.test.ts`);
    const testDirectory = path.join(root, 'tests/rules', name);
    expect(existsSync(testFile) || readdirSync(testDirectory).some((file) => file.endsWith('.test.ts'))).toBe(true);
    const doc = readFileSync(path.join(root, 'docs/rules', `${name}.md`), 'utf8');
    expect(doc).toContain('<!-- end auto-generated rule header -->');
    expect(doc).toContain('## Examples');
    expect(doc).toContain('## Options');
    const [options] = rule.meta.schema as readonly { properties?: Record<string, unknown> }[];
    for (const option of Object.keys(options?.properties ?? {})) expect(doc, option).toContain(`### \`${option}\``);
    if (!options) expect(doc).toContain('This rule has no options.');
  });

  it('has a strict schema with a description on every option', () => {
    const schema = rule.meta.schema;
    expect(Array.isArray(schema)).toBe(true);
    for (const item of schema as readonly {
      properties?: Record<string, { description?: string }>;
      additionalProperties?: boolean;
    }[]) {
      if (!item.properties) continue;
      expect(item.additionalProperties).toBe(false);
      for (const [option, property] of Object.entries(item.properties)) {
        expect(property.description, `${name} option ${option}`).toMatch(/\S/u);
      }
    }
    expect(schema).toMatchSnapshot();
  });

  it('declares meta.defaultOptions when it has options', () => {
    const hasOptions = (rule.meta.schema as unknown[]).length > 0;
    expect(rule.meta.defaultOptions !== undefined).toBe(hasOptions);
  });
});

describe('configs', () => {
  const recommendedEntries = ruleEntries.filter(([, rule]) => rule.meta.docs?.recommended === true);
  const takesCheckTypes = (rule: (typeof ruleEntries)[number][1]): boolean =>
    'checkTypes' in ((rule.meta.schema as readonly { properties?: object }[])[0]?.properties ?? {});

  it('recommended: each rule of meta.docs.recommended at its meta.docs.default severity, else as an error', () => {
    expect(plugin.configs.recommended).toEqual({
      name: 'parse-error-codes/recommended',
      plugins: { 'parse-error-codes': plugin },
      rules: Object.fromEntries(
        recommendedEntries.map(([name, rule]) => [`parse-error-codes/${name}`, rule.meta.docs?.default ?? 'error']),
      ),
    });
    // Code cannot always avoid a shared code: ambiguity only warns.
    expect(plugin.configs.recommended.rules?.['parse-error-codes/no-ambiguous-codes']).toBe('warn');
  });

  it('strict: the recommended rules as errors, with the options their docs ask strict to set', () => {
    expect(plugin.configs.strict.rules).toEqual(
      Object.fromEntries(
        recommendedEntries.map(([name, rule]) => {
          const strictOptions = rule.meta.docs?.strictOptions;
          return [`parse-error-codes/${name}`, strictOptions ? ['error', strictOptions] : 'error'];
        }),
      ),
    );
    expect(plugin.configs.strict.rules?.['parse-error-codes/no-ambiguous-codes']).toEqual([
      'error',
      { reportUnknownOrigins: true },
    ]);
  });

  it('the type-checked configs: the same rules, with checkTypes where a rule takes it', () => {
    for (const [typed, untyped] of [
      ['recommended-type-checked', 'recommended'],
      ['strict-type-checked', 'strict'],
    ] as const) {
      const expected = Object.fromEntries(
        recommendedEntries.map(([name, rule]) => {
          const untypedEntry = plugin.configs[untyped].rules?.[`parse-error-codes/${name}`];
          const [severity, options] = Array.isArray(untypedEntry) ? untypedEntry : [untypedEntry];
          return [
            `parse-error-codes/${name}`,
            takesCheckTypes(rule) ? [severity, { ...(options as object | undefined), checkTypes: true }] : untypedEntry,
          ];
        }),
      );
      expect(plugin.configs[typed].rules, typed).toEqual(expected);
    }
  });

  it('all: every rule as an error', () => {
    expect(Object.keys(plugin.configs.all.rules ?? {})).toEqual(
      ruleFiles.toSorted().map((name) => `parse-error-codes/${name}`),
    );
    expect(new Set(Object.values(plugin.configs.all.rules ?? {}))).toEqual(new Set(['error']));
  });

  const code = "import Parse from 'parse/node';\nParse.Cloud.run('pay').catch((e) => e.code === 141);\n";
  const expectedRuleIds = ['parse-error-codes/no-ambiguous-codes', 'parse-error-codes/no-magic-numbers'];

  it('works as an element of a flat config array', () => {
    const messages = new Linter().verify(code, [plugin.configs.recommended], 'cloud.js');
    expect(messages.map((message) => message.ruleId).toSorted()).toEqual(expectedRuleIds);
  });

  it('works through extends in defineConfig', () => {
    const config = defineConfig({ files: ['**/*.js'], extends: [plugin.configs.recommended] });
    const messages = new Linter().verify(code, config, 'cloud.js');
    expect(messages.map((message) => message.ruleId).toSorted()).toEqual(expectedRuleIds);
  });
});

/** The rules with a `checkTypes` option; `no-unknown-constants` has none, since types add nothing to it. */
const typeCheckingRules = Object.entries(plugin.rules)
  .filter(([, rule]) => JSON.stringify(rule.meta?.schema ?? []).includes('"checkTypes"'))
  .map(([name]) => name);

describe('type-checked configs', () => {
  it('type-checked configs turn checkTypes on for every rule they enable that has it', () => {
    expect(typeCheckingRules).toContain('no-magic-numbers');
    for (const name of ['recommended-type-checked', 'strict-type-checked'] as const) {
      for (const [ruleId, entry] of Object.entries(plugin.configs[name].rules ?? {})) {
        const ruleName = ruleId.replace('parse-error-codes/', '');
        const hasCheckTypes = typeCheckingRules.includes(ruleName);
        // strict-type-checked also sets the options strict sets (meta.docs.strictOptions).
        const strictOptions =
          name === 'strict-type-checked' ? rules[ruleName as RuleName].meta.docs?.strictOptions : undefined;
        const options = { ...strictOptions, ...(hasCheckTypes ? { checkTypes: true } : undefined) };
        const severity = Array.isArray(entry) ? entry[0] : entry;
        expect(severity, ruleId).toMatch(/^(?:warn|error)$/u);
        expect(Array.isArray(entry) ? entry.slice(1) : [], ruleId).toEqual(
          Object.keys(options).length > 0 ? [options] : [],
        );
      }
    }
  });
});
