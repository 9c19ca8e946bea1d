import { TSESLint } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/no-ambiguous-codes.js';
import { ruleTester, typedRuleTester } from '../rule-tester.js';

const ADVICE_101 = 'Catch each call on its own to tell them apart.';
const ADVICE_141 = "A missing function's message starts with 'Invalid function'.";
const ADVICE_MESSAGE = 'Only the message tells them apart.';
const STRICT = [{ reportUnknownOrigins: true }] as const;

ruleTester.run('no-ambiguous-codes', rule, {
  valid: [
    // One meaning for the operation that failed: an object read finds no object, a log-in fails.
    "new Parse.Query('Trip').get(id).catch((err) => err.code === Parse.Error.OBJECT_NOT_FOUND);",
    'Parse.User.logIn(name, password).then(show, (error) => {\n  if (error.code === 101) {}\n});',
    "async function load() {\n  try {\n    const trip = await new Parse.Query('Trip').get(id);\n    console.log(trip);\n  } catch ({ code }) {\n    if (code === 101) {}\n  }\n}",
    'Parse.User.requestPasswordReset(email).catch((e) => e.code === Parse.Error.EMAIL_NOT_FOUND);',
    "Parse.Cloud.startJob('nightly').catch((e) => e.code === 141);",
    // The origin is unknown: reported with reportUnknownOrigins (strict) only.
    'if (e.code === 141) {}',
    'switch (err.code) {\n  case 101:\n    break;\n}',
    'async function f() {\n  try {\n    await helper();\n  } catch (e) {\n    if (e.code === 101) {}\n  }\n}',
    // The message beside the code tells the meanings apart.
    "Parse.Cloud.run('pay').catch((e) => e.code === 141 && e.message.startsWith('Invalid function'));",
    "Parse.Cloud.run('pay').catch((e) => {\n  if (e.message.includes('Invalid function')) {\n    if (e.code === 141) {}\n  }\n});",
    // Codes with one meaning Parse sends: 143 (webhooks), 251 (none), 116 (object too large).
    { code: 'if (e.code === Parse.Error.INVALID_IMAGE_DATA) {}', options: STRICT },
    { code: 'if (e.code === 251 || e.code === 116 || e.code === 209) {}', options: STRICT },
    // Creating, asserting and setting a code is no branch.
    { code: "throw new Parse.Error(141, 'Payment failed');", options: STRICT },
    { code: 'expect(e.code).toBe(141);', options: STRICT },
    { code: "const error = new Error('x');\nerror.code = 101;", options: STRICT },
    // Not an error's code, or another library's error.
    { code: "process.on('close', (code) => code === 141);", options: STRICT },
    { code: 'if ([101, 141].includes(status)) {}', options: STRICT },
    { code: 'if (err instanceof MongoServerError && err.code === 101) {}', options: STRICT },
    // Options.
    { code: "Parse.Cloud.run('pay').catch((e) => e.code === 141);", options: [{ allow: [141] }] },
    {
      code: 'if (e.code === Parse.Error.OBJECT_NOT_FOUND) {}',
      options: [{ allow: [101], reportUnknownOrigins: true }],
    },
  ],
  invalid: [
    {
      // A Cloud function passes on any error it throws: every meaning of 101 can arrive.
      code: "async function cancel() {\n  try {\n    return await Parse.Cloud.run('cancel', { id }, { useMasterKey: true });\n  } catch (error) {\n    if (error.code === 101) throw error;\n  }\n}",
      output: null,
      errors: [
        {
          column: 24,
          data: {
            code: '101',
            meanings: 'invalid login parameters and 2 more',
            advice: 'Throw a code of your own from the function.',
          },
          endColumn: 27,
          endLine: 5,
          line: 5,
          messageId: 'ambiguousCode',
        },
      ],
    },
    {
      // A Cloud function: it failed, or it does not exist, or a log-in inside it failed.
      code: "Parse.Cloud.run('pay').catch((e) => e.code === 141);",
      output: null,
      errors: [
        {
          column: 48,
          data: {
            code: '141',
            meanings: 'Cloud Code script failed and 2 more',
            advice: ADVICE_141,
          },
          endColumn: 51,
          endLine: 1,
          line: 1,
          messageId: 'ambiguousCode',
        },
      ],
    },
    {
      // One handler for a log-in and a later read: the read's "not found" or a wrong password.
      code: "import Parse from 'parse/node';\nParse.User.logIn(name, password)\n  .then(() => new Parse.Query('Trip').get(id))\n  .catch((err) => {\n    if (err.code === Parse.Error.OBJECT_NOT_FOUND) {}\n  });",
      output: null,
      errors: [
        {
          column: 22,
          data: {
            code: '101',
            constant: 'Parse.Error.OBJECT_NOT_FOUND',
            meanings: 'invalid login parameters or object not found',
            advice: ADVICE_101,
          },
          endColumn: 50,
          endLine: 5,
          line: 5,
          messageId: 'ambiguousConstant',
        },
      ],
    },
    {
      // A log-in's 141: a beforeLogin trigger, or the MFA adapter; its 205 has one meaning.
      code: "const P = require('parse/node');\nasync function logIn() {\n  try {\n    await P.User.logIn(name, password);\n  } catch (e) {\n    switch (e.code) {\n      case 141:\n      case P.Error.EMAIL_NOT_FOUND:\n    }\n  }\n}",
      output: null,
      errors: [
        {
          column: 12,
          data: { code: '141', meanings: 'Cloud Code script failed or auth adapter failure', advice: ADVICE_MESSAGE },
          endColumn: 15,
          endLine: 7,
          line: 7,
          messageId: 'ambiguousCode',
        },
      ],
    },
    {
      // A third-party log-in: the adapter refused the auth data, or the linked user is gone.
      code: "Parse.User.logInWith('apple', { authData }).catch((e) => [101, 209].includes(e.code));",
      output: null,
      errors: [
        {
          column: 59,
          data: { code: '101', meanings: 'object not found or third-party auth failed', advice: ADVICE_101 },
          endColumn: 62,
          endLine: 1,
          line: 1,
          messageId: 'ambiguousCode',
        },
      ],
    },
    {
      // Unknown origin, reported with reportUnknownOrigins: every meaning Parse sends.
      code: 'if (101 !== err.code) {}\nif (new Set([205]).has(e.code)) {}',
      output: null,
      options: STRICT,
      errors: [
        {
          column: 5,
          data: {
            code: '101',
            meanings: 'invalid login parameters and 2 more',
            advice: ADVICE_101,
          },
          endColumn: 8,
          endLine: 1,
          line: 1,
          messageId: 'ambiguousCode',
        },
        {
          column: 14,
          data: {
            code: '205',
            meanings: 'no user with that email or email not verified',
            advice: "Unverified emails get 'User email is not verified.'",
          },
          endColumn: 17,
          endLine: 2,
          line: 2,
          messageId: 'ambiguousCode',
        },
      ],
    },
    {
      // A copy of the code through a conditional, unknown origin, a message test of another error.
      code: 'const code = error.response ? error.response.code : error.code;\nif (code === 115 && other.message) {}',
      output: null,
      options: STRICT,
      errors: [
        {
          column: 14,
          data: {
            code: '115',
            meanings: 'push misconfigured and 2 more',
            advice: ADVICE_MESSAGE,
          },
          endColumn: 17,
          endLine: 2,
          line: 2,
          messageId: 'ambiguousCode',
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

typedRuleTester.run('no-ambiguous-codes with checkTypes', rule, {
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
            meanings: 'Cloud Code script failed and 3 more',
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
