import { TSESLint } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/valid-custom-codes.js';
import { ruleTester, typedRuleTester } from '../rule-tester.js';

ruleTester.run('valid-custom-codes', rule, {
  valid: [
    // The app range, with literals, named numbers and error objects.
    "throw new Parse.Error(9000, 'Out of stock');",
    "throw new Parse.Error(9999, 'Out of stock');",
    "const OUT_OF_STOCK = 9001;\nthrow new Parse.Error(OUT_OF_STOCK, 'Out of stock');",
    "res.json({ code: 9001, error: 'Out of stock' });",
    // Parse's own codes, as numbers and as constants.
    "throw new Parse.Error(141, 'Payment failed');",
    "throw new Parse.Error(-1, 'Unknown');",
    "throw new Parse.Error(1, 'Adapter failed');",
    "throw new Parse.Error(Parse.Error.SCRIPT_FAILED, 'Payment failed');",
    // Comparisons are not checked (MongoDB's duplicate key, a code read from elsewhere).
    'if (err.code === 11000) {}',
    'if (e.code === 4001) {}',
    'switch (e.code) {\n  case 6000:\n    break;\n}',
    'expect(e.code).toBe(4001);',
    // Not the SDK's error class, not an error object, not a constant number.
    "throw new Error(4001, 'x');",
    "const payload = { code: 4001, status: 'ok' };",
    // An HTTP handler echoing the response status, and a response envelope that carries a payload.
    "res.status(404).json({ code: 404, message: 'Not found' });",
    "res.json({ code: 4001, message: 'ok', data: orders });",
    // HTTP response bodies whose code is a registered HTTP status: written with a response method, or
    // with the status beside the code.
    "reply.send({ code: 500, message: 'Failed' });",
    "return Response.json({ code: 429, message: 'Slow down' });",
    "res.status(401).end({ code: 401, error: 'Unauthorized' });",
    "next({ code: 401, message: 'Unauthorized', statusCode: 401 });",
    "const notFound = { code: 404, message: 'Not found', httpStatus: 404 };",
    // A success result, and an assignment, which creates no error.
    "function copy() {\n  return { code: 200, message: 'Tasks copied successfully.' };\n}",
    'err.code = 4001;',
    // an HTTP error's status echoed as its code, and a Parse code given to an Error (a test's mock)
    "const err = new Error('Not found');\nerr.status = 404;\nerr.code = 404;",
    "const error = new Error('Invalid username/password.');\nerror.code = 101;",
    "const error = new Error('x');\nerror.code = 9001;",
    // An Express app, which never names Parse: its Error's code is an HTTP status.
    "const error = new Error('Product not found');\nerror.code = 404;\nthrow error;",
    "throw Object.assign(new Error('Conflict'), { code: 4001 });",
    "let code = 4001;\nthrow new Parse.Error(code, 'x');",
    "throw new Parse.Error(codeFor(reason), 'x');",
    // Options.
    {
      code: "throw new Parse.Error(4001, 'x');\nres.json({ code: 4002, error: 'x' });",
      options: [{ allow: [4001, 4002] }],
    },
    {
      code: "const OUT_OF_STOCK = 4001;\nthrow new Parse.Error(OUT_OF_STOCK, 'x');\nthrow new Parse.Error(4099, 'x');",
      options: [{ allow: [[4000, 4099]] }],
    },
    {
      code: "throw new Parse.Error(6000, 'x');\nthrow new Parse.Error(10001, 'x');",
      options: [{ allow: [10001, [5000, 6000]] }],
    },
  ],
  invalid: [
    {
      // An HTTP status is still no code for a Parse error: the suggestion names the Parse code that means the same.
      code: "throw new Parse.Error(404, 'Not found');",
      output: null,
      errors: [
        {
          column: 23,
          data: { code: '404' },
          endColumn: 26,
          endLine: 1,
          line: 1,
          messageId: 'codeInParseRange',
          suggestions: [
            {
              messageId: 'useParseConstant',
              data: { code: '404', replacement: 'Parse.Error.OBJECT_NOT_FOUND' },
              output: "throw new Parse.Error(Parse.Error.OBJECT_NOT_FOUND, 'Not found');",
            },
          ],
        },
      ],
    },
    {
      // 401, 403, 409 and 400 (no suggestion), constructed and in objects thrown from Cloud Code, through an alias
      code: `const P = require('parse/node');
P.Cloud.define('f', () => {
  if (a) throw new P.Error(401, 'Log in');
  if (b) throw { code: 403, error: 'Forbidden' };
  if (c) throw new P.Error(409, 'Taken');
  throw new P.Error(400, 'Bad request');
});`,
      output: null,
      errors: [
        {
          column: 28,
          data: { code: '401' },
          endColumn: 31,
          endLine: 3,
          line: 3,
          messageId: 'codeInParseRange',
          suggestions: [
            {
              messageId: 'useParseConstant',
              data: { code: '401', replacement: 'P.Error.INVALID_SESSION_TOKEN' },
              output: `const P = require('parse/node');
P.Cloud.define('f', () => {
  if (a) throw new P.Error(P.Error.INVALID_SESSION_TOKEN, 'Log in');
  if (b) throw { code: 403, error: 'Forbidden' };
  if (c) throw new P.Error(409, 'Taken');
  throw new P.Error(400, 'Bad request');
});`,
            },
            {
              messageId: 'useParseConstant',
              data: { code: '401', replacement: 'P.Error.OPERATION_FORBIDDEN' },
              output: `const P = require('parse/node');
P.Cloud.define('f', () => {
  if (a) throw new P.Error(P.Error.OPERATION_FORBIDDEN, 'Log in');
  if (b) throw { code: 403, error: 'Forbidden' };
  if (c) throw new P.Error(409, 'Taken');
  throw new P.Error(400, 'Bad request');
});`,
            },
          ],
        },
        {
          column: 24,
          data: { code: '403' },
          endColumn: 27,
          endLine: 4,
          line: 4,
          messageId: 'codeInParseRange',
          suggestions: [
            {
              messageId: 'useParseConstant',
              data: { code: '403', replacement: 'P.Error.OPERATION_FORBIDDEN' },
              output: `const P = require('parse/node');
P.Cloud.define('f', () => {
  if (a) throw new P.Error(401, 'Log in');
  if (b) throw { code: P.Error.OPERATION_FORBIDDEN, error: 'Forbidden' };
  if (c) throw new P.Error(409, 'Taken');
  throw new P.Error(400, 'Bad request');
});`,
            },
            {
              messageId: 'useParseConstant',
              data: { code: '403', replacement: 'P.Error.INVALID_SESSION_TOKEN' },
              output: `const P = require('parse/node');
P.Cloud.define('f', () => {
  if (a) throw new P.Error(401, 'Log in');
  if (b) throw { code: P.Error.INVALID_SESSION_TOKEN, error: 'Forbidden' };
  if (c) throw new P.Error(409, 'Taken');
  throw new P.Error(400, 'Bad request');
});`,
            },
          ],
        },
        {
          column: 28,
          data: { code: '409' },
          endColumn: 31,
          endLine: 5,
          line: 5,
          messageId: 'codeInParseRange',
          suggestions: [
            {
              messageId: 'useParseConstant',
              data: { code: '409', replacement: 'P.Error.DUPLICATE_VALUE' },
              output: `const P = require('parse/node');
P.Cloud.define('f', () => {
  if (a) throw new P.Error(401, 'Log in');
  if (b) throw { code: 403, error: 'Forbidden' };
  if (c) throw new P.Error(P.Error.DUPLICATE_VALUE, 'Taken');
  throw new P.Error(400, 'Bad request');
});`,
            },
          ],
        },
        { column: 21, data: { code: '400' }, endColumn: 24, endLine: 6, line: 6, messageId: 'codeInParseRange' },
      ],
    },
    {
      // a named status: reported, the name is the app's, no suggestion
      code: "const NOT_FOUND = 404;\nthrow new Parse.Error(NOT_FOUND, 'x');",
      output: null,
      errors: [
        {
          column: 23,
          data: { code: '404 (NOT_FOUND)' },
          endColumn: 32,
          endLine: 2,
          line: 2,
          messageId: 'codeInParseRange',
        },
      ],
    },
    {
      // construction, Parse Server's range
      code: "throw new Parse.Error(4001, 'Out of stock');",
      output: null,
      errors: [
        { column: 23, data: { code: '4001' }, endColumn: 27, endLine: 1, line: 1, messageId: 'codeInParseRange' },
      ],
    },
    {
      // a named number is reported at its use, with its name
      code: "const OUT_OF_STOCK = 4001;\nthrow new Parse.Error(OUT_OF_STOCK, 'Out of stock');",
      output: null,
      errors: [
        {
          column: 23,
          data: { code: '4001 (OUT_OF_STOCK)' },
          endColumn: 35,
          endLine: 2,
          line: 2,
          messageId: 'codeInParseRange',
        },
      ],
    },
    {
      // error objects, with `error` and with `message`
      code: "res.json({ code: 6000, error: 'x' });\nconst failure = { code: 0, message: 'x' };",
      output: null,
      errors: [
        { column: 18, data: { code: '6000' }, endColumn: 22, endLine: 1, line: 1, messageId: 'codeInReservedRange' },
        { column: 25, data: { code: '0' }, endColumn: 26, endLine: 2, line: 2, messageId: 'codeInParseRange' },
      ],
    },
    {
      // invalid codes: above 9999, negative other than -1, not an integer
      code: "throw new Parse.Error(10000, 'x');\nthrow new Parse.Error(-5, 'x');\nthrow new Parse.Error(9000.5, 'x');",
      output: null,
      errors: [
        {
          column: 23,
          data: { code: '10000', reason: 'it is above 9999' },
          endColumn: 28,
          endLine: 1,
          line: 1,
          messageId: 'invalidCode',
        },
        {
          column: 23,
          data: { code: '-5', reason: 'it is negative, and the only negative code is -1 (OTHER_CAUSE)' },
          endColumn: 25,
          endLine: 2,
          line: 2,
          messageId: 'invalidCode',
        },
        {
          column: 23,
          data: { code: '9000.5', reason: 'it is not an integer' },
          endColumn: 29,
          endLine: 3,
          line: 3,
          messageId: 'invalidCode',
        },
      ],
    },
    {
      // the edges of the ranges
      code: "throw new Parse.Error(4999, 'x');\nthrow new Parse.Error(5000, 'x');\nthrow new Parse.Error(8999, 'x');",
      output: null,
      errors: [
        { column: 23, data: { code: '4999' }, endColumn: 27, endLine: 1, line: 1, messageId: 'codeInParseRange' },
        { column: 23, data: { code: '5000' }, endColumn: 27, endLine: 2, line: 2, messageId: 'codeInReservedRange' },
        { column: 23, data: { code: '8999' }, endColumn: 27, endLine: 3, line: 3, messageId: 'codeInReservedRange' },
      ],
    },
    {
      // aliases: require, the SDK's ParseError module, a destructured `Error`
      code: `
import ParseError from './ParseError';
const P = require('parse/node');
const { Error: PE } = require('parse/node');
throw new P.Error(4001, 'x');
throw new ParseError(4002, 'x');
throw new PE(4003, 'x');
`,
      output: null,
      errors: [
        { column: 19, data: { code: '4001' }, endColumn: 23, endLine: 5, line: 5, messageId: 'codeInParseRange' },
        { column: 22, data: { code: '4002' }, endColumn: 26, endLine: 6, line: 6, messageId: 'codeInParseRange' },
        { column: 14, data: { code: '4003' }, endColumn: 18, endLine: 7, line: 7, messageId: 'codeInParseRange' },
      ],
    },
    {
      // `allow` accepts only what it lists
      code: "throw new Parse.Error(4001, 'x');\nthrow new Parse.Error(4100, 'x');\nthrow new Parse.Error(3999, 'x');",
      output: null,
      options: [{ allow: [4001, [4000, 4099]] }],
      errors: [
        { column: 23, data: { code: '4100' }, endColumn: 27, endLine: 2, line: 2, messageId: 'codeInParseRange' },
        { column: 23, data: { code: '3999' }, endColumn: 27, endLine: 3, line: 3, messageId: 'codeInParseRange' },
      ],
    },
    {
      // error objects that are no HTTP response body: rejected, thrown, returned, in an app's table
      code: `
function detect(reject, message) {
  reject({ code: 400, message: 'Bad request' });
  throw { code: 403, message: 'Forbidden' };
}
function face() {
  return { code: 404, message: 'Face Not Detected' };
}
const ERRORS = { banned: { code: 191, message: 'Banned' }, expired: { code: 197, message: 'Expired' } };
`,
      output: null,
      errors: [
        { column: 18, data: { code: '400' }, endColumn: 21, endLine: 3, line: 3, messageId: 'codeInParseRange' },
        { column: 17, data: { code: '403' }, endColumn: 20, endLine: 4, line: 4, messageId: 'codeInParseRange' },
        { column: 18, data: { code: '404' }, endColumn: 21, endLine: 7, line: 7, messageId: 'codeInParseRange' },
        { column: 34, data: { code: '191' }, endColumn: 37, endLine: 9, line: 9, messageId: 'codeInParseRange' },
        { column: 77, data: { code: '197' }, endColumn: 80, endLine: 9, line: 9, messageId: 'codeInParseRange' },
      ],
    },
    {
      // a response body whose code is no registered HTTP status
      code: `
res.status(400).json({ code: 191, error: 'Banned' });
res.send({ code: 499, message: 'Closed' });
next({ code: 4001, message: 'Out of stock', status: 400 });
`,
      output: null,
      errors: [
        { column: 30, data: { code: '191' }, endColumn: 33, endLine: 2, line: 2, messageId: 'codeInParseRange' },
        { column: 18, data: { code: '499' }, endColumn: 21, endLine: 3, line: 3, messageId: 'codeInParseRange' },
        { column: 14, data: { code: '4001' }, endColumn: 18, endLine: 4, line: 4, messageId: 'codeInParseRange' },
      ],
    },
    {
      // a code given to a plain Error: assigned, or through Object.assign
      code: `import Parse from 'parse/node';
const error = new Error('User not found');
error.code = 400;
throw Object.assign(new Error('Out of stock'), { code: 4001 });
`,
      output: null,
      errors: [
        {
          messageId: 'codeInParseRange',
          data: { code: '400' },
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 17,
        },
        {
          messageId: 'codeInParseRange',
          data: { code: '4001' },
          line: 4,
          column: 56,
          endLine: 4,
          endColumn: 60,
        },
      ],
    },
    {
      // a legacy response's code
      code: `Parse.Cloud.define('checkout', (request, response) => {
  response.error(4001, 'Out of stock');
});
`,
      output: null,
      errors: [
        {
          messageId: 'codeInParseRange',
          data: { code: '4001' },
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 22,
        },
      ],
    },
  ],
});

describe('valid-custom-codes options', () => {
  it('rejects a range that is not two numbers', () => {
    const linter = new TSESLint.Linter({ configType: 'flat' });
    const config: TSESLint.FlatConfig.Config = {
      plugins: { 'parse-error-codes': { rules: { 'valid-custom-codes': rule } } },
      rules: { 'parse-error-codes/valid-custom-codes': ['error', { allow: [[4000, 4099, 4199]] }] },
    };
    expect(() => linter.verify('', config)).toThrow(/should NOT have more than 2 items/u);
  });
});

typedRuleTester.run('valid-custom-codes with checkTypes', rule, {
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
ruleTester.run('valid-custom-codes without checkTypes', rule, {
  valid: [
    "import Parse from 'parse/node';\nenum AppErrors {\n  OutOfStock = 4001,\n}\nthrow new Parse.Error(AppErrors.OutOfStock, 'x');",
    "import Parse from 'parse/node';\nconst CODES = { PAYMENT_DECLINED: 5001 } as const;\nthrow new Parse.Error(CODES.PAYMENT_DECLINED, 'x');",
  ],
  invalid: [],
});
