import * as espree from 'espree';
import Parse from 'parse/node';

import rule from '../../src/rules/no-unknown-constants.js';
import { ruleTester } from '../rule-tester.js';

const sdkStatics = Parse.Error as unknown as Readonly<Record<string, unknown>>;
/** Every numeric static of the installed SDK's `Parse.Error`, read once. */
const EVERY_SDK_CONSTANT = Object.getOwnPropertyNames(sdkStatics)
  .filter((name) => name !== 'length' && typeof sdkStatics[name] === 'number')
  .map((name) => `Parse.Error.${name};`)
  .join('\n');

const NO_CANDIDATE = 'unknownConstantWithoutCandidate';

ruleTester.run('no-unknown-constants', rule, {
  valid: [
    // Every constant the SDK has (61 in parse 8.6.2).
    EVERY_SDK_CONSTANT,
    `import P from 'parse';\nimport ParseError from './ParseError';\nP.Error.OBJECT_NOT_FOUND;\nParseError.INVALID_SESSION_TOKEN;`,
    // Members of the class that are no code constants.
    'Parse.Error.prototype;\nParse.Error.name;\nParse.Error.length;\nParse.Error.captureStackTrace(e);',
    'Parse.Error.MyHelper;\nParse.Error.ObjectNotFond;',
    // The app's own constant, assigned in this file: read after the assignment and before it.
    'function isMine(e) {\n  return e.code === Parse.Error.MY_APP_CODE;\n}\nParse.Error.MY_APP_CODE = 9001;',
    "import ParseError from './ParseError';\nParseError.MY_APP_CODE = 9001;\nthrow new Parse.Error(Parse.Error.MY_APP_CODE, 'x');",
    // Objects that are not the SDK's error class.
    'MyErrors.NOT_FOUND;\nFoo.Error.OBJECT_NOTFOUND;\nParse.Err.OBJECT_NOTFOUND;',
    // A local `Parse` that shadows the SDK.
    'function handle(Parse, e) {\n  return e.code === Parse.Error.OBJECT_NOTFOUND;\n}',
    'const Parse = { Error: { NOT_FOUND: 1 } };\nif (e.code === Parse.Error.NOT_FOUND) {}',
    "let Parse = require('parse/node');\nParse = makeFakeParse();\nParse.Error.NOT_FOUND;",
    'try {\n  run();\n} catch (Parse) {\n  Parse.Error.NOT_FOUND;\n}',
  ],
  invalid: [
    {
      // The undeclared global Parse, in a comparison
      code: 'if (err.code === Parse.Error.OBJECT_NOTFOUND) {}',
      errors: [
        {
          column: 18,
          data: { constant: 'Parse.Error.OBJECT_NOTFOUND', candidates: 'Parse.Error.OBJECT_NOT_FOUND (101)' },
          endColumn: 45,
          endLine: 1,
          line: 1,
          messageId: 'unknownConstant',
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { replacement: 'Parse.Error.OBJECT_NOT_FOUND', code: '101' },
              output: 'if (err.code === Parse.Error.OBJECT_NOT_FOUND) {}',
            },
          ],
        },
      ],
    },
    {
      // An alias: the suggestion writes the constant through it
      code: "import P from 'parse';\nif (e.code === P.Error.INVALID_SESION_TOKEN) logOut();",
      errors: [
        {
          column: 16,
          data: { constant: 'P.Error.INVALID_SESION_TOKEN', candidates: 'P.Error.INVALID_SESSION_TOKEN (209)' },
          endColumn: 44,
          endLine: 2,
          line: 2,
          messageId: 'unknownConstant',
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { replacement: 'P.Error.INVALID_SESSION_TOKEN', code: '209' },
              output: "import P from 'parse';\nif (e.code === P.Error.INVALID_SESSION_TOKEN) logOut();",
            },
          ],
        },
      ],
    },
    {
      // The SDK's own class, with a name that is close to nothing
      code: "import ParseError from './ParseError';\nthrow new ParseError(ParseError.USERNAME_EXISTS, 'Taken.');",
      errors: [
        {
          column: 22,
          data: { constant: 'ParseError.USERNAME_EXISTS' },
          endColumn: 48,
          endLine: 2,
          line: 2,
          messageId: NO_CANDIDATE,
        },
      ],
    },
    {
      // Documentation names: the constant the catalog gives each
      code: "import Parse from 'parse/node';\nParse.Error.UserEmailTaken;\nParse.Error.InvalidFieldName;\nParse.Error.ObjectNotFound;",
      errors: [
        {
          column: 1,
          data: { constant: 'Parse.Error.UserEmailTaken', candidates: 'Parse.Error.EMAIL_TAKEN (203)' },
          endColumn: 27,
          endLine: 2,
          line: 2,
          messageId: 'unknownConstant',
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { replacement: 'Parse.Error.EMAIL_TAKEN', code: '203' },
              output:
                "import Parse from 'parse/node';\nParse.Error.EMAIL_TAKEN;\nParse.Error.InvalidFieldName;\nParse.Error.ObjectNotFound;",
            },
          ],
        },
        {
          column: 1,
          data: { constant: 'Parse.Error.InvalidFieldName', candidates: 'Parse.Error.INVALID_KEY_NAME (105)' },
          endColumn: 29,
          endLine: 3,
          line: 3,
          messageId: 'unknownConstant',
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { replacement: 'Parse.Error.INVALID_KEY_NAME', code: '105' },
              output:
                "import Parse from 'parse/node';\nParse.Error.UserEmailTaken;\nParse.Error.INVALID_KEY_NAME;\nParse.Error.ObjectNotFound;",
            },
          ],
        },
        {
          column: 1,
          data: { constant: 'Parse.Error.ObjectNotFound', candidates: 'Parse.Error.OBJECT_NOT_FOUND (101)' },
          endColumn: 27,
          endLine: 4,
          line: 4,
          messageId: 'unknownConstant',
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { replacement: 'Parse.Error.OBJECT_NOT_FOUND', code: '101' },
              output:
                "import Parse from 'parse/node';\nParse.Error.UserEmailTaken;\nParse.Error.InvalidFieldName;\nParse.Error.OBJECT_NOT_FOUND;",
            },
          ],
        },
      ],
    },
    {
      // A documented error the SDK has no constant for
      code: 'if (e.code === Parse.Error.FunctionNotFound) {}',
      errors: [
        {
          column: 16,
          data: { constant: 'Parse.Error.FunctionNotFound' },
          endColumn: 44,
          endLine: 1,
          line: 1,
          messageId: NO_CANDIDATE,
        },
      ],
    },
    {
      // Three close constants, closest first and then alphabetical
      code: 'Parse.Error.INVALID_NAME;',
      errors: [
        {
          column: 1,
          data: {
            constant: 'Parse.Error.INVALID_NAME',
            candidates:
              'Parse.Error.INVALID_ACL (123), Parse.Error.INVALID_KEY_NAME (105), or Parse.Error.INVALID_VALUE (162)',
          },
          endColumn: 25,
          endLine: 1,
          line: 1,
          messageId: 'unknownConstant',
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { replacement: 'Parse.Error.INVALID_ACL', code: '123' },
              output: 'Parse.Error.INVALID_ACL;',
            },
            {
              messageId: 'replaceWithConstant',
              data: { replacement: 'Parse.Error.INVALID_KEY_NAME', code: '105' },
              output: 'Parse.Error.INVALID_KEY_NAME;',
            },
            {
              messageId: 'replaceWithConstant',
              data: { replacement: 'Parse.Error.INVALID_VALUE', code: '162' },
              output: 'Parse.Error.INVALID_VALUE;',
            },
          ],
        },
      ],
    },
    {
      // Computed and optional access keep their form
      code: "Parse.Error['OBJECT_NOTFOUND'];\nParse.Error[`TIMEOUTT`];\nParse.Error?.EMAIL_TAKN;",
      errors: [
        {
          column: 1,
          data: { constant: "Parse.Error['OBJECT_NOTFOUND']", candidates: "Parse.Error['OBJECT_NOT_FOUND'] (101)" },
          endColumn: 31,
          endLine: 1,
          line: 1,
          messageId: 'unknownConstant',
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { replacement: "Parse.Error['OBJECT_NOT_FOUND']", code: '101' },
              output: "Parse.Error['OBJECT_NOT_FOUND'];\nParse.Error[`TIMEOUTT`];\nParse.Error?.EMAIL_TAKN;",
            },
          ],
        },
        {
          column: 1,
          data: { constant: 'Parse.Error[`TIMEOUTT`]', candidates: 'Parse.Error[`TIMEOUT`] (124)' },
          endColumn: 24,
          endLine: 2,
          line: 2,
          messageId: 'unknownConstant',
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { replacement: 'Parse.Error[`TIMEOUT`]', code: '124' },
              output: "Parse.Error['OBJECT_NOTFOUND'];\nParse.Error[`TIMEOUT`];\nParse.Error?.EMAIL_TAKN;",
            },
          ],
        },
        {
          column: 1,
          data: { constant: 'Parse.Error?.EMAIL_TAKN', candidates: 'Parse.Error?.EMAIL_TAKEN (203)' },
          endColumn: 24,
          endLine: 3,
          line: 3,
          messageId: 'unknownConstant',
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { replacement: 'Parse.Error?.EMAIL_TAKEN', code: '203' },
              output: "Parse.Error['OBJECT_NOTFOUND'];\nParse.Error[`TIMEOUTT`];\nParse.Error?.EMAIL_TAKEN;",
            },
          ],
        },
      ],
    },
    {
      // The assignment defines its name only: a read of another unknown name is reported
      code: 'Parse.Error.MY_APP_CODE = 9001;\nif (e.code === Parse.Error.MY_APP_CODES) {}',
      errors: [
        {
          column: 16,
          data: { constant: 'Parse.Error.MY_APP_CODES' },
          endColumn: 40,
          endLine: 2,
          line: 2,
          messageId: NO_CANDIDATE,
        },
      ],
    },
    {
      // The SDK binding, in a function that does not shadow it
      code: "const Parse = require('parse/node');\nfunction isGone(e) {\n  return e.code === Parse.Error.NOT_FOUND;\n}",
      errors: [
        {
          column: 21,
          data: { constant: 'Parse.Error.NOT_FOUND' },
          endColumn: 42,
          endLine: 3,
          line: 3,
          messageId: NO_CANDIDATE,
        },
      ],
    },
  ],
});

// JavaScript as ESLint parses it by default: Cloud Code scripts and CommonJS build output.
ruleTester.run('no-unknown-constants with espree', rule, {
  valid: [
    {
      code: "const Parse = require('parse/node');\nParse.Error.OBJECT_NOT_FOUND;\nParse.Error.MY_CODE = 9001;\nParse.Error.MY_CODE;",
      languageOptions: { parser: espree, parserOptions: { sourceType: 'commonjs' } },
    },
  ],
  invalid: [
    {
      // Cloud Code with the configured global Parse (found in a Next.js + Parse Server boilerplate)
      code: "Parse.Cloud.beforeSave('Post', (request) => {\n  if (!request.master) throw new Parse.Error(Parse.Error.OperationForbidden, 'Only the server may save posts.');\n});",
      languageOptions: { globals: { Parse: 'readonly' }, parser: espree, parserOptions: { sourceType: 'script' } },
      errors: [
        {
          column: 46,
          data: { constant: 'Parse.Error.OperationForbidden', candidates: 'Parse.Error.OPERATION_FORBIDDEN (119)' },
          endColumn: 76,
          endLine: 2,
          line: 2,
          messageId: 'unknownConstant',
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { replacement: 'Parse.Error.OPERATION_FORBIDDEN', code: '119' },
              output:
                "Parse.Cloud.beforeSave('Post', (request) => {\n  if (!request.master) throw new Parse.Error(Parse.Error.OPERATION_FORBIDDEN, 'Only the server may save posts.');\n});",
            },
          ],
        },
      ],
    },
    {
      // Babel's interop output, as in parse-server 9.10.0's lib/middlewares.js
      code: "var _node = _interopRequireDefault(require('parse/node'));\nnext(new _node.default.Error(_node.default.Error.UNKNOWN_ERROR, 'Unknown error'));",
      languageOptions: { parser: espree, parserOptions: { sourceType: 'commonjs' } },
      errors: [
        {
          column: 30,
          data: { constant: '_node.default.Error.UNKNOWN_ERROR' },
          endColumn: 63,
          endLine: 2,
          line: 2,
          messageId: NO_CANDIDATE,
        },
      ],
    },
    {
      // Babel's interop output of the SDK's own class
      code: "var _ParseError = _interopRequireDefault(require('./ParseError'));\nif (e.code === _ParseError.default.OBJECT_NOTFOUND) {}",
      languageOptions: { parser: espree, parserOptions: { sourceType: 'commonjs' } },
      errors: [
        {
          column: 16,
          data: {
            constant: '_ParseError.default.OBJECT_NOTFOUND',
            candidates: '_ParseError.default.OBJECT_NOT_FOUND (101)',
          },
          endColumn: 51,
          endLine: 2,
          line: 2,
          messageId: 'unknownConstant',
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { replacement: '_ParseError.default.OBJECT_NOT_FOUND', code: '101' },
              output:
                "var _ParseError = _interopRequireDefault(require('./ParseError'));\nif (e.code === _ParseError.default.OBJECT_NOT_FOUND) {}",
            },
          ],
        },
      ],
    },
  ],
});
