import { TSESLint } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/no-ambiguous-codes.js';
import { ruleTester } from '../rule-tester.js';

const MEANINGS_101 = 'object not found or invalid login parameters';
const MEANINGS_141 = 'Cloud Code script failed, Cloud function not found, or background job not found';
const MEANINGS_143 = 'webhook error or purchase receipt missing';
const MEANINGS_251 =
  'invalid linked session, invalid auth data, bad anonymous id, bad Facebook token, bad Facebook id, wrong Facebook app id, Twitter verification failed, wrong Twitter id, wrong Twitter screen name, or Twitter unreachable';

ruleTester.run('no-ambiguous-codes', rule, {
  valid: [
    // Codes with one current meaning.
    'if (e.code === 209) {}',
    'switch (e.code) {\n  case 202:\n    break;\n}',
    "import Parse from 'parse/node';\nif (e.code === Parse.Error.INVALID_SESSION_TOKEN) {}",
    // 159's only current meaning is the duplicate request; its Parse.com meaning is legacy.
    'if (e.code === 159) {}',
    // Not a Parse code (MongoDB's duplicate key).
    'if (err.code === 11000) {}',
    // Creating such an error is how Cloud Code reports failure.
    "throw new Parse.Error(141, 'Payment failed');",
    "throw new Parse.Error(Parse.Error.SCRIPT_FAILED, 'Payment failed');",
    // Setting a code is no branch: `no-magic-numbers` reports and fixes it.
    "const error = new Error('Invalid username/password');\nerror.code = 101;",
    "res.json({ code: 101, error: 'Not found' });",
    // Test assertions.
    'expect(e.code).toBe(141);',
    'expect(e.code).toEqual(Parse.Error.OBJECT_NOT_FOUND);',
    'assert.equal(e.code, 101);',
    // Not an error's code.
    "process.on('close', (code) => code === 141);",
    'if (status === 101) {}',
    'if ([101, 141].includes(status)) {}',
    // A constant read outside a branch.
    'const notFound = Parse.Error.OBJECT_NOT_FOUND;',
    // Options.
    {
      code: 'if (e.code === 141) {}\nswitch (e.code) {\n  case 141:\n    break;\n}',
      options: [{ allow: [141] }],
    },
    {
      code: 'if (e.code === Parse.Error.OBJECT_NOT_FOUND) {}',
      options: [{ allow: [101] }],
    },
  ],
  invalid: [
    {
      // comparison, `===`
      code: 'if (e.code === 141) {}',
      output: null,
      errors: [
        {
          column: 16,
          data: { code: '141', meanings: MEANINGS_141 },
          endColumn: 19,
          endLine: 1,
          line: 1,
          messageId: 'ambiguousCode',
        },
      ],
    },
    {
      // comparison, `!==`, yoda order
      code: 'if (101 !== err.code) {}',
      output: null,
      errors: [
        {
          column: 5,
          data: { code: '101', meanings: MEANINGS_101 },
          endColumn: 8,
          endLine: 1,
          line: 1,
          messageId: 'ambiguousCode',
        },
      ],
    },
    {
      // loose comparisons, both orders, beside a check of the message
      code: 'if (error.code == 141 && /not found/.test(error.message)) {}\nif (143 != error.code) {}',
      output: null,
      errors: [
        {
          column: 19,
          data: { code: '141', meanings: MEANINGS_141 },
          endColumn: 22,
          endLine: 1,
          line: 1,
          messageId: 'ambiguousCode',
        },
        {
          column: 5,
          data: { code: '143', meanings: MEANINGS_143 },
          endColumn: 8,
          endLine: 2,
          line: 2,
          messageId: 'ambiguousCode',
        },
      ],
    },
    {
      // constant, Cloud Code global `Parse`
      code: 'if (e.code === Parse.Error.SCRIPT_FAILED) {}',
      output: null,
      errors: [
        {
          column: 16,
          data: { code: '141', constant: 'Parse.Error.SCRIPT_FAILED', meanings: MEANINGS_141 },
          endColumn: 41,
          endLine: 1,
          line: 1,
          messageId: 'ambiguousConstant',
        },
      ],
    },
    {
      // The SDK's misleading name for 143 branches on the same two errors.
      code: 'if (e.code === Parse.Error.INVALID_IMAGE_DATA) {}',
      output: null,
      errors: [
        {
          column: 16,
          data: { code: '143', constant: 'Parse.Error.INVALID_IMAGE_DATA', meanings: MEANINGS_143 },
          endColumn: 46,
          endLine: 1,
          line: 1,
          messageId: 'ambiguousConstant',
        },
      ],
    },
    {
      // switch, numbers and a constant; 209 is unambiguous
      code: `
switch (e.code) {
  case Parse.Error.OBJECT_NOT_FOUND:
    break;
  case 209:
    break;
  case 141:
    break;
}
`,
      output: null,
      errors: [
        {
          column: 8,
          data: { code: '101', constant: 'Parse.Error.OBJECT_NOT_FOUND', meanings: MEANINGS_101 },
          endColumn: 36,
          endLine: 3,
          line: 3,
          messageId: 'ambiguousConstant',
        },
        {
          column: 8,
          data: { code: '141', meanings: MEANINGS_141 },
          endColumn: 11,
          endLine: 7,
          line: 7,
          messageId: 'ambiguousCode',
        },
      ],
    },
    {
      // membership in an array: only 141 is ambiguous
      code: 'if ([141, 209].includes(e.code)) {}',
      output: null,
      errors: [
        {
          column: 6,
          data: { code: '141', meanings: MEANINGS_141 },
          endColumn: 9,
          endLine: 1,
          line: 1,
          messageId: 'ambiguousCode',
        },
      ],
    },
    {
      // membership in a Set
      code: 'if (new Set([101]).has(e.code)) {}',
      output: null,
      errors: [
        {
          column: 14,
          data: { code: '101', meanings: MEANINGS_101 },
          endColumn: 17,
          endLine: 1,
          line: 1,
          messageId: 'ambiguousCode',
        },
      ],
    },
    {
      // alias through require
      code: "const P = require('parse/node');\nif (e.code === P.Error.OBJECT_NOT_FOUND) {}",
      output: null,
      errors: [
        {
          column: 16,
          data: { code: '101', constant: 'P.Error.OBJECT_NOT_FOUND', meanings: MEANINGS_101 },
          endColumn: 40,
          endLine: 2,
          line: 2,
          messageId: 'ambiguousConstant',
        },
      ],
    },
    {
      // named import of `Parse`
      code: "import { Parse } from 'parse/node';\nif (e.code === Parse.Error.SCRIPT_FAILED) {}",
      output: null,
      errors: [
        {
          column: 16,
          data: { code: '141', constant: 'Parse.Error.SCRIPT_FAILED', meanings: MEANINGS_141 },
          endColumn: 41,
          endLine: 2,
          line: 2,
          messageId: 'ambiguousConstant',
        },
      ],
    },
    {
      // the SDK's own ParseError module, and a destructured `Error`
      code: `
import ParseError from './ParseError';
const { Error: PE } = require('parse/node');
if (e.code === ParseError.OBJECT_NOT_FOUND) {}
if (e.code === PE.OBJECT_NOT_FOUND) {}
`,
      output: null,
      errors: [
        {
          column: 16,
          data: { code: '101', constant: 'ParseError.OBJECT_NOT_FOUND', meanings: MEANINGS_101 },
          endColumn: 43,
          endLine: 4,
          line: 4,
          messageId: 'ambiguousConstant',
        },
        {
          column: 16,
          data: { code: '101', constant: 'PE.OBJECT_NOT_FOUND', meanings: MEANINGS_101 },
          endColumn: 35,
          endLine: 5,
          line: 5,
          messageId: 'ambiguousConstant',
        },
      ],
    },
    {
      // a code destructured from the error, and a const copied from `.code`
      code: 'try {\n  run();\n} catch ({ code }) {\n  if (code === 251) {}\n}\nconst c = e.code;\nif (c === 101) {}',
      output: null,
      errors: [
        {
          column: 16,
          data: { code: '251', meanings: MEANINGS_251 },
          endColumn: 19,
          endLine: 4,
          line: 4,
          messageId: 'ambiguousCode',
        },
        {
          column: 11,
          data: { code: '101', meanings: MEANINGS_101 },
          endColumn: 14,
          endLine: 7,
          line: 7,
          messageId: 'ambiguousCode',
        },
      ],
    },
    {
      // optional chaining and a TypeScript cast on the subject
      code: 'if (e?.code === 141) {}\nif ((e as Parse.Error).code === 101) {}',
      output: null,
      errors: [
        {
          column: 17,
          data: { code: '141', meanings: MEANINGS_141 },
          endColumn: 20,
          endLine: 1,
          line: 1,
          messageId: 'ambiguousCode',
        },
        {
          column: 33,
          data: { code: '101', meanings: MEANINGS_101 },
          endColumn: 36,
          endLine: 2,
          line: 2,
          messageId: 'ambiguousCode',
        },
      ],
    },
    {
      // `allow` leaves the other codes reported
      code: 'if (e.code === 141) {}\nif (e.code === 101) {}',
      output: null,
      options: [{ allow: [141] }],
      errors: [
        {
          column: 16,
          data: { code: '101', meanings: MEANINGS_101 },
          endColumn: 19,
          endLine: 2,
          line: 2,
          messageId: 'ambiguousCode',
        },
      ],
    },
    {
      // a constant read through a namespace import the file uses as the SDK
      code: `
import * as SDK from 'parse';
if (e.code === SDK.Error.OBJECT_NOT_FOUND) {}
`,
      output: null,
      errors: [
        {
          column: 16,
          data: { code: '101', constant: 'SDK.Error.OBJECT_NOT_FOUND', meanings: MEANINGS_101 },
          endColumn: 42,
          endLine: 3,
          line: 3,
          messageId: 'ambiguousConstant',
        },
      ],
    },
  ],
});

describe('no-ambiguous-codes options', () => {
  it('rejects an `allow` that is not a list of integers', () => {
    const linter = new TSESLint.Linter({ configType: 'flat' });
    const config: TSESLint.FlatConfig.Config = {
      plugins: { 'parse-error-codes': { rules: { 'no-ambiguous-codes': rule } } },
      rules: { 'parse-error-codes/no-ambiguous-codes': ['error', { allow: ['141'] }] },
    };
    expect(() => linter.verify('', config)).toThrow(/Value "141" should be integer/u);
  });
});
