import noMagicNumbers from '../../../src/rules/no-magic-numbers.js';
import { ruleTester, typedRuleTester, typesParseRuleTester } from '../../rule-tester.js';

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
    {
      // an app's own numeric enum numbers the app's errors, not Parse's
      code: `
import Parse from 'parse/node';
enum Codes {
  A = 119,
}
declare const e: { code: Codes };
if (e.code === 119) {}
`,
      options: [{ checkTypes: true }],
    },
    {
      // ... even when the app names it ErrorCode, and after narrowing to some of its members
      code: `
import Parse from 'parse/node';
enum ErrorCode {
  PaymentDeclined = 209,
  CardExpired = 101,
  Other = 1,
}
interface Payment {
  code: ErrorCode;
}
declare const payment: Payment;
if (payment.code === 1) {
} else if (payment.code === 209) {}
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
      options: [{ checkTypes: true }],
      errors: [
        {
          column: 16,
          data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' },
          endColumn: 19,
          endLine: 4,
          line: 4,
          messageId: 'magicCode',
        },
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
      options: [{ checkTypes: true }],
      errors: [
        {
          column: 16,
          data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
          endColumn: 19,
          endLine: 5,
          line: 5,
          messageId: 'magicCode',
        },
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
      options: [{ checkTypes: true }],
      errors: [
        {
          column: 16,
          data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' },
          endColumn: 19,
          endLine: 4,
          line: 4,
          messageId: 'magicCode',
        },
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
      options: [{ checkTypes: true }],
      errors: [
        {
          column: 16,
          data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' },
          endColumn: 19,
          endLine: 4,
          line: 4,
          messageId: 'magicCode',
        },
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
      options: [{ checkTypes: true }],
      errors: [
        {
          column: 19,
          data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' },
          endColumn: 22,
          endLine: 4,
          line: 4,
          messageId: 'magicCode',
        },
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
      options: [{ checkTypes: true }],
      errors: [
        {
          column: 8,
          data: { code: '202', meanings: 'username taken', replacement: 'Parse.Error.USERNAME_TAKEN' },
          endColumn: 11,
          endLine: 5,
          line: 5,
          messageId: 'magicCode',
        },
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
      options: [{ checkTypes: true }],
      errors: [
        {
          column: 35,
          data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
          endColumn: 38,
          endLine: 6,
          line: 6,
          messageId: 'magicCode',
        },
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
      options: [{ checkTypes: true }],
      errors: [
        {
          column: 14,
          data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
          endColumn: 17,
          endLine: 5,
          line: 5,
          messageId: 'magicCode',
        },
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
      options: [{ checkTypes: true }],
      errors: [
        {
          column: 23,
          data: { code: '142', meanings: 'Cloud Code validation failed', replacement: 'Parse.Error.VALIDATION_ERROR' },
          endColumn: 26,
          endLine: 3,
          line: 3,
          messageId: 'magicCode',
        },
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
        {
          column: 16,
          data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' },
          endColumn: 19,
          endLine: 4,
          line: 4,
          messageId: 'magicCode',
        },
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
        {
          column: 19,
          data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' },
          endColumn: 22,
          endLine: 4,
          line: 4,
          messageId: 'magicCode',
        },
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
        {
          column: 8,
          data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' },
          endColumn: 11,
          endLine: 8,
          line: 8,
          messageId: 'magicCode',
        },
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
        {
          column: 21,
          data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
          endColumn: 24,
          endLine: 4,
          line: 4,
          messageId: 'magicCode',
        },
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
        {
          column: 16,
          data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
          endColumn: 19,
          endLine: 7,
          line: 7,
          messageId: 'magicCode',
        },
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
        {
          column: 14,
          data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
          endColumn: 17,
          endLine: 5,
          line: 5,
          messageId: 'magicCode',
        },
      ],
    },
  ],
});

// `@types/parse` 3.0.9 beside the SDK: the type `Parse.Error` is then its global class, whose `code` is
// its module-private `ErrorCode` enum (the SDK's own types say `code: number`).
typesParseRuleTester.run('no-magic-numbers with checkTypes and types-parse', noMagicNumbers, {
  valid: [
    {
      // an app's own enum named ErrorCode is no Parse code, whichever types are installed
      code: `
import Parse from 'parse/node';
enum ErrorCode {
  PaymentDeclined = 209,
}
declare const payment: { code: ErrorCode };
if (payment.code === 209) {}
`,
      options: [{ checkTypes: true }],
    },
  ],
  invalid: [
    {
      // the SDK default import: Parse.Error's code is @types/parse's ErrorCode
      code: `
import Parse from 'parse/node';
declare const e: Parse.Error;
if (e.code === 209) {}
`,
      output: `
import Parse from 'parse/node';
declare const e: Parse.Error;
if (e.code === Parse.Error.INVALID_SESSION_TOKEN) {}
`,
      options: [{ checkTypes: true }],
      errors: [
        {
          column: 16,
          data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
          endColumn: 19,
          endLine: 4,
          line: 4,
          messageId: 'magicCode',
        },
      ],
    },
    {
      // the Cloud Code global, and a code TypeScript narrowed to some members of ErrorCode
      code: `
export function retry(e: Parse.Error) {
  if (e.code === 100) return true;
  return e.code === 209;
}
`,
      output: `
export function retry(e: Parse.Error) {
  if (e.code === Parse.Error.CONNECTION_FAILED) return true;
  return e.code === Parse.Error.INVALID_SESSION_TOKEN;
}
`,
      options: [{ checkTypes: true }],
      languageOptions: { globals: { Parse: 'readonly' } },
      errors: [
        {
          column: 18,
          data: { code: '100', meanings: 'connection failed', replacement: 'Parse.Error.CONNECTION_FAILED' },
          endColumn: 21,
          endLine: 3,
          line: 3,
          messageId: 'magicCode',
        },
        {
          column: 21,
          data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
          endColumn: 24,
          endLine: 4,
          line: 4,
          messageId: 'magicCode',
        },
      ],
    },
  ],
});
