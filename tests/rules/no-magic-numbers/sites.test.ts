// The report and the fix at each kind of site: comparisons, cases, membership, constructions, error
// objects, assignments, and numbers written negated, parenthesized or in JSX. Where a number is an
// error code and where it is not is the shared analysis's: tests/utils/sites/error-code-site-finder.test.ts.
import rule from '../../../src/rules/no-magic-numbers.js';
import { ruleTester } from '../../rule-tester.js';

ruleTester.run('no-magic-numbers sites', rule, {
  valid: [
    // Sites the rule leaves: numbers that are not Parse codes, and codes already named.
    'if (err.code === 11000) {}',
    'if (err.code === 4242) {}',
    "import Parse from 'parse/node';\nif (err.code === Parse.Error.OBJECT_NOT_FOUND) {}",
    "import Parse from 'parse/node';\nthrow new Parse.Error(Parse.Error.SCRIPT_FAILED, 'x');",
    "import Parse from 'parse/node';\nconst NOT_FOUND = 101;\nthrow new Parse.Error(NOT_FOUND, 'x');",
    // Other libraries' errors, values a call resolved with, LiveQuery's own codes.
    'if (err instanceof MongoServerError && err.code === 112) {}',
    'const jsonData = await res.json();\nif (jsonData.code !== 200) {}',
    "const result = await Parse.Cloud.run('hello');\nif (result.code === 200) {}",
    "if (message.op === 'error' && message.code === 1) {}",
    "socket.send(JSON.stringify({ op: 'error', code: 1, error: 'Invalid request' }));",
  ],
  invalid: [
    {
      // a copy of the code through a conditional
      code: `
import Parse from 'parse/node';
const code = error.response ? error.response.code : error.code;
if (code === 119) {}
`,
      output: `
import Parse from 'parse/node';
const code = error.response ? error.response.code : error.code;
if (code === Parse.Error.OPERATION_FORBIDDEN) {}
`,
      errors: [
        {
          column: 14,
          data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' },
          endColumn: 17,
          endLine: 4,
          line: 4,
          messageId: 'magicCode',
        },
      ],
    },
    {
      // comparison, default import
      code: `
import Parse from 'parse/node';
if (err.code === 119) {}
`,
      output: `
import Parse from 'parse/node';
if (err.code === Parse.Error.OPERATION_FORBIDDEN) {}
`,
      errors: [
        {
          column: 18,
          data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' },
          endColumn: 21,
          endLine: 3,
          line: 3,
          messageId: 'magicCode',
        },
      ],
    },
    {
      // switch
      code: `
import Parse from 'parse/node';
switch (error.code) {
  case 202:
    break;
  case 203:
    break;
  default:
}
`,
      output: `
import Parse from 'parse/node';
switch (error.code) {
  case Parse.Error.USERNAME_TAKEN:
    break;
  case Parse.Error.EMAIL_TAKEN:
    break;
  default:
}
`,
      errors: [
        {
          column: 8,
          data: { code: '202', meanings: 'username taken', replacement: 'Parse.Error.USERNAME_TAKEN' },
          endColumn: 11,
          endLine: 4,
          line: 4,
          messageId: 'magicCode',
        },
        {
          column: 8,
          data: { code: '203', meanings: 'email taken', replacement: 'Parse.Error.EMAIL_TAKEN' },
          endColumn: 11,
          endLine: 6,
          line: 6,
          messageId: 'magicCode',
        },
      ],
    },
    {
      // includes
      code: `
import Parse from 'parse/node';
if ([119, 209].includes(e.code)) {}
`,
      output: `
import Parse from 'parse/node';
if ([Parse.Error.OPERATION_FORBIDDEN, Parse.Error.INVALID_SESSION_TOKEN].includes(e.code)) {}
`,
      errors: [
        {
          column: 6,
          data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' },
          endColumn: 9,
          endLine: 3,
          line: 3,
          messageId: 'magicCode',
        },
        {
          column: 11,
          data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
          endColumn: 14,
          endLine: 3,
          line: 3,
          messageId: 'magicCode',
        },
      ],
    },
    {
      // construction
      code: `
import Parse from 'parse/node';
throw new Parse.Error(142, 'x');
`,
      output: `
import Parse from 'parse/node';
throw new Parse.Error(Parse.Error.VALIDATION_ERROR, 'x');
`,
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
    {
      // error objects
      code: `
import Parse from 'parse/node';
function f(message) {
  throw { code: 142, message };
}
Promise.reject({ error: 'bad', code: 209 });
res.json({ code: 119, error: 'x' });
const errors = [{ code: 123, message: 'Oops.' }];
const nested = { result: { code: 119, error: 'no' } };
`,
      output: `
import Parse from 'parse/node';
function f(message) {
  throw { code: Parse.Error.VALIDATION_ERROR, message };
}
Promise.reject({ error: 'bad', code: Parse.Error.INVALID_SESSION_TOKEN });
res.json({ code: Parse.Error.OPERATION_FORBIDDEN, error: 'x' });
const errors = [{ code: Parse.Error.INVALID_ACL, message: 'Oops.' }];
const nested = { result: { code: Parse.Error.OPERATION_FORBIDDEN, error: 'no' } };
`,
      errors: [
        {
          column: 17,
          data: { code: '142', meanings: 'Cloud Code validation failed', replacement: 'Parse.Error.VALIDATION_ERROR' },
          endColumn: 20,
          endLine: 4,
          line: 4,
          messageId: 'magicCode',
        },
        {
          column: 38,
          data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
          endColumn: 41,
          endLine: 6,
          line: 6,
          messageId: 'magicCode',
        },
        {
          column: 18,
          data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' },
          endColumn: 21,
          endLine: 7,
          line: 7,
          messageId: 'magicCode',
        },
        {
          column: 25,
          data: { code: '123', meanings: 'invalid ACL', replacement: 'Parse.Error.INVALID_ACL' },
          endColumn: 28,
          endLine: 8,
          line: 8,
          messageId: 'magicCode',
        },
        {
          column: 34,
          data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' },
          endColumn: 37,
          endLine: 9,
          line: 9,
          messageId: 'magicCode',
        },
      ],
    },
    {
      // unary minus
      code: `
import Parse from 'parse/node';
if (e.code === -1) {}
`,
      output: `
import Parse from 'parse/node';
if (e.code === Parse.Error.OTHER_CAUSE) {}
`,
      errors: [
        {
          column: 16,
          data: { code: '-1', meanings: 'other cause', replacement: 'Parse.Error.OTHER_CAUSE' },
          endColumn: 18,
          endLine: 3,
          line: 3,
          messageId: 'magicCode',
        },
      ],
    },
    {
      // parenthesized
      code: `
import Parse from 'parse/node';
if (e.code === (119)) {}
`,
      output: `
import Parse from 'parse/node';
if (e.code === (Parse.Error.OPERATION_FORBIDDEN)) {}
`,
      errors: [
        {
          column: 17,
          data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' },
          endColumn: 20,
          endLine: 3,
          line: 3,
          messageId: 'magicCode',
        },
      ],
    },
    {
      // JSX
      filename: 'view.tsx',
      code: `
import Parse from 'parse/node';
const View = () => <p>{e.code === 209 && <b>Log in again</b>}</p>;
`,
      output: `
import Parse from 'parse/node';
const View = () => <p>{e.code === Parse.Error.INVALID_SESSION_TOKEN && <b>Log in again</b>}</p>;
`,
      errors: [
        {
          column: 35,
          data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
          endColumn: 38,
          endLine: 3,
          line: 3,
          messageId: 'magicCode',
        },
      ],
    },
    {
      // case -1
      code: `
import Parse from 'parse/node';
switch (e.code) {
  case -1:
}
`,
      output: `
import Parse from 'parse/node';
switch (e.code) {
  case Parse.Error.OTHER_CAUSE:
}
`,
      errors: [
        {
          column: 8,
          data: { code: '-1', meanings: 'other cause', replacement: 'Parse.Error.OTHER_CAUSE' },
          endColumn: 10,
          endLine: 4,
          line: 4,
          messageId: 'magicCode',
        },
      ],
    },
    {
      // an assignment to an error's code, as tests mock a Parse error
      code: `
import Parse from 'parse/node';
const error = new Error('Invalid username/password');
error.code = 101;
err.code = 209;
`,
      output: `
import Parse from 'parse/node';
const error = new Error('Invalid username/password');
error.code = Parse.Error.OBJECT_NOT_FOUND;
err.code = Parse.Error.INVALID_SESSION_TOKEN;
`,
      errors: [
        {
          column: 14,
          data: {
            code: '101',
            meanings: 'object not found and 2 more',
            replacement: 'Parse.Error.OBJECT_NOT_FOUND',
            every: 'all of them',
          },
          endColumn: 17,
          endLine: 4,
          line: 4,
          messageId: 'magicSharedCode',
        },
        {
          column: 12,
          data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
          endColumn: 15,
          endLine: 5,
          line: 5,
          messageId: 'magicCode',
        },
      ],
    },
  ],
});
