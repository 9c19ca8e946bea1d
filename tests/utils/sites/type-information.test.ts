import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../../src/index.js';

/** The rules with a `checkTypes` option; `no-unknown-constants` has none, since types add nothing to it. */
const typeCheckingRules = Object.entries(plugin.rules)
  .filter(([, rule]) => JSON.stringify(rule.meta?.schema ?? []).includes('"checkTypes"'))
  .map(([name]) => name);

describe('checkTypes without type information', () => {
  it.each(typeCheckingRules)('%s falls back to the untyped analysis and reports what it reports', (ruleName) => {
    const code = "if (e.code === 101) {}\nif (e.code === 119) {}\nthrow new Parse.Error(4001, 'x');\n";
    const configFor = (options: unknown[]): Linter.Config => ({
      files: ['**/*.js'],
      plugins: { 'parse-error-codes': plugin },
      rules: { [`parse-error-codes/${ruleName}`]: ['error', ...options] },
    });
    const typed = new Linter().verify(code, configFor([{ checkTypes: true }]), 'cloud/main.js');
    const untyped = new Linter().verify(code, configFor([]), 'cloud/main.js');
    expect(typed).toEqual(untyped);
    expect(typed.every((message) => message.ruleId === `parse-error-codes/${ruleName}`)).toBe(true);
  });

  it('the untyped analysis reports in a file without type information, where it would not typed', () => {
    const config = {
      files: ['**/*.js'],
      plugins: { 'parse-error-codes': plugin },
      rules: { 'parse-error-codes/no-magic-numbers': ['error', { checkTypes: true }] },
    } satisfies Linter.Config;
    const messages = new Linter().verify('if (e.code === 209) {}', config, 'cloud/main.js');
    expect(
      messages.map(({ line, column, endLine, endColumn, messageId }) => ({
        line,
        column,
        endLine,
        endColumn,
        messageId,
      })),
    ).toEqual([{ line: 1, column: 16, endLine: 1, endColumn: 19, messageId: 'magicCodeWithoutParse' }]);
  });
});
