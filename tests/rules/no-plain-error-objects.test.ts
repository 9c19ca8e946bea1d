import * as espree from 'espree';

import rule from '../../src/rules/no-plain-error-objects.js';
import { ruleTester } from '../rule-tester.js';

ruleTester.run('no-plain-error-objects', rule, {
  valid: [
    // afterSave of a class: Parse Server logs its errors, the save succeeds; the validator too
    // nested functions: the app may catch their rejections; helpers and other objects are no handlers;
    // a try block that catches; res.error without a response parameter; a bare Promise.reject, which is no exit
    "Parse.Cloud.afterSave('Order', () => { throw { code: 9001, message: 'x' }; });",
    "Parse.Cloud.afterSave(Parse.User, (request) => Promise.reject({ code: 9001, message: 'x' }));",
    "Parse.Cloud.define('f', () => { [1].forEach(() => { throw { code: 9001, message: 'x' }; }); });",
    "Parse.Cloud.define('f', async () => { await query.find().then(() => Promise.reject({ code: 9001, message: 'x' })); });",
    "function helper() { throw { code: 9001, message: 'x' }; }",
    "const handler = () => { throw { code: 9001, message: 'x' }; };",
    "Parse.Cloud.define('f', () => { try { throw { code: 9001, message: 'x' }; } catch (e) { log(e); } });",
    "Parse.Cloud.define('f', (req) => { res.error({ code: 9001, message: 'x' }); });",
    "Parse.Cloud.define('f', (req, res = response) => { res.error({ code: 9001, message: 'x' }); });",
    "Parse.Cloud.define('f', (req, res) => { req.error({ code: 9001, message: 'x' }); });",
    "Parse.Cloud.define('f', () => { Promise.reject({ code: 9001, message: 'x' }); });",
    "Parse.Cloud.define('f', () => { return { code: 200, message: 'ok' }; });",
    "Parse.Cloud.define('f', () => { throw new Parse.Error(9001, 'x'); });",
    "Parse.Cloud.define('f', () => { throw new Error('x'); });",
    // a plain Error without a code, an Error that is not the global one, a code given after the throw's object is gone
    "Parse.Cloud.define('f', () => { const error = new Error('x'); throw error; });",
    "const Error = Parse.Error;\nParse.Cloud.define('f', () => { const error = new Error(9001, 'x'); error.code = 9001; throw error; });",
    "Parse.Cloud.define('f', () => { let error = new Error('x'); error = wrap(error); error.code = 9001; throw error; });",
    "Parse.Cloud.afterSave('Order', () => { throw Object.assign(new Error('x'), { code: 9001 }); });",
    "Parse.Cloud.define('f', () => { throw Object.assign(new Error('x'), { retry: true }); });",
    "Parse.Cloud.define('f', () => { throw 'Out of stock'; });",
    "Parse.Cloud.define('f', () => { throw { message: 'x', status: 409 }; });",
    "Parse.Cloud.define('f', () => { throw error; });",
    "Parse.Cloud.beforeLogin(() => {}, () => { throw { code: 9001, message: 'x' }; });",
    "Foo.Cloud.define('f', () => { throw { code: 9001, message: 'x' }; });",
    `let later = () => { throw { code: 9001, message: 'x' }; };
Parse.Cloud.define('f', later);`,
    // res.error with one argument, a message or an error first, or outside an Express-style function
    "Parse.Cloud.define('f', (req, res) => { res.error('Out of stock'); });",
    "Parse.Cloud.define('f', (req, res) => { res.error(new Parse.Error(9001, 'x'), 'ignored'); });",
    "Parse.Cloud.define('f', (req, res) => { res.error(message, 9001); });",
    "Parse.Cloud.define('f', (req, res) => { res.error(code, 'x'); });",
    "Parse.Cloud.define('f', (req) => { response.error(9001, 'x'); });",
    "Parse.Cloud.job('j', (req, res) => { res.error(9001, 'x'); });",
    "app.get('/x', (req, res) => { res.error(404, 'x'); });",
  ],
  invalid: [
    {
      // define, throw: the suggestion keeps both values as written
      code: "Parse.Cloud.define('f', () => { throw { code: 9001, message: 'Out of stock' }; });",
      output: null,
      errors: [
        {
          column: 39,
          data: { defaultCode: '141 (SCRIPT_FAILED)' },
          endColumn: 78,
          endLine: 1,
          line: 1,
          messageId: 'plainErrorObject',
          suggestions: [
            {
              data: { replacement: "new Parse.Error(9001, 'Out of stock')" },
              messageId: 'useParseError',
              output: "Parse.Cloud.define('f', () => { throw new Parse.Error(9001, 'Out of stock'); });",
            },
          ],
        },
      ],
    },
    {
      // a trigger, returned rejection with `error`: the reject stays, the object becomes the Parse.Error
      code: "Parse.Cloud.beforeSave('Order', () => Promise.reject({ code: Parse.Error.OBJECT_NOT_FOUND, error: 'gone' }));",
      output: null,
      errors: [
        {
          column: 54,
          data: { defaultCode: '141 (SCRIPT_FAILED)' },
          endColumn: 107,
          endLine: 1,
          line: 1,
          messageId: 'plainErrorObject',
          suggestions: [
            {
              data: { replacement: "new Parse.Error(Parse.Error.OBJECT_NOT_FOUND, 'gone')" },
              messageId: 'useParseError',
              output:
                "Parse.Cloud.beforeSave('Order', () => Promise.reject(new Parse.Error(Parse.Error.OBJECT_NOT_FOUND, 'gone')));",
            },
          ],
        },
      ],
    },
    {
      // return Promise.reject in a block
      code: `Parse.Cloud.beforeDelete('Order', async (request) => {
  if (request.object.get('locked')) return Promise.reject({ code: 9003, message: 'Locked' });
});`,
      output: null,
      errors: [
        {
          column: 59,
          data: { defaultCode: '141 (SCRIPT_FAILED)' },
          endColumn: 92,
          endLine: 2,
          line: 2,
          messageId: 'plainErrorObject',
          suggestions: [
            {
              data: { replacement: "new Parse.Error(9003, 'Locked')" },
              messageId: 'useParseError',
              output: `Parse.Cloud.beforeDelete('Order', async (request) => {
  if (request.object.get('locked')) return Promise.reject(new Parse.Error(9003, 'Locked'));
});`,
            },
          ],
        },
      ],
    },
    {
      // Express-style define: res.error
      code: "Parse.Cloud.define('f', (req, res) => { res.error({ code: 9001, message: 'x' }); });",
      output: null,
      errors: [
        {
          column: 51,
          data: { defaultCode: '141 (SCRIPT_FAILED)' },
          endColumn: 79,
          endLine: 1,
          line: 1,
          messageId: 'plainErrorObject',
          suggestions: [
            {
              data: { replacement: "new Parse.Error(9001, 'x')" },
              messageId: 'useParseError',
              output: "Parse.Cloud.define('f', (req, res) => { res.error(new Parse.Error(9001, 'x')); });",
            },
          ],
        },
      ],
    },
    {
      // chained status
      code: "Parse.Cloud.define('f', (req, res) => { res.status(409).error({ code: 9001, message: 'x' }); });",
      output: null,
      errors: [
        {
          column: 63,
          data: { defaultCode: '141 (SCRIPT_FAILED)' },
          endColumn: 91,
          endLine: 1,
          line: 1,
          messageId: 'plainErrorObject',
          suggestions: [
            {
              data: { replacement: "new Parse.Error(9001, 'x')" },
              messageId: 'useParseError',
              output: "Parse.Cloud.define('f', (req, res) => { res.status(409).error(new Parse.Error(9001, 'x')); });",
            },
          ],
        },
      ],
    },
    {
      // chained header
      code: "Parse.Cloud.define('f', (req, res) => { res.header('X-A', 'b').error({ code: 9001, message: 'x' }); });",
      output: null,
      errors: [
        {
          column: 70,
          data: { defaultCode: '141 (SCRIPT_FAILED)' },
          endColumn: 98,
          endLine: 1,
          line: 1,
          messageId: 'plainErrorObject',
          suggestions: [
            {
              data: { replacement: "new Parse.Error(9001, 'x')" },
              messageId: 'useParseError',
              output:
                "Parse.Cloud.define('f', (req, res) => { res.header('X-A', 'b').error(new Parse.Error(9001, 'x')); });",
            },
          ],
        },
      ],
    },
    {
      // job: no code at all
      code: "Parse.Cloud.job('cleanUp', () => { throw { code: 9001, message: 'x' }; });",
      output: null,
      errors: [
        {
          column: 42,
          endColumn: 70,
          endLine: 1,
          line: 1,
          messageId: 'plainErrorObjectInJob',
          suggestions: [
            {
              data: { replacement: "new Parse.Error(9001, 'x')" },
              messageId: 'useParseError',
              output: "Parse.Cloud.job('cleanUp', () => { throw new Parse.Error(9001, 'x'); });",
            },
          ],
        },
      ],
    },
    {
      // define's validator: 142
      code: "Parse.Cloud.define('f', () => 1, () => { throw { code: 9001, message: 'x' }; });",
      output: null,
      errors: [
        {
          column: 48,
          data: { defaultCode: '142 (VALIDATION_ERROR)' },
          endColumn: 76,
          endLine: 1,
          line: 1,
          messageId: 'plainErrorObject',
          suggestions: [
            {
              data: { replacement: "new Parse.Error(9001, 'x')" },
              messageId: 'useParseError',
              output: "Parse.Cloud.define('f', () => 1, () => { throw new Parse.Error(9001, 'x'); });",
            },
          ],
        },
      ],
    },
    {
      // a trigger's validator: 142
      code: "Parse.Cloud.beforeSave('Order', () => {}, () => { throw { code: 9001, message: 'x' }; });",
      output: null,
      errors: [
        {
          column: 57,
          data: { defaultCode: '142 (VALIDATION_ERROR)' },
          endColumn: 85,
          endLine: 1,
          line: 1,
          messageId: 'plainErrorObject',
          suggestions: [
            {
              data: { replacement: "new Parse.Error(9001, 'x')" },
              messageId: 'useParseError',
              output: "Parse.Cloud.beforeSave('Order', () => {}, () => { throw new Parse.Error(9001, 'x'); });",
            },
          ],
        },
      ],
    },
    {
      // file triggers
      code: "Parse.Cloud.beforeSave(Parse.File, () => { throw { code: 9001, message: 'x' }; });",
      output: null,
      errors: [
        {
          column: 50,
          data: { defaultCode: '130 (FILE_SAVE_ERROR)' },
          endColumn: 78,
          endLine: 1,
          line: 1,
          messageId: 'plainErrorObject',
          suggestions: [
            {
              data: { replacement: "new Parse.Error(9001, 'x')" },
              messageId: 'useParseError',
              output: "Parse.Cloud.beforeSave(Parse.File, () => { throw new Parse.Error(9001, 'x'); });",
            },
          ],
        },
      ],
    },
    {
      // afterSave of Parse.File: the error reaches the client
      code: "Parse.Cloud.afterSave(Parse.File, () => { throw { code: 9001, message: 'x' }; });",
      output: null,
      errors: [
        {
          column: 49,
          data: { defaultCode: '130 (FILE_SAVE_ERROR)' },
          endColumn: 77,
          endLine: 1,
          line: 1,
          messageId: 'plainErrorObject',
          suggestions: [
            {
              data: { replacement: "new Parse.Error(9001, 'x')" },
              messageId: 'useParseError',
              output: "Parse.Cloud.afterSave(Parse.File, () => { throw new Parse.Error(9001, 'x'); });",
            },
          ],
        },
      ],
    },
    {
      code: "Parse.Cloud.beforeDelete(Parse.File, () => { throw { code: 9001, message: 'x' }; });",
      output: null,
      errors: [
        {
          column: 52,
          data: { defaultCode: '153 (FILE_DELETE_ERROR)' },
          endColumn: 80,
          endLine: 1,
          line: 1,
          messageId: 'plainErrorObject',
          suggestions: [
            {
              data: { replacement: "new Parse.Error(9001, 'x')" },
              messageId: 'useParseError',
              output: "Parse.Cloud.beforeDelete(Parse.File, () => { throw new Parse.Error(9001, 'x'); });",
            },
          ],
        },
      ],
    },
    {
      // the file triggers of parse-server before 7
      code: "Parse.Cloud.beforeSaveFile(() => { throw { code: 9001, message: 'x' }; });",
      output: null,
      errors: [
        {
          column: 42,
          data: { defaultCode: '130 (FILE_SAVE_ERROR)' },
          endColumn: 70,
          endLine: 1,
          line: 1,
          messageId: 'plainErrorObject',
          suggestions: [
            {
              data: { replacement: "new Parse.Error(9001, 'x')" },
              messageId: 'useParseError',
              output: "Parse.Cloud.beforeSaveFile(() => { throw new Parse.Error(9001, 'x'); });",
            },
          ],
        },
      ],
    },
    {
      // queries
      code: "Parse.Cloud.beforeFind('Order', () => { throw { code: 9001, message: 'x' }; });",
      output: null,
      errors: [
        {
          column: 47,
          data: { defaultCode: '141 (SCRIPT_FAILED)' },
          endColumn: 75,
          endLine: 1,
          line: 1,
          messageId: 'plainErrorObject',
          suggestions: [
            {
              data: { replacement: "new Parse.Error(9001, 'x')" },
              messageId: 'useParseError',
              output: "Parse.Cloud.beforeFind('Order', () => { throw new Parse.Error(9001, 'x'); });",
            },
          ],
        },
      ],
    },
    {
      code: "Parse.Cloud.afterFind('Order', () => { throw { code: 9001, message: 'x' }; });",
      output: null,
      errors: [
        {
          column: 46,
          data: { defaultCode: '141 (SCRIPT_FAILED)' },
          endColumn: 74,
          endLine: 1,
          line: 1,
          messageId: 'plainErrorObject',
          suggestions: [
            {
              data: { replacement: "new Parse.Error(9001, 'x')" },
              messageId: 'useParseError',
              output: "Parse.Cloud.afterFind('Order', () => { throw new Parse.Error(9001, 'x'); });",
            },
          ],
        },
      ],
    },
    {
      code: "Parse.Cloud.afterDelete('Order', () => { throw { code: 9001, message: 'x' }; });",
      output: null,
      errors: [
        {
          column: 48,
          data: { defaultCode: '141 (SCRIPT_FAILED)' },
          endColumn: 76,
          endLine: 1,
          line: 1,
          messageId: 'plainErrorObject',
          suggestions: [
            {
              data: { replacement: "new Parse.Error(9001, 'x')" },
              messageId: 'useParseError',
              output: "Parse.Cloud.afterDelete('Order', () => { throw new Parse.Error(9001, 'x'); });",
            },
          ],
        },
      ],
    },
    {
      // login hooks, with or without a class first; no message: no suggestion
      code: 'Parse.Cloud.beforeLogin(Parse.User, () => { throw { code: 9001 }; });',
      output: null,
      errors: [
        {
          column: 51,
          data: { defaultCode: '141 (SCRIPT_FAILED)' },
          endColumn: 65,
          endLine: 1,
          line: 1,
          messageId: 'plainErrorObject',
        },
      ],
    },
    {
      code: "Parse.Cloud.afterLogin(() => { throw { code: 9001, message: 'x' }; });",
      output: null,
      errors: [
        {
          column: 38,
          data: { defaultCode: '141 (SCRIPT_FAILED)' },
          endColumn: 66,
          endLine: 1,
          line: 1,
          messageId: 'plainErrorObject',
          suggestions: [
            {
              data: { replacement: "new Parse.Error(9001, 'x')" },
              messageId: 'useParseError',
              output: "Parse.Cloud.afterLogin(() => { throw new Parse.Error(9001, 'x'); });",
            },
          ],
        },
      ],
    },
    {
      code: "Parse.Cloud.afterLogout(() => { throw { code: 9001, message: 'x' }; });",
      output: null,
      errors: [
        {
          column: 39,
          data: { defaultCode: '141 (SCRIPT_FAILED)' },
          endColumn: 67,
          endLine: 1,
          line: 1,
          messageId: 'plainErrorObject',
          suggestions: [
            {
              data: { replacement: "new Parse.Error(9001, 'x')" },
              messageId: 'useParseError',
              output: "Parse.Cloud.afterLogout(() => { throw new Parse.Error(9001, 'x'); });",
            },
          ],
        },
      ],
    },
    {
      code: "Parse.Cloud.beforePasswordResetRequest(() => { throw { code: 9001, message: 'x' }; });",
      output: null,
      errors: [
        {
          column: 54,
          data: { defaultCode: '141 (SCRIPT_FAILED)' },
          endColumn: 82,
          endLine: 1,
          line: 1,
          messageId: 'plainErrorObject',
          suggestions: [
            {
              data: { replacement: "new Parse.Error(9001, 'x')" },
              messageId: 'useParseError',
              output: "Parse.Cloud.beforePasswordResetRequest(() => { throw new Parse.Error(9001, 'x'); });",
            },
          ],
        },
      ],
    },
    {
      // LiveQuery; a third key: no suggestion
      code: "Parse.Cloud.beforeConnect(() => { throw { code: 9001, message: 'x', status: 403 }; });",
      output: null,
      errors: [
        {
          column: 41,
          data: { defaultCode: '141 (SCRIPT_FAILED)' },
          endColumn: 82,
          endLine: 1,
          line: 1,
          messageId: 'plainErrorObject',
        },
      ],
    },
    {
      code: "Parse.Cloud.beforeSubscribe('Order', () => { throw { code: 9001, message: 'x' }; });",
      output: null,
      errors: [
        {
          column: 52,
          data: { defaultCode: '141 (SCRIPT_FAILED)' },
          endColumn: 80,
          endLine: 1,
          line: 1,
          messageId: 'plainErrorObject',
          suggestions: [
            {
              data: { replacement: "new Parse.Error(9001, 'x')" },
              messageId: 'useParseError',
              output: "Parse.Cloud.beforeSubscribe('Order', () => { throw new Parse.Error(9001, 'x'); });",
            },
          ],
        },
      ],
    },
    {
      // message first: both values free of side effects, so the suggestion may reorder them
      code: "Parse.Cloud.afterLiveQueryEvent('Order', () => { throw { message: 'x', code: 9001 }; });",
      output: null,
      errors: [
        {
          column: 56,
          data: { defaultCode: '141 (SCRIPT_FAILED)' },
          endColumn: 84,
          endLine: 1,
          line: 1,
          messageId: 'plainErrorObject',
          suggestions: [
            {
              data: { replacement: "new Parse.Error(9001, 'x')" },
              messageId: 'useParseError',
              output: "Parse.Cloud.afterLiveQueryEvent('Order', () => { throw new Parse.Error(9001, 'x'); });",
            },
          ],
        },
      ],
    },
    {
      // message first with a call: no suggestion
      code: "Parse.Cloud.define('f', () => { throw { message: format(), code: 9001 }; });",
      output: null,
      errors: [
        {
          column: 39,
          data: { defaultCode: '141 (SCRIPT_FAILED)' },
          endColumn: 72,
          endLine: 1,
          line: 1,
          messageId: 'plainErrorObject',
        },
      ],
    },
    {
      // shorthand properties
      code: "Parse.Cloud.define('f', () => { throw { code, message }; });",
      output: null,
      errors: [
        {
          column: 39,
          data: { defaultCode: '141 (SCRIPT_FAILED)' },
          endColumn: 56,
          endLine: 1,
          line: 1,
          messageId: 'plainErrorObject',
          suggestions: [
            {
              data: { replacement: 'new Parse.Error(code, message)' },
              messageId: 'useParseError',
              output: "Parse.Cloud.define('f', () => { throw new Parse.Error(code, message); });",
            },
          ],
        },
      ],
    },
    {
      // a comment between the properties: no suggestion, it would be lost
      code: "Parse.Cloud.define('f', () => { throw { code: 9001, /* why */ message: 'x' }; });",
      output: null,
      errors: [
        {
          column: 39,
          data: { defaultCode: '141 (SCRIPT_FAILED)' },
          endColumn: 77,
          endLine: 1,
          line: 1,
          messageId: 'plainErrorObject',
        },
      ],
    },
    {
      // a comment before a value: no suggestion either
      code: "Parse.Cloud.define('f', () => { throw { code: /* out of stock */ 9001, message: 'x' }; });",
      output: null,
      errors: [
        {
          column: 39,
          data: { defaultCode: '141 (SCRIPT_FAILED)' },
          endColumn: 86,
          endLine: 1,
          line: 1,
          messageId: 'plainErrorObject',
        },
      ],
    },
    {
      // a spread: no suggestion
      code: "Parse.Cloud.define('f', () => { throw { ...base, code: 9001 }; });",
      output: null,
      errors: [
        {
          column: 39,
          data: { defaultCode: '141 (SCRIPT_FAILED)' },
          endColumn: 62,
          endLine: 1,
          line: 1,
          messageId: 'plainErrorObject',
        },
      ],
    },
    {
      // handlers passed by name: a function declaration and a const arrow, declared before or after
      code: `function checkStock(request) {
  throw { code: 9001, message: 'Out of stock' };
}
Parse.Cloud.define('checkStock', checkStock);
Parse.Cloud.beforeSave('Order', reserve);
const reserve = async (request) => Promise.reject({ code: 9002, message: 'Reserved' });`,
      output: null,
      errors: [
        {
          column: 9,
          data: { defaultCode: '141 (SCRIPT_FAILED)' },
          endColumn: 48,
          endLine: 2,
          line: 2,
          messageId: 'plainErrorObject',
          suggestions: [
            {
              data: { replacement: "new Parse.Error(9001, 'Out of stock')" },
              messageId: 'useParseError',
              output: `function checkStock(request) {
  throw new Parse.Error(9001, 'Out of stock');
}
Parse.Cloud.define('checkStock', checkStock);
Parse.Cloud.beforeSave('Order', reserve);
const reserve = async (request) => Promise.reject({ code: 9002, message: 'Reserved' });`,
            },
          ],
        },
        {
          column: 51,
          data: { defaultCode: '141 (SCRIPT_FAILED)' },
          endColumn: 86,
          endLine: 6,
          line: 6,
          messageId: 'plainErrorObject',
          suggestions: [
            {
              data: { replacement: "new Parse.Error(9002, 'Reserved')" },
              messageId: 'useParseError',
              output: `function checkStock(request) {
  throw { code: 9001, message: 'Out of stock' };
}
Parse.Cloud.define('checkStock', checkStock);
Parse.Cloud.beforeSave('Order', reserve);
const reserve = async (request) => Promise.reject(new Parse.Error(9002, 'Reserved'));`,
            },
          ],
        },
      ],
    },
    {
      // a const function expression
      code: `const validate = function (request) { throw { code: 9001, message: 'x' }; };
Parse.Cloud.define('f', () => 1, validate);`,
      output: null,
      errors: [
        {
          column: 45,
          data: { defaultCode: '142 (VALIDATION_ERROR)' },
          endColumn: 73,
          endLine: 1,
          line: 1,
          messageId: 'plainErrorObject',
          suggestions: [
            {
              data: { replacement: "new Parse.Error(9001, 'x')" },
              messageId: 'useParseError',
              output: `const validate = function (request) { throw new Parse.Error(9001, 'x'); };
Parse.Cloud.define('f', () => 1, validate);`,
            },
          ],
        },
      ],
    },
    {
      // in a catch clause and in the finally of a try: direct exits
      code: `Parse.Cloud.define('f', async () => {
  try {
    await run();
  } catch (error) {
    throw { code: 9001, message: error.message };
  }
});`,
      output: null,
      errors: [
        {
          column: 11,
          data: { defaultCode: '141 (SCRIPT_FAILED)' },
          endColumn: 49,
          endLine: 5,
          line: 5,
          messageId: 'plainErrorObject',
          suggestions: [
            {
              data: { replacement: 'new Parse.Error(9001, error.message)' },
              messageId: 'useParseError',
              output: `Parse.Cloud.define('f', async () => {
  try {
    await run();
  } catch (error) {
    throw new Parse.Error(9001, error.message);
  }
});`,
            },
          ],
        },
      ],
    },
    {
      // the SDK imported under another name
      code: `import P from 'parse/node';
P.Cloud.define('f', () => { throw { code: 9001, message: 'x' }; });`,
      output: null,
      errors: [
        {
          column: 35,
          data: { defaultCode: '141 (SCRIPT_FAILED)' },
          endColumn: 63,
          endLine: 2,
          line: 2,
          messageId: 'plainErrorObject',
          suggestions: [
            {
              data: { replacement: "new P.Error(9001, 'x')" },
              messageId: 'useParseError',
              output: `import P from 'parse/node';
P.Cloud.define('f', () => { throw new P.Error(9001, 'x'); });`,
            },
          ],
        },
      ],
    },
    {
      // afterSave of Parse.Config: its errors reach the client
      code: `import { Parse as ParseSDK } from 'parse/node';
ParseSDK.Cloud.afterSave(ParseSDK.Config, () => { throw { code: 9001, message: 'x' }; });`,
      output: null,
      errors: [
        {
          column: 57,
          data: { defaultCode: '141 (SCRIPT_FAILED)' },
          endColumn: 85,
          endLine: 2,
          line: 2,
          messageId: 'plainErrorObject',
          suggestions: [
            {
              data: { replacement: "new ParseSDK.Error(9001, 'x')" },
              messageId: 'useParseError',
              output: `import { Parse as ParseSDK } from 'parse/node';
ParseSDK.Cloud.afterSave(ParseSDK.Config, () => { throw new ParseSDK.Error(9001, 'x'); });`,
            },
          ],
        },
      ],
    },
    {
      // a TypeScript handler
      code: `Parse.Cloud.define('f', async (request: Parse.Cloud.FunctionRequest): Promise<never> => {
  throw { code: 9001, message: 'x' } as const;
});
`,
      output: null,
      errors: [
        {
          column: 9,
          data: { defaultCode: '141 (SCRIPT_FAILED)' },
          endColumn: 37,
          endLine: 2,
          line: 2,
          messageId: 'plainErrorObject',
          suggestions: [
            {
              data: { replacement: "new Parse.Error(9001, 'x')" },
              messageId: 'useParseError',
              output: `Parse.Cloud.define('f', async (request: Parse.Cloud.FunctionRequest): Promise<never> => {
  throw new Parse.Error(9001, 'x');
});
`,
            },
          ],
        },
      ],
    },

    {
      // a type assertion on the object: the suggestion replaces it too
      code: `Parse.Cloud.define('f', async (request: Parse.Cloud.FunctionRequest): Promise<never> => {
  throw { code: 9001, message: 'x' } as const;
});`,
      output: null,
      errors: [
        {
          column: 9,
          data: { defaultCode: '141 (SCRIPT_FAILED)' },
          endColumn: 37,
          endLine: 2,
          line: 2,
          messageId: 'plainErrorObject',
          suggestions: [
            {
              data: { replacement: "new Parse.Error(9001, 'x')" },
              messageId: 'useParseError',
              output: `Parse.Cloud.define('f', async (request: Parse.Cloud.FunctionRequest): Promise<never> => {
  throw new Parse.Error(9001, 'x');
});`,
            },
          ],
        },
      ],
    },
    {
      // a plain Error given a code, thrown from a Cloud function
      code: `Parse.Cloud.define('checkout', async () => {
  const error = new Error('Out of stock');
  error.code = 4001;
  throw error;
});
`,
      output: null,
      errors: [
        {
          messageId: 'plainErrorWithCode',
          data: { defaultCode: '141 (SCRIPT_FAILED)' },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 14,
        },
      ],
    },

    {
      // Object.assign onto a new Error, with a suggestion when it is that alone; a rejection; a validator
      code: `import Parse from 'parse/node';
Parse.Cloud.beforeSave('Order', () => {
  throw Object.assign(new Error('Out of stock'), { code: 9001 });
});
Parse.Cloud.define('pay', (request) => {
  const err = new Error('Payment required');
  err.status = 402;
  err.code = 9002;
  return Promise.reject(err);
}, () => {
  throw Object.assign(new Error('Bad input'), { code: 9003, field: 'amount' });
});
`,
      output: null,
      errors: [
        {
          messageId: 'plainErrorWithCode',
          data: { defaultCode: '141 (SCRIPT_FAILED)' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 65,
          suggestions: [
            {
              messageId: 'useParseError',
              data: { replacement: "new Parse.Error(9001, 'Out of stock')" },
              output: `import Parse from 'parse/node';
Parse.Cloud.beforeSave('Order', () => {
  throw new Parse.Error(9001, 'Out of stock');
});
Parse.Cloud.define('pay', (request) => {
  const err = new Error('Payment required');
  err.status = 402;
  err.code = 9002;
  return Promise.reject(err);
}, () => {
  throw Object.assign(new Error('Bad input'), { code: 9003, field: 'amount' });
});
`,
            },
          ],
        },
        {
          messageId: 'plainErrorWithCode',
          data: { defaultCode: '141 (SCRIPT_FAILED)' },
          line: 9,
          column: 25,
          endLine: 9,
          endColumn: 28,
        },
        {
          messageId: 'plainErrorWithCode',
          data: { defaultCode: '142 (VALIDATION_ERROR)' },
          line: 11,
          column: 9,
          endLine: 11,
          endColumn: 79,
        },
      ],
    },

    {
      // res.error of an Express-style function; a job keeps no code of any error
      code: `Parse.Cloud.define('f', (req, res) => {
  const error = new Error('Not allowed');
  error.code = 9001;
  res.error(error);
});
Parse.Cloud.job('sync', () => {
  throw Object.assign(new Error('Failed'), { code: 9001 });
});
`,
      output: null,
      errors: [
        {
          messageId: 'plainErrorWithCode',
          data: { defaultCode: '141 (SCRIPT_FAILED)' },
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 18,
        },
      ],
    },
  ],
});

// JavaScript as ESLint parses it by default: Cloud Code scripts and CommonJS.
ruleTester.run('no-plain-error-objects with espree', rule, {
  valid: [],
  invalid: [
    {
      // a Cloud Code script with the global Parse
      code: `
Parse.Cloud.define('reserve', function (request) {
  throw { code: 9001, message: 'Out of stock' };
});
`,
      output: null,
      languageOptions: { parser: espree, parserOptions: { sourceType: 'script' } },
      errors: [
        {
          column: 9,
          data: { defaultCode: '141 (SCRIPT_FAILED)' },
          endColumn: 48,
          endLine: 3,
          line: 3,
          messageId: 'plainErrorObject',
          suggestions: [
            {
              data: { replacement: "new Parse.Error(9001, 'Out of stock')" },
              messageId: 'useParseError',
              output: `
Parse.Cloud.define('reserve', function (request) {
  throw new Parse.Error(9001, 'Out of stock');
});
`,
            },
          ],
        },
      ],
    },
    {
      // a module that gets Parse as a parameter: reported, but no binding of the SDK to write the class with
      code: `
module.exports = (Parse) => {
  Parse.Cloud.define('reserve', () => {
    throw { code: 9001, message: 'Out of stock' };
  });
};
`,
      output: null,
      languageOptions: { parser: espree, parserOptions: { sourceType: 'commonjs' } },
      errors: [
        {
          column: 11,
          data: { defaultCode: '141 (SCRIPT_FAILED)' },
          endColumn: 50,
          endLine: 4,
          line: 4,
          messageId: 'plainErrorObject',
        },
      ],
    },
    {
      // res.error(code, message) in an Express-style Cloud function: the code becomes the message
      code: "Parse.Cloud.define('f', (req, res) => { res.error(9001, 'Out of stock'); });",
      output: null,
      errors: [
        {
          column: 51,
          data: { code: '9001' },
          endColumn: 55,
          endLine: 1,
          line: 1,
          messageId: 'responseErrorWithCode',
          suggestions: [
            {
              data: { replacement: "new Parse.Error(9001, 'Out of stock')" },
              messageId: 'wrapInParseError',
              output: "Parse.Cloud.define('f', (req, res) => { res.error(new Parse.Error(9001, 'Out of stock')); });",
            },
          ],
        },
      ],
    },
    {
      // a constant, after res.status(…), through an alias of the SDK
      code: `const P = require('parse/node');
P.Cloud.define('f', async (req, res) => {
  res.status(403).error(P.Error.OPERATION_FORBIDDEN, 'Not yours');
});`,
      output: null,
      errors: [
        {
          column: 25,
          data: { code: '119' },
          endColumn: 52,
          endLine: 3,
          line: 3,
          messageId: 'responseErrorWithCode',
          suggestions: [
            {
              data: { replacement: "new P.Error(P.Error.OPERATION_FORBIDDEN, 'Not yours')" },
              messageId: 'wrapInParseError',
              output: `const P = require('parse/node');
P.Cloud.define('f', async (req, res) => {
  res.status(403).error(new P.Error(P.Error.OPERATION_FORBIDDEN, 'Not yours'));
});`,
            },
          ],
        },
      ],
    },
    {
      // a const code, and a third argument or a comment between them: reported, no suggestion
      code: `const OUT_OF_STOCK = 9001;
Parse.Cloud.define('f', (req, res) => {
  res.error(OUT_OF_STOCK, 'x', extra);
  res.error(-1 /* other */, 'x');
});`,
      output: null,
      errors: [
        {
          column: 13,
          data: { code: '9001' },
          endColumn: 25,
          endLine: 3,
          line: 3,
          messageId: 'responseErrorWithCode',
          suggestions: [],
        },
        {
          column: 13,
          data: { code: '-1' },
          endColumn: 15,
          endLine: 4,
          line: 4,
          messageId: 'responseErrorWithCode',
          suggestions: [],
        },
      ],
    },
    {
      // `throw{…}` with no space: the suggestion keeps `throw` apart from `new`
      code: "Parse.Cloud.define('f', () => { throw{code:9001,error:'x'} });",
      output: null,
      errors: [
        {
          column: 38,
          data: { defaultCode: '141 (SCRIPT_FAILED)' },
          endColumn: 59,
          endLine: 1,
          line: 1,
          messageId: 'plainErrorObject',
          suggestions: [
            {
              data: { replacement: "new Parse.Error(9001, 'x')" },
              messageId: 'useParseError',
              output: "Parse.Cloud.define('f', () => { throw new Parse.Error(9001, 'x') });",
            },
          ],
        },
      ],
    },
  ],
});
