import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';

/** The rules with a `checkTypes` option; `no-unknown-constants` has none, since types add nothing to it. */
const typeCheckingRules = Object.entries(plugin.rules)
  .filter(([, rule]) => JSON.stringify(rule.meta?.schema ?? []).includes('"checkTypes"'))
  .map(([name]) => name);

describe('checkTypes without type information', () => {
  it.each(typeCheckingRules)('%s fails with a configuration error that names the fix', (ruleName) => {
    const config = {
      files: ['**/*.js'],
      plugins: { 'parse-error-codes': plugin },
      rules: { [`parse-error-codes/${ruleName}`]: ['error', { checkTypes: true }] },
    } satisfies Linter.Config;
    expect(() => new Linter().verify('if (e.code === 101) {}', config, 'cloud/main.js')).toThrow(
      /has "checkTypes" on, but cloud\/main\.js has no type information\. Parse it with typescript-eslint and `parserOptions\.projectService: true`/u,
    );
  });
});
