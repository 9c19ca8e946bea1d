// Where a number is an error code: comparisons, cases, membership, constructions, error objects,
// assertions, assignments; and where it is not.
import rule from '../../../src/rules/no-magic-numbers.js';
import { ruleTester } from '../../rule-tester.js';

ruleTester.run('no-magic-numbers sites', rule, {
  valid: [
    // Exit codes, character codes: plain variables merely named `code`.
    "process.on('close', (code) => code === 1);",
    'const code = s.charCodeAt(i);\nif (code === 160) {}',
    'function isCancelled(code) {\n  return code === 101;\n}',
    'let { code } = err;\ncode = normalize(code);\nif (code === 101) {}',
    // A Mongo index spec and other `code` keys without an error message beside them.
    'collection.createIndex({ code: 1 });',
    "obj.set('code', 1);",
    'const payload = { code: 101, status: 400 };',
    // A response envelope: its code is the API's status, not a Parse error.
    "res.json({ code: 200, message: 'success', data: orders });",
    // HTTP statuses, arithmetic, indices, timeouts.
    'res.status(404);',
    'if (response.status === 400) {}',
    'const next = err.code + 101;',
    'const item = list[101];',
    'setTimeout(retry, 101);',
    // Numbers that are not Parse codes.
    'if (err.code === 11000) {}',
    'if (err.code === 4242) {}',
    // Named constants.
    "import Parse from 'parse/node';\nif (err.code === Parse.Error.OBJECT_NOT_FOUND) {}",
    "import Parse from 'parse/node';\nthrow new Parse.Error(Parse.Error.SCRIPT_FAILED, 'x');",
    "import Parse from 'parse/node';\nconst NOT_FOUND = 101;\nthrow new Parse.Error(NOT_FOUND, 'x');",
    // Not an error code on the other side.
    'switch (status) {\n  case 101:\n}',
    'if ([101, 209].includes(status)) {}',
    'if (new Set([101]).has(status)) {}',
    'if ([101].some((c) => c === e.code)) {}',
    'expect(status).toBe(101);',
    'expect(list).toHaveLength(101);',
    'assert.equal(result.length, 101);',
    // `equal` that is not node's assert.
    'function equal(a, b) {\n  return a === b;\n}\nequal(error.code, -1);',
    // Not the SDK's error class.
    'throw new Error(101);',
    "throw new Foo.Error(101, 'x');",
    "class ParseError extends Error {}\nthrow new ParseError(101, 'x');",
    // Strings and bigints are not the number.
    "if (err.code === '101') {}",
    'if (err.code === 101n) {}',
    // Assignments that set no error's code.
    'err.code += 101;',
    'let code;\ncode = 101;',
    'err.status = 101;',
    // Success results: code 200 (HTTP's OK) with a message, neither thrown nor rejected.
    "function copy() {\n  return { code: 200, message: 'Tasks copied successfully.' };\n}",
    "res.status(200).json({ code: 200, message: 'OK' });",
    "const saved = { code: 200, message: 'Saved.' };",
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
      // yoda order
      code: `
import Parse from 'parse/node';
if (119 === err.code) {}
`,
      output: `
import Parse from 'parse/node';
if (Parse.Error.OPERATION_FORBIDDEN === err.code) {}
`,
      errors: [
        {
          column: 5,
          data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' },
          endColumn: 8,
          endLine: 3,
          line: 3,
          messageId: 'magicCode',
        },
      ],
    },
    {
      // optional chaining, !==
      code: `
import Parse from 'parse/node';
if (e?.code !== 209) {}
`,
      output: `
import Parse from 'parse/node';
if (e?.code !== Parse.Error.INVALID_SESSION_TOKEN) {}
`,
      errors: [
        {
          column: 17,
          data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
          endColumn: 20,
          endLine: 3,
          line: 3,
          messageId: 'magicCode',
        },
      ],
    },
    {
      // computed key, ==
      code: `
import Parse from 'parse/node';
if (e['code'] == 209) {}
`,
      output: `
import Parse from 'parse/node';
if (e['code'] == Parse.Error.INVALID_SESSION_TOKEN) {}
`,
      errors: [
        {
          column: 18,
          data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
          endColumn: 21,
          endLine: 3,
          line: 3,
          messageId: 'magicCode',
        },
      ],
    },
    {
      // nested member, !=
      code: `
import Parse from 'parse/node';
if (res.data.code != 142) {}
`,
      output: `
import Parse from 'parse/node';
if (res.data.code != Parse.Error.VALIDATION_ERROR) {}
`,
      errors: [
        {
          column: 22,
          data: { code: '142', meanings: 'Cloud Code validation failed', replacement: 'Parse.Error.VALIDATION_ERROR' },
          endColumn: 25,
          endLine: 3,
          line: 3,
          messageId: 'magicCode',
        },
      ],
    },
    {
      // array element member
      code: `
import Parse from 'parse/node';
if (e.errors[0].code === 137) {}
`,
      output: `
import Parse from 'parse/node';
if (e.errors[0].code === Parse.Error.DUPLICATE_VALUE) {}
`,
      errors: [
        {
          column: 26,
          data: { code: '137', meanings: 'duplicate value', replacement: 'Parse.Error.DUPLICATE_VALUE' },
          endColumn: 29,
          endLine: 3,
          line: 3,
          messageId: 'magicCode',
        },
      ],
    },
    {
      // destructured const
      code: `
import Parse from 'parse/node';
const { code } = err;
if (code === 202) {}
`,
      output: `
import Parse from 'parse/node';
const { code } = err;
if (code === Parse.Error.USERNAME_TAKEN) {}
`,
      errors: [
        {
          column: 14,
          data: { code: '202', meanings: 'username taken', replacement: 'Parse.Error.USERNAME_TAKEN' },
          endColumn: 17,
          endLine: 4,
          line: 4,
          messageId: 'magicCode',
        },
      ],
    },
    {
      // destructured catch
      code: `
import Parse from 'parse/node';
try { run(); } catch ({ code }) { if (code === 209) {} }
`,
      output: `
import Parse from 'parse/node';
try { run(); } catch ({ code }) { if (code === Parse.Error.INVALID_SESSION_TOKEN) {} }
`,
      errors: [
        {
          column: 48,
          data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
          endColumn: 51,
          endLine: 3,
          line: 3,
          messageId: 'magicCode',
        },
      ],
    },
    {
      // destructured with siblings
      code: `
import Parse from 'parse/node';
const { code, error } = JSON.parse(body);
if (code === 119) {}
`,
      output: `
import Parse from 'parse/node';
const { code, error } = JSON.parse(body);
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
      // renamed destructuring with default
      code: `
import Parse from 'parse/node';
const { code: errorCode = 0 } = err;
if (errorCode === 119) {}
`,
      output: `
import Parse from 'parse/node';
const { code: errorCode = 0 } = err;
if (errorCode === Parse.Error.OPERATION_FORBIDDEN) {}
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
      // destructured parameter
      code: `
import Parse from 'parse/node';
promise.catch(({ code }) => code === 209);
`,
      output: `
import Parse from 'parse/node';
promise.catch(({ code }) => code === Parse.Error.INVALID_SESSION_TOKEN);
`,
      errors: [
        {
          column: 38,
          data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
          endColumn: 41,
          endLine: 3,
          line: 3,
          messageId: 'magicCode',
        },
      ],
    },
    {
      // const copy of a .code member
      code: `
import Parse from 'parse/node';
const code = error.code;
if (code === 209) {}
`,
      output: `
import Parse from 'parse/node';
const code = error.code;
if (code === Parse.Error.INVALID_SESSION_TOKEN) {}
`,
      errors: [
        {
          column: 14,
          data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
          endColumn: 17,
          endLine: 4,
          line: 4,
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
      // Set has
      code: `
import Parse from 'parse/node';
if (new Set([119, 209]).has(e.code)) {}
`,
      output: `
import Parse from 'parse/node';
if (new Set([Parse.Error.OPERATION_FORBIDDEN, Parse.Error.INVALID_SESSION_TOKEN]).has(e.code)) {}
`,
      errors: [
        {
          column: 14,
          data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' },
          endColumn: 17,
          endLine: 3,
          line: 3,
          messageId: 'magicCode',
        },
        {
          column: 19,
          data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
          endColumn: 22,
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
      // jest matchers
      code: `
import Parse from 'parse/node';
expect(e.code).toBe(209);
expect(e.code).toEqual(119);
expect(e.code).toStrictEqual(142);
expect(e.code).not.toBe(202);
`,
      output: `
import Parse from 'parse/node';
expect(e.code).toBe(Parse.Error.INVALID_SESSION_TOKEN);
expect(e.code).toEqual(Parse.Error.OPERATION_FORBIDDEN);
expect(e.code).toStrictEqual(Parse.Error.VALIDATION_ERROR);
expect(e.code).not.toBe(Parse.Error.USERNAME_TAKEN);
`,
      errors: [
        {
          column: 21,
          data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
          endColumn: 24,
          endLine: 3,
          line: 3,
          messageId: 'magicCode',
        },
        {
          column: 24,
          data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' },
          endColumn: 27,
          endLine: 4,
          line: 4,
          messageId: 'magicCode',
        },
        {
          column: 30,
          data: { code: '142', meanings: 'Cloud Code validation failed', replacement: 'Parse.Error.VALIDATION_ERROR' },
          endColumn: 33,
          endLine: 5,
          line: 5,
          messageId: 'magicCode',
        },
        {
          column: 25,
          data: { code: '202', meanings: 'username taken', replacement: 'Parse.Error.USERNAME_TAKEN' },
          endColumn: 28,
          endLine: 6,
          line: 6,
          messageId: 'magicCode',
        },
      ],
    },
    {
      // chai
      code: `
import Parse from 'parse/node';
expect(x.code).to.equal(119);
expect(x.code).to.eq(209);
expect(x.code).to.eql(142);
expect(x.code).to.not.equal(202);
`,
      output: `
import Parse from 'parse/node';
expect(x.code).to.equal(Parse.Error.OPERATION_FORBIDDEN);
expect(x.code).to.eq(Parse.Error.INVALID_SESSION_TOKEN);
expect(x.code).to.eql(Parse.Error.VALIDATION_ERROR);
expect(x.code).to.not.equal(Parse.Error.USERNAME_TAKEN);
`,
      errors: [
        {
          column: 25,
          data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' },
          endColumn: 28,
          endLine: 3,
          line: 3,
          messageId: 'magicCode',
        },
        {
          column: 22,
          data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
          endColumn: 25,
          endLine: 4,
          line: 4,
          messageId: 'magicCode',
        },
        {
          column: 23,
          data: { code: '142', meanings: 'Cloud Code validation failed', replacement: 'Parse.Error.VALIDATION_ERROR' },
          endColumn: 26,
          endLine: 5,
          line: 5,
          messageId: 'magicCode',
        },
        {
          column: 29,
          data: { code: '202', meanings: 'username taken', replacement: 'Parse.Error.USERNAME_TAKEN' },
          endColumn: 32,
          endLine: 6,
          line: 6,
          messageId: 'magicCode',
        },
      ],
    },
    {
      // node assert
      code: `
import assert from 'node:assert';
import Parse from 'parse/node';
assert.equal(x.code, 119);
assert.strictEqual(209, x.code);
assert.deepEqual(x.code, 142);
`,
      output: `
import assert from 'node:assert';
import Parse from 'parse/node';
assert.equal(x.code, Parse.Error.OPERATION_FORBIDDEN);
assert.strictEqual(Parse.Error.INVALID_SESSION_TOKEN, x.code);
assert.deepEqual(x.code, Parse.Error.VALIDATION_ERROR);
`,
      errors: [
        {
          column: 22,
          data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' },
          endColumn: 25,
          endLine: 4,
          line: 4,
          messageId: 'magicCode',
        },
        {
          column: 20,
          data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
          endColumn: 23,
          endLine: 5,
          line: 5,
          messageId: 'magicCode',
        },
        {
          column: 26,
          data: { code: '142', meanings: 'Cloud Code validation failed', replacement: 'Parse.Error.VALIDATION_ERROR' },
          endColumn: 29,
          endLine: 6,
          line: 6,
          messageId: 'magicCode',
        },
      ],
    },
    {
      // bare imported assert
      code: `
import { equal } from 'node:assert/strict';
import Parse from 'parse/node';
equal(error.code, -1);
`,
      output: `
import { equal } from 'node:assert/strict';
import Parse from 'parse/node';
equal(error.code, Parse.Error.OTHER_CAUSE);
`,
      errors: [
        {
          column: 19,
          data: { code: '-1', meanings: 'other cause', replacement: 'Parse.Error.OTHER_CAUSE' },
          endColumn: 21,
          endLine: 4,
          line: 4,
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
      // TS as
      code: `
import Parse from 'parse/node';
if ((e as Parse.Error).code === 119) {}
`,
      output: `
import Parse from 'parse/node';
if ((e as Parse.Error).code === Parse.Error.OPERATION_FORBIDDEN) {}
`,
      errors: [
        {
          column: 33,
          data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' },
          endColumn: 36,
          endLine: 3,
          line: 3,
          messageId: 'magicCode',
        },
      ],
    },
    {
      // TS non-null
      code: `
import Parse from 'parse/node';
if (e.code! === 119) {}
`,
      output: `
import Parse from 'parse/node';
if (e.code! === Parse.Error.OPERATION_FORBIDDEN) {}
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
            meanings: 'object not found; invalid login parameters; third-party auth failed',
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
    {
      // a thrown or rejected code 200 is an error, not a success result
      code: `
import Parse from 'parse/node';
function check(reject, message) {
  if (!message) throw { code: 200, message: 'Username missing.' };
  reject({ code: 200, message });
  return Promise.reject({ code: 200, message });
}
`,
      output: `
import Parse from 'parse/node';
function check(reject, message) {
  if (!message) throw { code: Parse.Error.USERNAME_MISSING, message: 'Username missing.' };
  reject({ code: Parse.Error.USERNAME_MISSING, message });
  return Promise.reject({ code: Parse.Error.USERNAME_MISSING, message });
}
`,
      errors: [
        {
          column: 31,
          data: { code: '200', meanings: 'username missing', replacement: 'Parse.Error.USERNAME_MISSING' },
          endColumn: 34,
          endLine: 4,
          line: 4,
          messageId: 'magicCode',
        },
        {
          column: 18,
          data: { code: '200', meanings: 'username missing', replacement: 'Parse.Error.USERNAME_MISSING' },
          endColumn: 21,
          endLine: 5,
          line: 5,
          messageId: 'magicCode',
        },
        {
          column: 33,
          data: { code: '200', meanings: 'username missing', replacement: 'Parse.Error.USERNAME_MISSING' },
          endColumn: 36,
          endLine: 6,
          line: 6,
          messageId: 'magicCode',
        },
      ],
    },
    {
      // code 200 beside an error key, and a comparison, are errors
      code: `
import Parse from 'parse/node';
res.json({ code: 200, error: 'Username missing.' });
if (res.code === 200) {}
`,
      output: `
import Parse from 'parse/node';
res.json({ code: Parse.Error.USERNAME_MISSING, error: 'Username missing.' });
if (res.code === Parse.Error.USERNAME_MISSING) {}
`,
      errors: [
        {
          column: 18,
          data: { code: '200', meanings: 'username missing', replacement: 'Parse.Error.USERNAME_MISSING' },
          endColumn: 21,
          endLine: 3,
          line: 3,
          messageId: 'magicCode',
        },
        {
          column: 18,
          data: { code: '200', meanings: 'username missing', replacement: 'Parse.Error.USERNAME_MISSING' },
          endColumn: 21,
          endLine: 4,
          line: 4,
          messageId: 'magicCode',
        },
      ],
    },
  ],
});
