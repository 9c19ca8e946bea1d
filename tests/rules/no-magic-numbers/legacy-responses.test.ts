// `response.error(code, message)` of Cloud Code's `(request, response)` API (parse-server 2.x): the
// first argument is the code of the Parse.Error it builds.
import rule from '../../../src/rules/no-magic-numbers.js';
import { ruleTester } from '../../rule-tester.js';

ruleTester.run('no-magic-numbers legacy responses', rule, {
  valid: [
    // One argument is the message; an Express route's res is no Cloud Code response.
    "Parse.Cloud.define('f', (request, response) => response.error(209));",
    "app.get('/orders', (req, res) => res.error(209, 'Not logged in'));",
    // Hooks that never had a response: a job's status, afterSave.
    "Parse.Cloud.job('sync', (request, status) => status.error(209, 'x'));",
    "Parse.Cloud.afterSave('Order', (request, response) => response.error(209, 'x'));",
    // The response passed to a function the file does not declare, or not passed at all.
    "Parse.Cloud.define('f', (request, response) => helpers.fail(response));\nfunction fail(reply) { reply.error(209, 'x'); }",
    "Parse.Cloud.define('f', (request, response) => { response.success(209); });",
  ],
  invalid: [
    {
      // in the handler, and where the response is passed on by name; a constant is no report
      code: `Parse.Cloud.define('hello', function (request, response) {
  if (!request.user) return response.error(209, 'Not logged in');
  response.error('Failed');
  fail(response);
});
Parse.Cloud.beforeSave('Order', (request, res) => {
  res.error(141, 'Invalid order');
});
function fail(reply) {
  reply.error(Parse.Error.OBJECT_NOT_FOUND, 'Not found');
  reply.error(119, 'Forbidden');
}
`,
      output: `Parse.Cloud.define('hello', function (request, response) {
  if (!request.user) return response.error(Parse.Error.INVALID_SESSION_TOKEN, 'Not logged in');
  response.error('Failed');
  fail(response);
});
Parse.Cloud.beforeSave('Order', (request, res) => {
  res.error(Parse.Error.SCRIPT_FAILED, 'Invalid order');
});
function fail(reply) {
  reply.error(Parse.Error.OBJECT_NOT_FOUND, 'Not found');
  reply.error(Parse.Error.OPERATION_FORBIDDEN, 'Forbidden');
}
`,
      errors: [
        {
          messageId: 'magicCode',
          data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
          line: 2,
          column: 44,
          endLine: 2,
          endColumn: 47,
        },
        {
          messageId: 'magicSharedCode',
          data: {
            code: '141',
            meanings: 'Cloud Code script failed and 3 more',
            replacement: 'Parse.Error.SCRIPT_FAILED',
            every: 'all of them',
          },
          line: 7,
          column: 13,
          endLine: 7,
          endColumn: 16,
        },
        {
          messageId: 'magicCode',
          data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' },
          line: 11,
          column: 15,
          endLine: 11,
          endColumn: 18,
        },
      ],
    },
  ],
});
