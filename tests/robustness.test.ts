import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../src/index.js';

const ruleNames = Object.keys(plugin.rules);

function lint(code: string, filename = 'file.js'): Linter.LintMessage[] {
  return new Linter().verify(code, [plugin.configs.all], filename);
}

describe('inputs that are not ordinary code', () => {
  it('lints an empty file and a file of comments without reports', () => {
    expect(lint('')).toEqual([]);
    expect(lint('// nothing here\n/* e.code === 101 */\n')).toEqual([]);
  });

  it("leaves a file ESLint cannot parse to ESLint's parse error", () => {
    const messages = lint('if (e.code === 101 {');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ fatal: true, ruleId: null });
  });

  it('leaves Flow annotations under the default parser to the parse error', () => {
    const messages = lint('// @flow\nfunction check(e: ParseError): boolean {\n  return e.code === 101;\n}\n');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ fatal: true, ruleId: null });
  });

  it('lints a huge single-line file', () => {
    const line = Array.from({ length: 5000 }, (_, index) => `if (e${index}.code === 209) {}`).join(' ');
    const messages = lint(`const Parse = require('parse/node'); ${line}`);
    expect(messages).toHaveLength(5000);
    expect(new Set(messages.map((message) => message.ruleId))).toEqual(new Set(['parse-error-codes/no-magic-numbers']));
  });

  it('ignores a .vue-style file given to it as plain text', () => {
    const messages = lint('<template><p v-if="e.code === 101">x</p></template>', 'component.vue.js');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ fatal: true, ruleId: null });
  });
});

describe('invalid options', () => {
  it.each(ruleNames)("%s rejects an unknown option with ESLint's schema error", (ruleName) => {
    const config = {
      plugins: { 'parse-error-codes': plugin },
      rules: { [`parse-error-codes/${ruleName}`]: ['error', { nope: true }] },
    } satisfies Linter.Config;
    const takesOptions =
      (plugin.rules[ruleName as keyof typeof plugin.rules].meta?.schema as readonly unknown[]).length > 0;
    expect(() => new Linter().verify('', config)).toThrow(
      takesOptions ? /should NOT have additional properties/u : /should NOT have more than 0 items/u,
    );
  });

  it.each([
    ['no-magic-numbers', { allow: ['101'] }, /should be integer/u],
    ['no-magic-numbers', { assertions: 'yes' }, /should be boolean/u],
    ['no-ambiguous-codes', { allow: 101 }, /should be array/u],
    ['valid-custom-codes', { allow: [[4000]] }, /should NOT have fewer than 2 items/u],
    ['no-deprecated-codes', { checkTypes: 1 }, /should be boolean/u],
  ])('%s rejects %j', (ruleName, options, message) => {
    const config = {
      plugins: { 'parse-error-codes': plugin },
      rules: { [`parse-error-codes/${ruleName}`]: ['error', options] },
    } satisfies Linter.Config;
    expect(() => new Linter().verify('', config)).toThrow(message);
  });
});

describe('a lint that stops part-way', () => {
  const code = "const Parse = require('parse/node');\nif (e.code === 101) {}\n";
  const throwingPlugin = {
    rules: {
      throws: {
        create: () => ({
          IfStatement() {
            throw new Error('another rule failed');
          },
        }),
      },
    },
  };

  it("reports again when the same SourceCode is linted after another rule's exception", () => {
    const linter = new Linter();
    const first = linter.verify(code, [plugin.configs.all]);
    expect(first.map(({ ruleId }) => ruleId)).toEqual(['parse-error-codes/no-magic-numbers']);
    const sourceCode = linter.getSourceCode();
    expect(() =>
      linter.verify(sourceCode, [
        plugin.configs.all,
        { plugins: { other: throwingPlugin }, rules: { 'other/throws': 'error' } },
      ]),
    ).toThrow(/another rule failed/u);
    expect(linter.verify(sourceCode, [plugin.configs.all])).toEqual(first);
  });

  it('reports again when the same SourceCode is linted after a rule failed to start', () => {
    const linter = new Linter();
    const first = linter.verify(code, [plugin.configs.all]);
    expect(first.map(({ ruleId }) => ruleId)).toEqual(['parse-error-codes/no-magic-numbers']);
    const sourceCode = linter.getSourceCode();
    const failsToStart = {
      rules: {
        fails: {
          create: () => {
            throw new Error('no start');
          },
        },
      },
    };
    expect(() =>
      linter.verify(sourceCode, [
        plugin.configs.all,
        { plugins: { other: failsToStart }, rules: { 'other/fails': 'error' } },
      ]),
    ).toThrow(/no start/u);
    expect(linter.verify(sourceCode, [plugin.configs.all])).toEqual(first);
  });
});

describe('resolution cost', () => {
  it('looks a binding up a bounded number of times per site, however many functions declare one', () => {
    // 2,000 functions that each declare the SDK and test a code: each site sees one binding, and
    // must not be checked against the 1,999 others (issue #22: quadratic before).
    const functions = 2000;
    const code = Array.from(
      { length: functions },
      (_, index) => `function f${index}(e) {\n  const Parse = require('parse/node');\n  return e.code === 209;\n}\n`,
    ).join('');
    let lookups = 0;
    const count: Rule.RuleModule = {
      create(context) {
        for (const scope of context.sourceCode.scopeManager.scopes) {
          const { set } = scope;
          const get = set.get.bind(set);
          set.get = (name: string) => {
            lookups++;
            return get(name);
          };
        }
        return {};
      },
    };
    const counting = { rules: { count } };
    const messages = new Linter().verify(code, [
      { plugins: { counting }, rules: { 'counting/count': 'error' } },
      plugin.configs.all,
    ]);
    expect(messages).toHaveLength(functions);
    expect(lookups).toBeLessThan(functions * 20);
  });
});
