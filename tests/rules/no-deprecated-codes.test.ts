import { TSESLint } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/no-deprecated-codes.js';
import { ruleTester, typedRuleTester } from '../rule-tester.js';

const REASON_131 = 'a documentation mistake that Parse never sent; the right code is 153 (FILE_DELETE_ERROR)';
const REASON_155 = 'only the hosted Parse.com sent it; Parse Server sends 100 (CONNECTION_FAILED) instead';
const REASON_428 = 'only the hosted Parse.com sent it; Parse Server never does, so remove this use';

ruleTester.run('no-deprecated-codes', rule, {
  valid: [
    // 159 still has a current meaning (duplicate request); 141 is current.
    'if (e.code === 159) {}',
    'if (e.code === Parse.Error.DUPLICATE_REQUEST) {}',
    "throw new Parse.Error(141, 'x');",
    // The right code for a failed file deletion.
    "throw new Parse.Error(Parse.Error.FILE_DELETE_ERROR, 'x');",
    'expect(e.code).toBe(153);',
    // Not a Parse code (MongoDB's duplicate key).
    'if (err.code === 11000) {}',
    // Not an error's code.
    'if (status === 155) {}',
    'switch (status) {\n  case 428:\n    break;\n}',
    'const limit = 155;',
    "const payload = { code: 131, status: 'ok' };",
    // Not the SDK's error class.
    'const limit = Foo.Error.REQUEST_LIMIT_EXCEEDED;',
    // Codes Parse never sends, where the code does not test an error from Parse: creating one,
    // asserting one, a file that creates the code it tests, LiveQuery's own codes.
    "throw new Parse.Error(Parse.Error.TIMEOUT, 'The payment provider timed out.');",
    "reject({ code: 251, error: 'x' });",
    'expect(e.code).toBe(251);',
    "function pay() {\n  throw new Parse.Error(124, 'Timed out.');\n}\nif (e.code === 124) {}",
    'if (e.code === 2) {}',
    "if (message.op === 'error' && message.code === 4) {}",
    // A number may be another library's code (MongoDB's 251): reported with reportUnsentNumbers only.
    'if (errorItem.error.code === 251) {}',
    // Sent codes.
    'if (e.code === 101) {}',
    'if (e.code === Parse.Error.CONNECTION_FAILED) {}',
  ],
  invalid: [
    {
      // a third-party login failure arrives as 101
      code: 'if (err.code === 251) {}',
      output: null,
      options: [{ reportUnsentNumbers: true }],
      errors: [
        {
          column: 18,
          data: { name: 'Error code 251', instead: '101 (OBJECT_NOT_FOUND)' },
          endColumn: 21,
          endLine: 1,
          line: 1,
          messageId: 'neverSentInstead',
        },
      ],
    },
    {
      // a constant in a switch: timeouts arrive as 100
      code: "import Parse from 'parse';\nswitch (e.code) {\n  case Parse.Error.TIMEOUT:\n    retry();\n}",
      output: null,
      errors: [
        {
          column: 8,
          data: { name: 'Parse.Error.TIMEOUT (124)', instead: '100 (CONNECTION_FAILED)' },
          endColumn: 27,
          endLine: 3,
          line: 3,
          messageId: 'neverSentInstead',
        },
      ],
    },
    {
      // membership: the MFA adapter's failures arrive as 141
      code: 'if ([Parse.Error.MFA_ERROR, 211].includes(e.code)) {}',
      output: null,
      options: [{ reportUnsentNumbers: true }],
      errors: [
        {
          column: 6,
          data: { name: 'Parse.Error.MFA_ERROR (210)', instead: '141 (SCRIPT_FAILED)' },
          endColumn: 27,
          endLine: 1,
          line: 1,
          messageId: 'neverSentInstead',
        },
        {
          column: 29,
          data: { name: 'Error code 211', instead: '141 (SCRIPT_FAILED)' },
          endColumn: 32,
          endLine: 1,
          line: 1,
          messageId: 'neverSentInstead',
        },
      ],
    },
    {
      // no code arrives instead
      code: 'if (e.code === Parse.Error.CACHE_MISS || e.code === 250) {}',
      output: null,
      options: [{ reportUnsentNumbers: true }],
      errors: [
        {
          column: 16,
          data: { name: 'Parse.Error.CACHE_MISS (120)' },
          endColumn: 38,
          endLine: 1,
          line: 1,
          messageId: 'neverSent',
        },
        {
          column: 53,
          data: { name: 'Error code 250', instead: '101 (OBJECT_NOT_FOUND)' },
          endColumn: 56,
          endLine: 1,
          line: 1,
          messageId: 'neverSentInstead',
        },
      ],
    },
    {
      // comparison with a legacy code that has a successor
      code: 'if (e.code === 155) {}',
      output: null,
      errors: [
        {
          column: 16,
          data: { name: 'Error code 155 (RequestLimitExceeded)', reason: REASON_155 },
          endColumn: 19,
          endLine: 1,
          line: 1,
          messageId: 'deprecatedWithReason',
        },
      ],
    },
    {
      // yoda order, loose comparison, a legacy code without a successor
      code: 'if (428 == e.code) {}',
      output: null,
      errors: [
        {
          column: 5,
          data: { name: 'Error code 428 (DatabaseNotMigratedError)', reason: REASON_428 },
          endColumn: 8,
          endLine: 1,
          line: 1,
          messageId: 'deprecatedWithReason',
        },
      ],
    },
    {
      // switch: 156 and 157 are deprecated by Parse; 159 and 141 are current
      code: `
switch (e.code) {
  case 428:
  case 156:
  case 157:
  case 159:
  case 141:
    break;
}
`,
      output: null,
      errors: [
        {
          column: 8,
          data: { name: 'Error code 428 (DatabaseNotMigratedError)', reason: REASON_428 },
          endColumn: 11,
          endLine: 3,
          line: 3,
          messageId: 'deprecatedWithReason',
        },
        {
          column: 8,
          data: { name: 'Error code 156 (MissingPushIdError)' },
          endColumn: 11,
          endLine: 4,
          line: 4,
          messageId: 'deprecated',
        },
        {
          column: 8,
          data: { name: 'Error code 157 (MissingDeviceTypeError)' },
          endColumn: 11,
          endLine: 5,
          line: 5,
          messageId: 'deprecated',
        },
      ],
    },
    {
      // membership in an array and in a Set; no Parse binding, so the suggestion writes 153
      code: 'if ([155, 209].includes(e.code)) {}\nif (new Set([131]).has(e.code)) {}',
      output: null,
      errors: [
        {
          column: 6,
          data: { name: 'Error code 155 (RequestLimitExceeded)', reason: REASON_155 },
          endColumn: 9,
          endLine: 1,
          line: 1,
          messageId: 'deprecatedWithReason',
        },
        {
          column: 14,
          data: { name: 'Error code 131 (FileDeleteError)', reason: REASON_131 },
          endColumn: 17,
          endLine: 2,
          line: 2,
          messageId: 'deprecatedWithReason',
          suggestions: [
            {
              messageId: 'replaceWithCorrectCode',
              data: { code: '131', replacement: '153' },
              output: 'if ([155, 209].includes(e.code)) {}\nif (new Set([153]).has(e.code)) {}',
            },
          ],
        },
      ],
    },
    {
      // comparison with 131, `Parse` imported
      code: "import Parse from 'parse/node';\nif (e.code === 131) {}",
      output: null,
      errors: [
        {
          column: 16,
          data: { name: 'Error code 131 (FileDeleteError)', reason: REASON_131 },
          endColumn: 19,
          endLine: 2,
          line: 2,
          messageId: 'deprecatedWithReason',
          suggestions: [
            {
              messageId: 'replaceWithCorrectCode',
              data: { code: '131', replacement: 'Parse.Error.FILE_DELETE_ERROR' },
              output: "import Parse from 'parse/node';\nif (e.code === Parse.Error.FILE_DELETE_ERROR) {}",
            },
          ],
        },
      ],
    },
    {
      // the SDK's own ParseError module names the class
      code: "import ParseError from './ParseError';\nif (e.code === 131) {}",
      output: null,
      errors: [
        {
          column: 16,
          data: { name: 'Error code 131 (FileDeleteError)', reason: REASON_131 },
          endColumn: 19,
          endLine: 2,
          line: 2,
          messageId: 'deprecatedWithReason',
          suggestions: [
            {
              messageId: 'replaceWithCorrectCode',
              data: { code: '131', replacement: 'ParseError.FILE_DELETE_ERROR' },
              output: "import ParseError from './ParseError';\nif (e.code === ParseError.FILE_DELETE_ERROR) {}",
            },
          ],
        },
      ],
    },
    {
      // a destructured `Error`, usable only after its declaration
      code: "if (e.code === 131) {}\nconst { Error: PE } = require('parse/node');\nif (e.code === 131) {}",
      output: null,
      errors: [
        {
          column: 16,
          data: { name: 'Error code 131 (FileDeleteError)', reason: REASON_131 },
          endColumn: 19,
          endLine: 1,
          line: 1,
          messageId: 'deprecatedWithReason',
          suggestions: [
            {
              messageId: 'replaceWithCorrectCode',
              data: { code: '131', replacement: '153' },
              output: "if (e.code === 153) {}\nconst { Error: PE } = require('parse/node');\nif (e.code === 131) {}",
            },
          ],
        },
        {
          column: 16,
          data: { name: 'Error code 131 (FileDeleteError)', reason: REASON_131 },
          endColumn: 19,
          endLine: 3,
          line: 3,
          messageId: 'deprecatedWithReason',
          suggestions: [
            {
              messageId: 'replaceWithCorrectCode',
              data: { code: '131', replacement: 'PE.FILE_DELETE_ERROR' },
              output:
                "if (e.code === 131) {}\nconst { Error: PE } = require('parse/node');\nif (e.code === PE.FILE_DELETE_ERROR) {}",
            },
          ],
        },
      ],
    },
    {
      // construction and an error object, Cloud Code global `Parse`
      code: "throw new Parse.Error(131, 'x');\nres.json({ code: 428, error: 'x' });",
      output: null,
      errors: [
        {
          column: 23,
          data: { name: 'Error code 131 (FileDeleteError)', reason: REASON_131 },
          endColumn: 26,
          endLine: 1,
          line: 1,
          messageId: 'deprecatedWithReason',
          suggestions: [
            {
              messageId: 'replaceWithCorrectCode',
              data: { code: '131', replacement: 'Parse.Error.FILE_DELETE_ERROR' },
              output:
                "throw new Parse.Error(Parse.Error.FILE_DELETE_ERROR, 'x');\nres.json({ code: 428, error: 'x' });",
            },
          ],
        },
        {
          column: 18,
          data: { name: 'Error code 428 (DatabaseNotMigratedError)', reason: REASON_428 },
          endColumn: 21,
          endLine: 2,
          line: 2,
          messageId: 'deprecatedWithReason',
        },
      ],
    },
    {
      // named numbers: reported at the use, without a suggestion
      code: "const RATE_LIMITED = 155;\nthrow new Parse.Error(RATE_LIMITED, 'x');\nconst DELETE_FAILED = 131;\nres.json({ code: DELETE_FAILED, error: 'x' });",
      output: null,
      errors: [
        {
          column: 23,
          data: { name: 'RATE_LIMITED (error code 155, RequestLimitExceeded)', reason: REASON_155 },
          endColumn: 35,
          endLine: 2,
          line: 2,
          messageId: 'deprecatedWithReason',
        },
        {
          column: 18,
          data: { name: 'DELETE_FAILED (error code 131, FileDeleteError)', reason: REASON_131 },
          endColumn: 31,
          endLine: 4,
          line: 4,
          messageId: 'deprecatedWithReason',
        },
      ],
    },
    {
      // assertions, with a number and with a constant (reported once)
      code: 'expect(e.code).toBe(155);\nexpect(e.code).toBe(Parse.Error.REQUEST_LIMIT_EXCEEDED);',
      output: null,
      errors: [
        {
          column: 21,
          data: { name: 'Error code 155 (RequestLimitExceeded)', reason: REASON_155 },
          endColumn: 24,
          endLine: 1,
          line: 1,
          messageId: 'deprecatedWithReason',
        },
        {
          column: 21,
          data: { name: 'Parse.Error.REQUEST_LIMIT_EXCEEDED (155)', reason: REASON_155 },
          endColumn: 55,
          endLine: 2,
          line: 2,
          messageId: 'deprecatedWithReason',
        },
      ],
    },
    {
      // a legacy constant in a comparison, reported once
      code: 'if (e.code === Parse.Error.REQUEST_LIMIT_EXCEEDED) {}',
      output: null,
      errors: [
        {
          column: 16,
          data: { name: 'Parse.Error.REQUEST_LIMIT_EXCEEDED (155)', reason: REASON_155 },
          endColumn: 50,
          endLine: 1,
          line: 1,
          messageId: 'deprecatedWithReason',
        },
      ],
    },
    {
      // a legacy constant through an alias, read outside any site and in a construction
      code: "const P = require('parse/node');\nconst limit = P.Error.REQUEST_LIMIT_EXCEEDED;\nthrow new P.Error(P.Error.REQUEST_LIMIT_EXCEEDED, 'x');",
      output: null,
      errors: [
        {
          column: 15,
          data: { name: 'P.Error.REQUEST_LIMIT_EXCEEDED (155)', reason: REASON_155 },
          endColumn: 45,
          endLine: 2,
          line: 2,
          messageId: 'deprecatedWithReason',
        },
        {
          column: 19,
          data: { name: 'P.Error.REQUEST_LIMIT_EXCEEDED (155)', reason: REASON_155 },
          endColumn: 49,
          endLine: 3,
          line: 3,
          messageId: 'deprecatedWithReason',
        },
      ],
    },
    {
      // a legacy constant through a named import of `Parse`
      code: "import { Parse } from 'parse/node';\nretryLater(Parse.Error.REQUEST_LIMIT_EXCEEDED);",
      output: null,
      errors: [
        {
          column: 12,
          data: { name: 'Parse.Error.REQUEST_LIMIT_EXCEEDED (155)', reason: REASON_155 },
          endColumn: 46,
          endLine: 2,
          line: 2,
          messageId: 'deprecatedWithReason',
        },
      ],
    },
    {
      // an assignment to an error's code
      code: `
const error = new Error('Could not delete the file');
error.code = 131;
`,
      output: null,
      errors: [
        {
          column: 14,
          data: {
            name: 'Error code 131 (FileDeleteError)',
            reason: 'a documentation mistake that Parse never sent; the right code is 153 (FILE_DELETE_ERROR)',
          },
          endColumn: 17,
          endLine: 3,
          line: 3,
          messageId: 'deprecatedWithReason',
          suggestions: [
            {
              data: { code: '131', replacement: '153' },
              messageId: 'replaceWithCorrectCode',
              output: `
const error = new Error('Could not delete the file');
error.code = 153;
`,
            },
          ],
        },
      ],
    },
  ],
});

describe('no-deprecated-codes options', () => {
  it('rejects options it does not have', () => {
    const linter = new TSESLint.Linter({ configType: 'flat' });
    const config: TSESLint.FlatConfig.Config = {
      plugins: { 'parse-error-codes': { rules: { 'no-deprecated-codes': rule } } },
      rules: { 'parse-error-codes/no-deprecated-codes': ['error', { allow: [155] }] },
    };
    expect(() => linter.verify('', config)).toThrow(/should NOT have additional properties/u);
  });
});

typedRuleTester.run('no-deprecated-codes with checkTypes', rule, {
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
            reason: 'only the hosted Parse.com sent it; Parse Server never does, so remove this use',
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
