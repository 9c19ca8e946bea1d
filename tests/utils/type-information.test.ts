import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import noAmbiguousCodes from '../../src/rules/no-ambiguous-codes.js';
import noDeprecatedCodes from '../../src/rules/no-deprecated-codes.js';
import validCustomCodes from '../../src/rules/valid-custom-codes.js';
import { ruleTester, typedRuleTester } from '../rule-tester.js';

typedRuleTester.run('valid-custom-codes with checkTypes', validCustomCodes, {
  valid: [
    {
      code: "import Parse from 'parse/node';\nenum AppErrors {\n  OutOfStock = 9001,\n}\nthrow new Parse.Error(AppErrors.OutOfStock, 'x');",
      options: [{ checkTypes: true }],
    },
    {
      code: "import Parse from 'parse/node';\ndeclare const code: number;\nthrow new Parse.Error(code, 'x');",
      options: [{ checkTypes: true }],
    },
  ],
  invalid: [
    {
      // numeric enum member
      code: `
import Parse from 'parse/node';
enum AppErrors {
  OutOfStock = 4001,
}
throw new Parse.Error(AppErrors.OutOfStock, 'Sold out.');
`,
      output: null,
      options: [{ checkTypes: true }],
      errors: [
        {
          column: 23,
          data: { code: '4001 (AppErrors.OutOfStock)' },
          endColumn: 43,
          endLine: 6,
          line: 6,
          messageId: 'codeInParseRange',
        },
      ],
    },
    {
      // as const object
      code: `
import Parse from 'parse/node';
const CODES = { PAYMENT_DECLINED: 5001 } as const;
throw new Parse.Error(CODES.PAYMENT_DECLINED, 'Declined.');
`,
      output: null,
      options: [{ checkTypes: true }],
      errors: [
        {
          column: 23,
          data: { code: '5001 (CODES.PAYMENT_DECLINED)' },
          endColumn: 45,
          endLine: 4,
          line: 4,
          messageId: 'codeInReservedRange',
        },
      ],
    },
    {
      // error object with an enum member
      code: `
enum AppErrors {
  Unknown = 12000,
}
res.json({ code: AppErrors.Unknown, error: 'Unknown.' });
`,
      output: null,
      options: [{ checkTypes: true }],
      errors: [
        {
          column: 18,
          data: { code: '12000 (AppErrors.Unknown)', reason: 'it is above 9999' },
          endColumn: 35,
          endLine: 5,
          line: 5,
          messageId: 'invalidCode',
        },
      ],
    },
  ],
});

// Without type information, enum members and `as const` properties are not resolved.
ruleTester.run('valid-custom-codes without checkTypes', validCustomCodes, {
  valid: [
    "import Parse from 'parse/node';\nenum AppErrors {\n  OutOfStock = 4001,\n}\nthrow new Parse.Error(AppErrors.OutOfStock, 'x');",
    "import Parse from 'parse/node';\nconst CODES = { PAYMENT_DECLINED: 5001 } as const;\nthrow new Parse.Error(CODES.PAYMENT_DECLINED, 'x');",
  ],
  invalid: [],
});

typedRuleTester.run('no-ambiguous-codes with checkTypes', noAmbiguousCodes, {
  valid: [
    {
      code: "import Parse from 'parse/node';\ndeclare const e: NodeJS.ErrnoException;\nif (e.code === 141) {}",
      options: [{ checkTypes: true, reportUnknownOrigins: true }],
    },
  ],
  invalid: [
    {
      // Parse.Error compared with a shared code
      code: `
import Parse from 'parse/node';
declare const e: Parse.Error;
if (e.code === Parse.Error.SCRIPT_FAILED) {}
`,
      output: null,
      options: [{ checkTypes: true, reportUnknownOrigins: true }],
      errors: [
        {
          column: 16,
          data: {
            code: '141',
            constant: 'Parse.Error.SCRIPT_FAILED',
            meanings:
              'Cloud Code script failed, Cloud function not found, background job not found, or auth adapter failure',
            advice: "A missing function's message starts with 'Invalid function'.",
          },
          endColumn: 41,
          endLine: 4,
          line: 4,
          messageId: 'ambiguousConstant',
        },
      ],
    },
  ],
});

typedRuleTester.run('no-deprecated-codes with checkTypes', noDeprecatedCodes, {
  valid: [
    {
      code: "import Parse from 'parse/node';\ndeclare const e: NodeJS.ErrnoException;\nif (e.code === 428) {}",
      options: [{ checkTypes: true }],
    },
  ],
  invalid: [
    {
      // Parse.Error compared with a legacy code
      code: `
import Parse from 'parse/node';
declare const e: Parse.Error;
if (e.code === 428) {}
`,
      output: null,
      options: [{ checkTypes: true }],
      errors: [
        {
          column: 16,
          data: {
            name: 'Error code 428 (DatabaseNotMigratedError)',
            reason: 'only the hosted Parse.com service ever sent it; Parse Server never does, so remove this use',
          },
          endColumn: 19,
          endLine: 4,
          line: 4,
          messageId: 'deprecatedWithReason',
        },
      ],
    },
  ],
});

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

  it('type-checked configs turn checkTypes on for every rule they enable that has it', () => {
    expect(typeCheckingRules).toContain('no-magic-numbers');
    for (const name of ['recommended-type-checked', 'strict-type-checked'] as const) {
      for (const [ruleId, entry] of Object.entries(plugin.configs[name].rules ?? {})) {
        const hasCheckTypes = typeCheckingRules.includes(ruleId.replace('parse-error-codes/', ''));
        const severity = Array.isArray(entry) ? entry[0] : entry;
        expect(severity, ruleId).toMatch(/^(?:warn|error)$/u);
        const docs = plugin.rules[ruleId.replace('parse-error-codes/', '') as keyof typeof plugin.rules].meta?.docs as
          { strictOptions?: object } | undefined;
        const strictOptions = name === 'strict-type-checked' ? docs?.strictOptions : undefined;
        expect(Array.isArray(entry) ? entry.slice(1) : [], ruleId).toEqual(
          hasCheckTypes ? [{ ...strictOptions, checkTypes: true }] : [],
        );
      }
    }
  });
});
