import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import noAmbiguousCodes from '../../src/rules/no-ambiguous-codes.js';
import noDeprecatedCodes from '../../src/rules/no-deprecated-codes.js';
import noMagicNumbers from '../../src/rules/no-magic-numbers.js';
import validCustomCodes from '../../src/rules/valid-custom-codes.js';
import { ruleTester, typedRuleTester } from '../rule-tester.js';

// With `checkTypes`, a `.code` whose type cannot hold a number is not an error code.
typedRuleTester.run('no-magic-numbers with checkTypes', noMagicNumbers, {
  valid: [
    {
      // Node's errors: code is a string
      code: `
import Parse from 'parse/node';
declare const e: NodeJS.ErrnoException;
if (e.code === 119) {}
`,
      options: [{ checkTypes: true }],
    },
    {
      // KeyboardEvent.code is a string
      code: `
import Parse from 'parse/node';
declare const event: KeyboardEvent;
if (event.code == 119) {}
`,
      options: [{ checkTypes: true }],
    },
    {
      // a driver's error class
      code: `
import Parse from 'parse/node';
declare class DriverError extends Error {
  code: string;
}
declare const e: DriverError;
switch (e.code) {
  case 119:
}
`,
      options: [{ checkTypes: true }],
    },
    {
      // an app's error with a string union code
      code: `
import Parse from 'parse/node';
declare const e: { code: 'OUT_OF_STOCK' | 'SOLD_OUT' };
expect(e.code).toBe(209);
`,
      options: [{ checkTypes: true }],
    },
    {
      // a string enum
      code: `
import Parse from 'parse/node';
enum Reason {
  Gone = 'gone',
}
declare const e: { code: Reason };
if (e.code === 209) {}
`,
      options: [{ checkTypes: true }],
    },
    {
      // destructured from a Node error
      code: `
import Parse from 'parse/node';
declare const err: NodeJS.ErrnoException;
const { code } = err;
if (code === 209) {}
`,
      options: [{ checkTypes: true }],
    },
  ],
  invalid: [
    {
      // Parse.Error
      code: `
import Parse from 'parse/node';
declare const e: Parse.Error;
if (e.code === 119) {}
`,
      output: `
import Parse from 'parse/node';
declare const e: Parse.Error;
if (e.code === Parse.Error.OPERATION_FORBIDDEN) {}
`,
      options: [{"checkTypes":true}],
      errors: [
        { column: 16, data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, endColumn: 19, endLine: 4, line: 4, messageId: 'magicCode' },
      ],
    },
    {
      // subclass of Parse.Error
      code: `
import Parse from 'parse/node';
class CheckoutError extends Parse.Error {}
declare const e: CheckoutError;
if (e.code === 209) {}
`,
      output: `
import Parse from 'parse/node';
class CheckoutError extends Parse.Error {}
declare const e: CheckoutError;
if (e.code === Parse.Error.INVALID_SESSION_TOKEN) {}
`,
      options: [{"checkTypes":true}],
      errors: [
        { column: 16, data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' }, endColumn: 19, endLine: 5, line: 5, messageId: 'magicCode' },
      ],
    },
    {
      // any
      code: `
import Parse from 'parse/node';
declare const e: any;
if (e.code === 119) {}
`,
      output: `
import Parse from 'parse/node';
declare const e: any;
if (e.code === Parse.Error.OPERATION_FORBIDDEN) {}
`,
      options: [{"checkTypes":true}],
      errors: [
        { column: 16, data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, endColumn: 19, endLine: 4, line: 4, messageId: 'magicCode' },
      ],
    },
    {
      // unknown code
      code: `
import Parse from 'parse/node';
declare const e: { code: unknown };
if (e.code === 119) {}
`,
      output: `
import Parse from 'parse/node';
declare const e: { code: unknown };
if (e.code === Parse.Error.OPERATION_FORBIDDEN) {}
`,
      options: [{"checkTypes":true}],
      errors: [
        { column: 16, data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, endColumn: 19, endLine: 4, line: 4, messageId: 'magicCode' },
      ],
    },
    {
      // object whose code is a number
      code: `
import Parse from 'parse/node';
declare const body: { code: number; error: string };
if (body.code === 119) {}
`,
      output: `
import Parse from 'parse/node';
declare const body: { code: number; error: string };
if (body.code === Parse.Error.OPERATION_FORBIDDEN) {}
`,
      options: [{"checkTypes":true}],
      errors: [
        { column: 19, data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, endColumn: 22, endLine: 4, line: 4, messageId: 'magicCode' },
      ],
    },
    {
      // optional number
      code: `
import Parse from 'parse/node';
declare const body: { code?: number };
switch (body.code) {
  case 202:
}
`,
      output: `
import Parse from 'parse/node';
declare const body: { code?: number };
switch (body.code) {
  case Parse.Error.USERNAME_TAKEN:
}
`,
      options: [{"checkTypes":true}],
      errors: [
        { column: 8, data: { code: '202', meanings: 'username taken', replacement: 'Parse.Error.USERNAME_TAKEN' }, endColumn: 11, endLine: 5, line: 5, messageId: 'magicCode' },
      ],
    },
    {
      // numeric enum
      code: `
import Parse from 'parse/node';
enum Codes {
  A = 119,
}
declare const e: { code: Codes };
if (e.code === 119) {}
`,
      output: `
import Parse from 'parse/node';
enum Codes {
  A = 119,
}
declare const e: { code: Codes };
if (e.code === Parse.Error.OPERATION_FORBIDDEN) {}
`,
      options: [{"checkTypes":true}],
      errors: [
        { column: 16, data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, endColumn: 19, endLine: 7, line: 7, messageId: 'magicCode' },
      ],
    },
    {
      // catch clause cast
      code: `
import Parse from 'parse/node';
try {
  run();
} catch (e) {
  if ((e as Parse.Error).code === 209) {}
}
`,
      output: `
import Parse from 'parse/node';
try {
  run();
} catch (e) {
  if ((e as Parse.Error).code === Parse.Error.INVALID_SESSION_TOKEN) {}
}
`,
      options: [{"checkTypes":true}],
      errors: [
        { column: 35, data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' }, endColumn: 38, endLine: 6, line: 6, messageId: 'magicCode' },
      ],
    },
    {
      // destructured from Parse.Error
      code: `
import Parse from 'parse/node';
declare const err: Parse.Error;
const { code } = err;
if (code === 209) {}
`,
      output: `
import Parse from 'parse/node';
declare const err: Parse.Error;
const { code } = err;
if (code === Parse.Error.INVALID_SESSION_TOKEN) {}
`,
      options: [{"checkTypes":true}],
      errors: [
        { column: 14, data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' }, endColumn: 17, endLine: 5, line: 5, messageId: 'magicCode' },
      ],
    },
    {
      // construction has no subject to check
      code: `
import Parse from 'parse/node';
throw new Parse.Error(142, 'x');
`,
      output: `
import Parse from 'parse/node';
throw new Parse.Error(Parse.Error.VALIDATION_ERROR, 'x');
`,
      options: [{"checkTypes":true}],
      errors: [
        { column: 23, data: { code: '142', meanings: 'Cloud Code validation failed', replacement: 'Parse.Error.VALIDATION_ERROR' }, endColumn: 26, endLine: 3, line: 3, messageId: 'magicCode' },
      ],
    },

  ],
});

// Without type information the same code is reported as before: only syntax decides.
ruleTester.run('no-magic-numbers without checkTypes', noMagicNumbers, {
  valid: [],
  invalid: [
    {
      // Node's errors: code is a string
      code: `
import Parse from 'parse/node';
declare const e: NodeJS.ErrnoException;
if (e.code === 119) {}
`,
      output: `
import Parse from 'parse/node';
declare const e: NodeJS.ErrnoException;
if (e.code === Parse.Error.OPERATION_FORBIDDEN) {}
`,
      errors: [
        { column: 16, data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, endColumn: 19, endLine: 4, line: 4, messageId: 'magicCode' },
      ],
    },
    {
      // KeyboardEvent.code is a string
      code: `
import Parse from 'parse/node';
declare const event: KeyboardEvent;
if (event.code == 119) {}
`,
      output: `
import Parse from 'parse/node';
declare const event: KeyboardEvent;
if (event.code == Parse.Error.OPERATION_FORBIDDEN) {}
`,
      errors: [
        { column: 19, data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, endColumn: 22, endLine: 4, line: 4, messageId: 'magicCode' },
      ],
    },
    {
      // a driver's error class
      code: `
import Parse from 'parse/node';
declare class DriverError extends Error {
  code: string;
}
declare const e: DriverError;
switch (e.code) {
  case 119:
}
`,
      output: `
import Parse from 'parse/node';
declare class DriverError extends Error {
  code: string;
}
declare const e: DriverError;
switch (e.code) {
  case Parse.Error.OPERATION_FORBIDDEN:
}
`,
      errors: [
        { column: 8, data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, endColumn: 11, endLine: 8, line: 8, messageId: 'magicCode' },
      ],
    },
    {
      // an app's error with a string union code
      code: `
import Parse from 'parse/node';
declare const e: { code: 'OUT_OF_STOCK' | 'SOLD_OUT' };
expect(e.code).toBe(209);
`,
      output: `
import Parse from 'parse/node';
declare const e: { code: 'OUT_OF_STOCK' | 'SOLD_OUT' };
expect(e.code).toBe(Parse.Error.INVALID_SESSION_TOKEN);
`,
      errors: [
        { column: 21, data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' }, endColumn: 24, endLine: 4, line: 4, messageId: 'magicCode' },
      ],
    },
    {
      // a string enum
      code: `
import Parse from 'parse/node';
enum Reason {
  Gone = 'gone',
}
declare const e: { code: Reason };
if (e.code === 209) {}
`,
      output: `
import Parse from 'parse/node';
enum Reason {
  Gone = 'gone',
}
declare const e: { code: Reason };
if (e.code === Parse.Error.INVALID_SESSION_TOKEN) {}
`,
      errors: [
        { column: 16, data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' }, endColumn: 19, endLine: 7, line: 7, messageId: 'magicCode' },
      ],
    },
    {
      // destructured from a Node error
      code: `
import Parse from 'parse/node';
declare const err: NodeJS.ErrnoException;
const { code } = err;
if (code === 209) {}
`,
      output: `
import Parse from 'parse/node';
declare const err: NodeJS.ErrnoException;
const { code } = err;
if (code === Parse.Error.INVALID_SESSION_TOKEN) {}
`,
      errors: [
        { column: 14, data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' }, endColumn: 17, endLine: 5, line: 5, messageId: 'magicCode' },
      ],
    },

  ],
});

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
      options: [{"checkTypes":true}],
      errors: [
        { column: 23, data: { code: '4001 (AppErrors.OutOfStock)' }, endColumn: 43, endLine: 6, line: 6, messageId: 'codeInParseRange' },
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
      options: [{"checkTypes":true}],
      errors: [
        { column: 23, data: { code: '5001 (CODES.PAYMENT_DECLINED)' }, endColumn: 45, endLine: 4, line: 4, messageId: 'codeInReservedRange' },
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
      options: [{"checkTypes":true}],
      errors: [
        { column: 18, data: { code: '12000 (AppErrors.Unknown)', reason: 'it is above 9999' }, endColumn: 35, endLine: 5, line: 5, messageId: 'invalidCode' },
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
      options: [{ checkTypes: true }],
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
      options: [{"checkTypes":true}],
      errors: [
        { column: 16, data: { code: '141', constant: 'Parse.Error.SCRIPT_FAILED', meanings: 'Cloud Code script failed, Cloud function not found, or background job not found' }, endColumn: 41, endLine: 4, line: 4, messageId: 'ambiguousConstant' },
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
      options: [{"checkTypes":true}],
      errors: [
        { column: 16, data: { name: 'Error code 428 (DatabaseNotMigratedError)', reason: 'only the hosted Parse.com service ever sent it; Parse Server never does, so remove this use' }, endColumn: 19, endLine: 4, line: 4, messageId: 'deprecatedWithReason' },
      ],
    },

  ],
});

/** The rules with a `checkTypes` option; the others read the syntax only. */
const typeCheckingRules = Object.keys(plugin.rules).filter((ruleName) =>
  JSON.stringify(plugin.rules[ruleName as keyof typeof plugin.rules].meta?.schema).includes('"checkTypes"'),
);

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

  it('type-checked configs turn checkTypes on for every rule they enable that takes it', () => {
    for (const name of ['recommended-type-checked', 'strict-type-checked'] as const) {
      for (const [ruleId, entry] of Object.entries(plugin.configs[name].rules ?? {})) {
        const takesTypes = typeCheckingRules.some((ruleName) => ruleId === `parse-error-codes/${ruleName}`);
        expect(entry).toEqual(takesTypes ? [expect.stringMatching(/^(?:warn|error)$/u), { checkTypes: true }] : 'error');
      }
    }
  });
});
