import * as espree from 'espree';

import rule from '../../src/rules/no-magic-numbers.js';
import { ruleTester } from '../rule-tester.js';

ruleTester.run('no-magic-numbers', rule, {
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
    // Options.
    {
      code: "import Parse from 'parse/node';\nif (e.code === 209) {}\nres.json({ code: 209, error: 'x' });",
      options: [{ allow: [209] }],
    },
    {
      code: 'expect(e.code).toBe(209);\nassert.equal(e.code, 101);',
      options: [{ assertions: false }],
    },
  ],
  invalid: [
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
        { column: 18, data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, endColumn: 21, endLine: 3, line: 3, messageId: 'magicCode' },
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
        { column: 5, data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, endColumn: 8, endLine: 3, line: 3, messageId: 'magicCode' },
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
        { column: 17, data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' }, endColumn: 20, endLine: 3, line: 3, messageId: 'magicCode' },
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
        { column: 18, data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' }, endColumn: 21, endLine: 3, line: 3, messageId: 'magicCode' },
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
        { column: 22, data: { code: '142', meanings: 'Cloud Code validation failed', replacement: 'Parse.Error.VALIDATION_ERROR' }, endColumn: 25, endLine: 3, line: 3, messageId: 'magicCode' },
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
        { column: 26, data: { code: '137', meanings: 'duplicate value', replacement: 'Parse.Error.DUPLICATE_VALUE' }, endColumn: 29, endLine: 3, line: 3, messageId: 'magicCode' },
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
        { column: 14, data: { code: '202', meanings: 'username taken', replacement: 'Parse.Error.USERNAME_TAKEN' }, endColumn: 17, endLine: 4, line: 4, messageId: 'magicCode' },
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
        { column: 48, data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' }, endColumn: 51, endLine: 3, line: 3, messageId: 'magicCode' },
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
        { column: 14, data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, endColumn: 17, endLine: 4, line: 4, messageId: 'magicCode' },
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
        { column: 19, data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, endColumn: 22, endLine: 4, line: 4, messageId: 'magicCode' },
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
        { column: 38, data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' }, endColumn: 41, endLine: 3, line: 3, messageId: 'magicCode' },
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
        { column: 14, data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' }, endColumn: 17, endLine: 4, line: 4, messageId: 'magicCode' },
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
        { column: 8, data: { code: '202', meanings: 'username taken', replacement: 'Parse.Error.USERNAME_TAKEN' }, endColumn: 11, endLine: 4, line: 4, messageId: 'magicCode' },
        { column: 8, data: { code: '203', meanings: 'email taken', replacement: 'Parse.Error.EMAIL_TAKEN' }, endColumn: 11, endLine: 6, line: 6, messageId: 'magicCode' },
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
        { column: 6, data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, endColumn: 9, endLine: 3, line: 3, messageId: 'magicCode' },
        { column: 11, data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' }, endColumn: 14, endLine: 3, line: 3, messageId: 'magicCode' },
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
        { column: 14, data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, endColumn: 17, endLine: 3, line: 3, messageId: 'magicCode' },
        { column: 19, data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' }, endColumn: 22, endLine: 3, line: 3, messageId: 'magicCode' },
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
        { column: 23, data: { code: '142', meanings: 'Cloud Code validation failed', replacement: 'Parse.Error.VALIDATION_ERROR' }, endColumn: 26, endLine: 3, line: 3, messageId: 'magicCode' },
      ],
    },
    {
      // SDK ParseError class
      code: `
import ParseError from './ParseError';
throw new ParseError(119, msg);
`,
      output: `
import ParseError from './ParseError';
throw new ParseError(ParseError.OPERATION_FORBIDDEN, msg);
`,
      errors: [
        { column: 22, data: { code: '119', meanings: 'operation forbidden', replacement: 'ParseError.OPERATION_FORBIDDEN' }, endColumn: 25, endLine: 3, line: 3, messageId: 'magicCode' },
      ],
    },
    {
      // require alias
      code: `
const P = require('parse/node');
throw new P.Error(119, 'x');
`,
      output: `
const P = require('parse/node');
throw new P.Error(P.Error.OPERATION_FORBIDDEN, 'x');
`,
      errors: [
        { column: 19, data: { code: '119', meanings: 'operation forbidden', replacement: 'P.Error.OPERATION_FORBIDDEN' }, endColumn: 22, endLine: 3, line: 3, messageId: 'magicCode' },
      ],
    },
    {
      // require(...).Parse
      code: `
const Parse = require('parse/node').Parse;
if (e.code === 119) {}
`,
      output: `
const Parse = require('parse/node').Parse;
if (e.code === Parse.Error.OPERATION_FORBIDDEN) {}
`,
      errors: [
        { column: 16, data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, endColumn: 19, endLine: 3, line: 3, messageId: 'magicCode' },
      ],
    },
    {
      // destructured require
      code: `
const { Parse } = require('parse/node');
if (e.code === 119) {}
`,
      output: `
const { Parse } = require('parse/node');
if (e.code === Parse.Error.OPERATION_FORBIDDEN) {}
`,
      errors: [
        { column: 16, data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, endColumn: 19, endLine: 3, line: 3, messageId: 'magicCode' },
      ],
    },
    {
      // named import
      code: `
import { Parse } from 'parse/node';
if (e.code === 119) {}
`,
      output: `
import { Parse } from 'parse/node';
if (e.code === Parse.Error.OPERATION_FORBIDDEN) {}
`,
      errors: [
        { column: 16, data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, endColumn: 19, endLine: 3, line: 3, messageId: 'magicCode' },
      ],
    },
    {
      // react-native import, alias of alias
      code: `
import Parse from 'parse/react-native';
const SDK = Parse;
function f() { if (e.code === 209) {} }
`,
      output: `
import Parse from 'parse/react-native';
const SDK = Parse;
function f() { if (e.code === Parse.Error.INVALID_SESSION_TOKEN) {} }
`,
      errors: [
        { column: 31, data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' }, endColumn: 34, endLine: 4, line: 4, messageId: 'magicCode' },
      ],
    },
    {
      // ParseError destructured from the SDK
      code: `
const { Error: ParseError } = require('parse');
if (e.code === 209) {}
`,
      output: `
const { Error: ParseError } = require('parse');
if (e.code === ParseError.INVALID_SESSION_TOKEN) {}
`,
      errors: [
        { column: 16, data: { code: '209', meanings: 'invalid session token', replacement: 'ParseError.INVALID_SESSION_TOKEN' }, endColumn: 19, endLine: 3, line: 3, messageId: 'magicCode' },
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
        { column: 17, data: { code: '142', meanings: 'Cloud Code validation failed', replacement: 'Parse.Error.VALIDATION_ERROR' }, endColumn: 20, endLine: 4, line: 4, messageId: 'magicCode' },
        { column: 38, data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' }, endColumn: 41, endLine: 6, line: 6, messageId: 'magicCode' },
        { column: 18, data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, endColumn: 21, endLine: 7, line: 7, messageId: 'magicCode' },
        { column: 25, data: { code: '123', meanings: 'invalid ACL', replacement: 'Parse.Error.INVALID_ACL' }, endColumn: 28, endLine: 8, line: 8, messageId: 'magicCode' },
        { column: 34, data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, endColumn: 37, endLine: 9, line: 9, messageId: 'magicCode' },
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
        { column: 21, data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' }, endColumn: 24, endLine: 3, line: 3, messageId: 'magicCode' },
        { column: 24, data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, endColumn: 27, endLine: 4, line: 4, messageId: 'magicCode' },
        { column: 30, data: { code: '142', meanings: 'Cloud Code validation failed', replacement: 'Parse.Error.VALIDATION_ERROR' }, endColumn: 33, endLine: 5, line: 5, messageId: 'magicCode' },
        { column: 25, data: { code: '202', meanings: 'username taken', replacement: 'Parse.Error.USERNAME_TAKEN' }, endColumn: 28, endLine: 6, line: 6, messageId: 'magicCode' },
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
        { column: 25, data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, endColumn: 28, endLine: 3, line: 3, messageId: 'magicCode' },
        { column: 22, data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' }, endColumn: 25, endLine: 4, line: 4, messageId: 'magicCode' },
        { column: 23, data: { code: '142', meanings: 'Cloud Code validation failed', replacement: 'Parse.Error.VALIDATION_ERROR' }, endColumn: 26, endLine: 5, line: 5, messageId: 'magicCode' },
        { column: 29, data: { code: '202', meanings: 'username taken', replacement: 'Parse.Error.USERNAME_TAKEN' }, endColumn: 32, endLine: 6, line: 6, messageId: 'magicCode' },
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
        { column: 22, data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, endColumn: 25, endLine: 4, line: 4, messageId: 'magicCode' },
        { column: 20, data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' }, endColumn: 23, endLine: 5, line: 5, messageId: 'magicCode' },
        { column: 26, data: { code: '142', meanings: 'Cloud Code validation failed', replacement: 'Parse.Error.VALIDATION_ERROR' }, endColumn: 29, endLine: 6, line: 6, messageId: 'magicCode' },
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
        { column: 19, data: { code: '-1', meanings: 'other cause', replacement: 'Parse.Error.OTHER_CAUSE' }, endColumn: 21, endLine: 4, line: 4, messageId: 'magicCode' },
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
        { column: 16, data: { code: '-1', meanings: 'other cause', replacement: 'Parse.Error.OTHER_CAUSE' }, endColumn: 18, endLine: 3, line: 3, messageId: 'magicCode' },
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
        { column: 17, data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, endColumn: 20, endLine: 3, line: 3, messageId: 'magicCode' },
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
        { column: 33, data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, endColumn: 36, endLine: 3, line: 3, messageId: 'magicCode' },
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
        { column: 17, data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, endColumn: 20, endLine: 3, line: 3, messageId: 'magicCode' },
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
        { column: 35, data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' }, endColumn: 38, endLine: 3, line: 3, messageId: 'magicCode' },
      ],
    },
    {
      // shadowed Parse: suggestion only
      code: `
import Parse from 'parse/node';
function f(Parse) {
  if (e.code === 119) {}
}
`,
      output: null,
      errors: [
        { column: 18, data: { code: '119', meanings: 'operation forbidden', constant: 'OPERATION_FORBIDDEN' }, endColumn: 21, endLine: 4, line: 4, messageId: 'magicCodeWithoutParse', suggestions: [{ data: { code: '119', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, messageId: 'replaceWithConstant', output: `
import Parse from 'parse/node';
function f(Parse) {
  if (e.code === Parse.Error.OPERATION_FORBIDDEN) {}
}
` }] },
      ],
    },
    {
      // Cloud Code global used elsewhere
      code: `
Parse.Cloud.define('f', () => {
  if (e.code === 119) {}
});
`,
      output: `
Parse.Cloud.define('f', () => {
  if (e.code === Parse.Error.OPERATION_FORBIDDEN) {}
});
`,
      errors: [
        { column: 18, data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, endColumn: 21, endLine: 3, line: 3, messageId: 'magicCode' },
      ],
    },
    {
      // configured global
      code: 'if (e.code === 119) {}',
      output: 'if (e.code === Parse.Error.OPERATION_FORBIDDEN) {}',
      languageOptions: {"globals":{"Parse":"readonly"}},
      errors: [
        { column: 16, data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, endColumn: 19, endLine: 1, line: 1, messageId: 'magicCode' },
      ],
    },
    {
      // global Parse only as a type
      code: `
function f(e: Parse.Error) {
  return e.code === 119;
}
`,
      output: null,
      errors: [
        { column: 21, data: { code: '119', meanings: 'operation forbidden', constant: 'OPERATION_FORBIDDEN' }, endColumn: 24, endLine: 3, line: 3, messageId: 'magicCodeWithoutParse', suggestions: [{ data: { code: '119', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, messageId: 'replaceWithConstant', output: `
function f(e: Parse.Error) {
  return e.code === Parse.Error.OPERATION_FORBIDDEN;
}
` }] },
      ],
    },
    {
      // binding declared after the site
      code: `
if (e.code === 119) {}
const Parse = require('parse/node');
`,
      output: null,
      errors: [
        { column: 16, data: { code: '119', meanings: 'operation forbidden', constant: 'OPERATION_FORBIDDEN' }, endColumn: 19, endLine: 2, line: 2, messageId: 'magicCodeWithoutParse', suggestions: [{ data: { code: '119', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, messageId: 'replaceWithConstant', output: `
if (e.code === Parse.Error.OPERATION_FORBIDDEN) {}
const Parse = require('parse/node');
` }] },
      ],
    },
    {
      // type-only import
      code: `
import type Parse from 'parse';
if (e.code === 119) {}
`,
      output: null,
      errors: [
        { column: 16, data: { code: '119', meanings: 'operation forbidden', constant: 'OPERATION_FORBIDDEN' }, endColumn: 19, endLine: 3, line: 3, messageId: 'magicCodeWithoutParse', suggestions: [{ data: { code: '119', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, messageId: 'replaceWithConstant', output: `
import type Parse from 'parse';
if (e.code === Parse.Error.OPERATION_FORBIDDEN) {}
` }] },
      ],
    },
    {
      // no binding at all
      code: 'if (e.code === 119) {}',
      output: null,
      errors: [
        { column: 16, data: { code: '119', meanings: 'operation forbidden', constant: 'OPERATION_FORBIDDEN' }, endColumn: 19, endLine: 1, line: 1, messageId: 'magicCodeWithoutParse', suggestions: [{ data: { code: '119', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, messageId: 'replaceWithConstant', output: 'if (e.code === Parse.Error.OPERATION_FORBIDDEN) {}' }] },
      ],
    },
    {
      // no SDK constant
      code: `
import Parse from 'parse/node';
if (e.code === 154) {}
`,
      output: null,
      errors: [
        { column: 16, data: { code: '154', meanings: 'inefficient query' }, endColumn: 19, endLine: 3, line: 3, messageId: 'magicCodeWithoutConstant' },
      ],
    },
    {
      // 143
      code: `
import Parse from 'parse/node';
if (e.code === 143) {}
`,
      output: null,
      errors: [
        { column: 16, data: { code: '143', meanings: 'webhook error; purchase receipt missing', constant: 'INVALID_IMAGE_DATA' }, endColumn: 19, endLine: 3, line: 3, messageId: 'magicCodeWithMisleadingConstant' },
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
        { column: 8, data: { code: '-1', meanings: 'other cause', replacement: 'Parse.Error.OTHER_CAUSE' }, endColumn: 10, endLine: 4, line: 4, messageId: 'magicCode' },
      ],
    },
    {
      // assertion with assertions:false still reports comparisons
      code: `
import Parse from 'parse/node';
expect(e.code).toBe(209);
if (e.code === 209) {}
`,
      output: `
import Parse from 'parse/node';
expect(e.code).toBe(209);
if (e.code === Parse.Error.INVALID_SESSION_TOKEN) {}
`,
      options: [{"assertions":false}],
      errors: [
        { column: 16, data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' }, endColumn: 19, endLine: 4, line: 4, messageId: 'magicCode' },
      ],
    },
    {
      // allow
      code: `
import Parse from 'parse/node';
if (e.code === 209 || e.code === 119) {}
`,
      output: `
import Parse from 'parse/node';
if (e.code === 209 || e.code === Parse.Error.OPERATION_FORBIDDEN) {}
`,
      options: [{"allow":[209]}],
      errors: [
        { column: 34, data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, endColumn: 37, endLine: 3, line: 3, messageId: 'magicCode' },
      ],
    },
    {
      // babel interop
      code: `
var _node = _interopRequireDefault(require('parse/node'));
throw new _node.default.Error(119, 'x');
`,
      output: null,
      errors: [
        { column: 31, data: { code: '119', meanings: 'operation forbidden', constant: 'OPERATION_FORBIDDEN' }, endColumn: 34, endLine: 3, line: 3, messageId: 'magicCodeWithoutParse', suggestions: [{ data: { code: '119', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, messageId: 'replaceWithConstant', output: `
var _node = _interopRequireDefault(require('parse/node'));
throw new _node.default.Error(Parse.Error.OPERATION_FORBIDDEN, 'x');
` }] },
      ],
    },
    {
      // namespace import
      code: `
import * as Parse from 'parse/node';
throw new Parse.Error(119, 'x');
`,
      output: null,
      errors: [
        { column: 23, data: { code: '119', meanings: 'operation forbidden', constant: 'OPERATION_FORBIDDEN' }, endColumn: 26, endLine: 3, line: 3, messageId: 'magicCodeWithoutParse', suggestions: [{ data: { code: '119', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, messageId: 'replaceWithConstant', output: `
import * as Parse from 'parse/node';
throw new Parse.Error(Parse.Error.OPERATION_FORBIDDEN, 'x');
` }] },
      ],
    },
    {
      // TS import equals
      code: `
import Parse = require('parse/node');
if (e.code === 119) {}
`,
      output: `
import Parse = require('parse/node');
if (e.code === Parse.Error.OPERATION_FORBIDDEN) {}
`,
      errors: [
        { column: 16, data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, endColumn: 19, endLine: 3, line: 3, messageId: 'magicCode' },
      ],
    },
    {
      // var require
      code: `
var Parse = require('parse/node');
if (e.code === 119) {}
`,
      output: `
var Parse = require('parse/node');
if (e.code === Parse.Error.OPERATION_FORBIDDEN) {}
`,
      errors: [
        { column: 16, data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, endColumn: 19, endLine: 3, line: 3, messageId: 'magicCode' },
      ],
    },
    {
      // reassigned binding
      code: `
let Parse = require('parse/node');
Parse = other;
if (e.code === 119) {}
`,
      output: null,
      errors: [
        { column: 16, data: { code: '119', meanings: 'operation forbidden', constant: 'OPERATION_FORBIDDEN' }, endColumn: 19, endLine: 4, line: 4, messageId: 'magicCodeWithoutParse', suggestions: [{ data: { code: '119', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, messageId: 'replaceWithConstant', output: `
let Parse = require('parse/node');
Parse = other;
if (e.code === Parse.Error.OPERATION_FORBIDDEN) {}
` }] },
      ],
    },
    {
      // an alias read before its target is initialized (hoisted var): suggestion only
      code: `
var P = Parse;
if (e.code === 119) {}
var Parse = require('parse/node');
`,
      output: null,
      errors: [
        { column: 16, data: { code: '119', meanings: 'operation forbidden', constant: 'OPERATION_FORBIDDEN' }, endColumn: 19, endLine: 3, line: 3, messageId: 'magicCodeWithoutParse', suggestions: [{ data: { code: '119', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, messageId: 'replaceWithConstant', output: `
var P = Parse;
if (e.code === Parse.Error.OPERATION_FORBIDDEN) {}
var Parse = require('parse/node');
` }] },
      ],
    },
    {
      // a var that a branch may leave undefined: suggestion only
      code: `
if (server) {
  var Parse = require('parse/node');
}
if (e.code === 119) {}
`,
      output: null,
      errors: [
        { column: 16, data: { code: '119', meanings: 'operation forbidden', constant: 'OPERATION_FORBIDDEN' }, endColumn: 19, endLine: 5, line: 5, messageId: 'magicCodeWithoutParse', suggestions: [{ data: { code: '119', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, messageId: 'replaceWithConstant', output: `
if (server) {
  var Parse = require('parse/node');
}
if (e.code === Parse.Error.OPERATION_FORBIDDEN) {}
` }] },
      ],
    },
    {
      // a var at the top of a function body is always initialized
      code: `
function check(e) {
  var Parse = require('parse/node');
  return e.code === 119;
}
`,
      output: `
function check(e) {
  var Parse = require('parse/node');
  return e.code === Parse.Error.OPERATION_FORBIDDEN;
}
`,
      errors: [
        { column: 21, data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, endColumn: 24, endLine: 4, line: 4, messageId: 'magicCode' },
      ],
    },
    {
      // a shared code is suggested, not fixed: 101 also answers a wrong password
      code: `
import Parse from 'parse/node';
if (err.code === 101) {}
`,
      output: null,
      errors: [
        { column: 18, data: { code: '101', meanings: 'object not found; invalid login parameters', replacement: 'Parse.Error.OBJECT_NOT_FOUND', constantMeaning: 'object not found' }, endColumn: 21, endLine: 3, line: 3, messageId: 'magicSharedCode', suggestions: [{ data: { code: '101', replacement: 'Parse.Error.OBJECT_NOT_FOUND' }, messageId: 'replaceWithConstant', output: `
import Parse from 'parse/node';
if (err.code === Parse.Error.OBJECT_NOT_FOUND) {}
` }] },
      ],
    },
    {
      // a shared code in a construction, without a Parse binding
      code: `
throw new ParseErrorLike(1);
export function fail(Parse) {
  throw new Parse.Error(141, 'Checkout failed.');
}
`,
      output: null,
      errors: [
        { column: 25, data: { code: '141', meanings: 'Cloud Code script failed; Cloud function not found; background job not found', replacement: 'Parse.Error.SCRIPT_FAILED', constantMeaning: 'Cloud Code script failed' }, endColumn: 28, endLine: 4, line: 4, messageId: 'magicSharedCode', suggestions: [{ data: { code: '141', replacement: 'Parse.Error.SCRIPT_FAILED' }, messageId: 'replaceWithConstant', output: `
throw new ParseErrorLike(1);
export function fail(Parse) {
  throw new Parse.Error(Parse.Error.SCRIPT_FAILED, 'Checkout failed.');
}
` }] },
      ],
    },
    {
      // a shared code through an alias
      code: `
const P = require('parse/node');
switch (e.code) {
  case 251:
}
`,
      output: null,
      errors: [
        { column: 8, data: { code: '251', meanings: 'invalid linked session; invalid auth data; bad anonymous id; bad Facebook token; bad Facebook id; wrong Facebook app id; Twitter verification failed; wrong Twitter id; wrong Twitter screen name; Twitter unreachable', replacement: 'P.Error.INVALID_LINKED_SESSION', constantMeaning: 'invalid linked session' }, endColumn: 11, endLine: 4, line: 4, messageId: 'magicSharedCode', suggestions: [{ data: { code: '251', replacement: 'P.Error.INVALID_LINKED_SESSION' }, messageId: 'replaceWithConstant', output: `
const P = require('parse/node');
switch (e.code) {
  case P.Error.INVALID_LINKED_SESSION:
}
` }] },
      ],
    },
    {
      // a comment inside the number: suggestion only, so that the comment is not lost
      code: `
import Parse from 'parse/node';
if (e.code === - /* unknown */ 1) {}
`,
      output: null,
      errors: [
        { column: 16, data: { code: '-1', meanings: 'other cause', replacement: 'Parse.Error.OTHER_CAUSE' }, endColumn: 33, endLine: 3, line: 3, messageId: 'magicCode', suggestions: [{ data: { code: '-1', replacement: 'Parse.Error.OTHER_CAUSE' }, messageId: 'replaceWithConstant', output: `
import Parse from 'parse/node';
if (e.code === Parse.Error.OTHER_CAUSE) {}
` }] },
      ],
    },

  ],
});

// JavaScript as ESLint parses it by default: scripts, CommonJS and JSX.
ruleTester.run('no-magic-numbers with espree', rule, {
  valid: [
    {
      code: "process.on('exit', (code) => code === 1);\nif (err.code === 11000) {}",
      languageOptions: { parser: espree, parserOptions: { sourceType: 'commonjs' } },
    },
  ],
  invalid: [
    {
      // Cloud Code script with the global Parse
      code: `
Parse.Cloud.define('f', async () => {
  try {
    await run();
  } catch ({ code }) {
    if (code === 209) throw new Parse.Error(209, 'Log in again.');
  }
});
`,
      output: `
Parse.Cloud.define('f', async () => {
  try {
    await run();
  } catch ({ code }) {
    if (code === Parse.Error.INVALID_SESSION_TOKEN) throw new Parse.Error(Parse.Error.INVALID_SESSION_TOKEN, 'Log in again.');
  }
});
`,
      languageOptions: { parser: espree, parserOptions: { sourceType: 'script' } },
      errors: [
        { column: 18, data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' }, endColumn: 21, endLine: 6, line: 6, messageId: 'magicCode' },
        { column: 45, data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' }, endColumn: 48, endLine: 6, line: 6, messageId: 'magicCode' },
      ],
    },
    {
      // CommonJS with require
      code: `
const Parse = require('parse/node');
module.exports = (e) => e.code === 119;
`,
      output: `
const Parse = require('parse/node');
module.exports = (e) => e.code === Parse.Error.OPERATION_FORBIDDEN;
`,
      languageOptions: { parser: espree, parserOptions: { sourceType: 'commonjs' } },
      errors: [
        { column: 36, data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' }, endColumn: 39, endLine: 3, line: 3, messageId: 'magicCode' },
      ],
    },
    {
      // JSX
      filename: 'view.jsx',
      code: `
import Parse from 'parse';
export const View = ({ e }) => <p>{e?.code === 209 ? 'Log in again' : null}</p>;
`,
      output: `
import Parse from 'parse';
export const View = ({ e }) => <p>{e?.code === Parse.Error.INVALID_SESSION_TOKEN ? 'Log in again' : null}</p>;
`,
      languageOptions: { parser: espree, parserOptions: { ecmaFeatures: { jsx: true } } },
      errors: [
        { column: 48, data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' }, endColumn: 51, endLine: 3, line: 3, messageId: 'magicCode' },
      ],
    },

  ],
});
