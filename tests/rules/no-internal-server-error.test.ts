import rule from '../../src/rules/no-internal-server-error.js';
import { ruleTester } from '../rule-tester.js';

/** The three suggestions, each replacing the code `written` at `line`:`column` of `code`. */
function suggestions(code: string, written: string, line: number, column: number, errorClass = 'Parse.Error') {
  const lines = code.split('\n');
  const start = lines.slice(0, line - 1).join('\n').length + (line > 1 ? 1 : 0) + column - 1;
  if (code.slice(start, start + written.length) !== written) throw new Error(`${written} is not at ${line}:${column}`);
  return [
    ['OPERATION_FORBIDDEN', 'the user may not do this'],
    ['INVALID_VALUE', 'a parameter is missing or wrong'],
    ['SCRIPT_FAILED', 'the Cloud Code failed'],
  ].map(([constant, meaning]) => ({
    messageId: 'useConstant' as const,
    data: { replacement: `${errorClass}.${constant}`, meaning },
    output: `${code.slice(0, start)}${errorClass}.${constant}${code.slice(start + written.length)}`,
  }));
}

function invalid(code: string, written: string, line: number, column: number, errorClass?: string) {
  return {
    code,
    output: null,
    errors: [
      {
        messageId: 'internalServerError' as const,
        line,
        column,
        endLine: line,
        endColumn: column + written.length,
        suggestions: suggestions(code, written, line, column, errorClass),
      },
    ],
  };
}

const DEFINE_THROW_NUMBER = "Parse.Cloud.define('pay', () => { throw new Parse.Error(1, 'Not authorized'); });";
const DEFINE_THROW_CONSTANT =
  "Parse.Cloud.define('pay', async () => { throw new Parse.Error(Parse.Error.INTERNAL_SERVER_ERROR, 'x'); });";
const TRIGGER_REJECT = "Parse.Cloud.beforeSave('Order', () => Promise.reject(new Parse.Error(1, 'Missing item')));";
const RESPONSE_ERROR = "Parse.Cloud.define('pay', (req, res) => { res.status(403).error(new Parse.Error(1, 'x')); });";
const VALIDATOR = "Parse.Cloud.define('pay', () => 1, () => { throw new Parse.Error(1, 'x'); });";
const FILE_TRIGGER = "Parse.Cloud.beforeSave(Parse.File, () => { throw new Parse.Error(1, 'x'); });";
const LOGIN = "Parse.Cloud.beforeLogin(() => { throw new Parse.Error(1, 'Banned'); });";
const ALIAS = `const P = require('parse/node');
P.Cloud.define('pay', () => { throw new P.Error(P.Error.INTERNAL_SERVER_ERROR, 'x'); });`;
const HELPER = `function requireUser(request) {
  if (!request.user) throw new Parse.Error(1, 'Not authorized');
}
Parse.Cloud.define('pay', (request) => {
  requireUser(request);
  return charge(request);
});`;
const ASYNC_HELPER_AWAITED = `const check = async () => {
  throw new Parse.Error(1, 'x');
};
Parse.Cloud.define('pay', async () => {
  await check();
});`;
const REJECTING_HELPER_RETURNED = `function fail() {
  return Promise.reject(new Parse.Error(1, 'x'));
}
Parse.Cloud.beforeDelete('Order', () => fail());`;
const TWO_LEVELS = `function inner() { throw new Parse.Error(1, 'x'); }
async function outer() { inner(); }
Parse.Cloud.define('pay', async () => { await outer(); });`;
const RECURSIVE = `function walk(n) { if (n > 9) throw new Parse.Error(1, 'deep'); walk(n + 1); }
Parse.Cloud.define('walk', () => walk(0));`;
const HELPER_TWO_HANDLERS = `function deny() { throw new Parse.Error(1, 'x'); }
Parse.Cloud.define('a', () => deny());
Parse.Cloud.define('b', () => deny());`;
const HANDLER_BY_NAME = `async function pay() { throw new Parse.Error(1, 'x'); }
Parse.Cloud.define('pay', pay);`;

ruleTester.run('no-internal-server-error', rule, {
  valid: [
    // other codes
    "Parse.Cloud.define('pay', () => { throw new Parse.Error(Parse.Error.OPERATION_FORBIDDEN, 'Not authorized'); });",
    "Parse.Cloud.define('pay', () => { throw new Parse.Error(9001, 'x'); });",
    // outside handlers: adapters and helpers nobody registers (Parse's docs tell components to use 1)
    "throw new Parse.Error(1, 'adapter failed');",
    "class MyAdapter { createFile() { throw new Parse.Error(Parse.Error.INTERNAL_SERVER_ERROR, 'x'); } }",
    "function helper() { throw new Parse.Error(1, 'x'); }",
    // hooks whose errors answer no HTTP request: a job, LiveQuery, afterSave of a class
    "Parse.Cloud.job('j', () => { throw new Parse.Error(1, 'x'); });",
    "Parse.Cloud.beforeConnect(() => { throw new Parse.Error(1, 'x'); });",
    "Parse.Cloud.beforeSubscribe('Order', () => { throw new Parse.Error(1, 'x'); });",
    "Parse.Cloud.afterLiveQueryEvent('Order', () => { throw new Parse.Error(1, 'x'); });",
    "Parse.Cloud.afterSave('Order', () => { throw new Parse.Error(1, 'x'); });",
    // caught inside the handler; in a callback; a bare Promise.reject; built, not thrown
    "Parse.Cloud.define('pay', () => { try { throw new Parse.Error(1, 'x'); } catch (e) { log(e); } });",
    "Parse.Cloud.define('pay', () => { items.forEach(() => { throw new Parse.Error(1, 'x'); }); });",
    "Parse.Cloud.define('pay', () => { Promise.reject(new Parse.Error(1, 'x')); });",
    "Parse.Cloud.define('pay', () => { log(new Parse.Error(1, 'x')); });",
    // a helper called in a try that catches, from a callback, or an async helper whose promise nobody awaits
    `function deny() { throw new Parse.Error(1, 'x'); }
Parse.Cloud.define('pay', () => { try { deny(); } catch (e) { return 0; } });`,
    `function deny() { throw new Parse.Error(1, 'x'); }
Parse.Cloud.define('pay', () => { items.map(() => deny()); });`,
    `async function deny() { throw new Parse.Error(1, 'x'); }
Parse.Cloud.define('pay', () => { deny(); });`,
    `function fail() { return Promise.reject(new Parse.Error(1, 'x')); }
Parse.Cloud.define('pay', () => { fail(); });`,
    // a method, or a helper of another file, is not followed
    "Parse.Cloud.define('pay', () => { utils.deny(); });",
    // res.error of a handler without a response parameter
    "Parse.Cloud.define('pay', (req) => { res.error(new Parse.Error(1, 'x')); });",
  ],
  invalid: [
    invalid(DEFINE_THROW_NUMBER, '1', 1, 57),
    invalid(DEFINE_THROW_CONSTANT, 'Parse.Error.INTERNAL_SERVER_ERROR', 1, 63),
    invalid(TRIGGER_REJECT, '1', 1, 70),
    invalid(RESPONSE_ERROR, '1', 1, 81),
    invalid(VALIDATOR, '1', 1, 66),
    invalid(FILE_TRIGGER, '1', 1, 66),
    invalid(LOGIN, '1', 1, 55),
    invalid(ALIAS, 'P.Error.INTERNAL_SERVER_ERROR', 2, 49, 'P.Error'),
    invalid(HELPER, '1', 2, 44),
    invalid(ASYNC_HELPER_AWAITED, '1', 2, 25),
    invalid(REJECTING_HELPER_RETURNED, '1', 2, 41),
    invalid(TWO_LEVELS, '1', 1, 42),
    invalid(RECURSIVE, '1', 1, 53),
    invalid(HELPER_TWO_HANDLERS, '1', 1, 41),
    invalid(HANDLER_BY_NAME, '1', 1, 46),
  ],
});
