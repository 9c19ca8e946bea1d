// End to end through the rule: the binding a fix writes, or the message without one. Every binding
// form the resolver knows is in tests/utils/sdk/parse-reference.test.ts.
import rule from '../../../src/rules/no-magic-numbers.js';
import { ruleTester } from '../../rule-tester.js';

ruleTester.run('no-magic-numbers bindings', rule, {
  valid: [],
  invalid: [
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
        {
          column: 22,
          data: { code: '119', meanings: 'operation forbidden', replacement: 'ParseError.OPERATION_FORBIDDEN' },
          endColumn: 25,
          endLine: 3,
          line: 3,
          messageId: 'magicCode',
        },
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
        {
          column: 19,
          data: { code: '119', meanings: 'operation forbidden', replacement: 'P.Error.OPERATION_FORBIDDEN' },
          endColumn: 22,
          endLine: 3,
          line: 3,
          messageId: 'magicCode',
        },
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
      // configured global
      code: 'if (e.code === 119) {}',
      output: 'if (e.code === Parse.Error.OPERATION_FORBIDDEN) {}',
      languageOptions: { globals: { Parse: 'readonly' } },
      errors: [
        {
          column: 16,
          data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' },
          endColumn: 19,
          endLine: 1,
          line: 1,
          messageId: 'magicCode',
        },
      ],
    },
    {
      // shadowed Parse: no "Import Parse from", the file imports it; the suggestion names the parameter
      code: `
import Parse from 'parse/node';
function f(Parse) {
  if (e.code === 119) {}
}
`,
      output: null,
      errors: [
        {
          column: 18,
          data: { code: '119', meanings: 'operation forbidden', constant: 'OPERATION_FORBIDDEN' },
          endColumn: 21,
          endLine: 4,
          line: 4,
          messageId: 'magicCodeWithHiddenParse',
          suggestions: [
            {
              data: { code: '119', replacement: 'Parse.Error.OPERATION_FORBIDDEN' },
              messageId: 'replaceWithConstant',
              output: `
import Parse from 'parse/node';
function f(Parse) {
  if (e.code === Parse.Error.OPERATION_FORBIDDEN) {}
}
`,
            },
          ],
        },
      ],
    },
    {
      // type-only import: suggestion only, naming its entry point
      code: `
import type Parse from 'parse';
if (e.code === 119) {}
`,
      output: null,
      errors: [
        {
          column: 16,
          data: { code: '119', meanings: 'operation forbidden', modules: "'parse'", constant: 'OPERATION_FORBIDDEN' },
          endColumn: 19,
          endLine: 3,
          line: 3,
          messageId: 'magicCodeWithoutParse',
          suggestions: [
            {
              data: { code: '119', replacement: 'Parse.Error.OPERATION_FORBIDDEN' },
              messageId: 'replaceWithConstant',
              output: `
import type Parse from 'parse';
if (e.code === Parse.Error.OPERATION_FORBIDDEN) {}
`,
            },
          ],
        },
      ],
    },
    {
      // no binding at all: every entry point is named
      code: `if (e.code === 119) {}`,
      output: null,
      errors: [
        {
          column: 16,
          data: {
            code: '119',
            meanings: 'operation forbidden',
            modules: "'parse', 'parse/node', or 'parse/react-native'",
            constant: 'OPERATION_FORBIDDEN',
          },
          endColumn: 19,
          endLine: 1,
          line: 1,
          messageId: 'magicCodeWithoutParse',
          suggestions: [
            {
              data: { code: '119', replacement: 'Parse.Error.OPERATION_FORBIDDEN' },
              messageId: 'replaceWithConstant',
              output: `if (e.code === Parse.Error.OPERATION_FORBIDDEN) {}`,
            },
          ],
        },
      ],
    },
    {
      // babel interop: `_node.default.Error` is read, not written
      code: `
var _node = _interopRequireDefault(require('parse/node'));
throw new _node.default.Error(119, 'x');
`,
      output: null,
      errors: [
        {
          column: 31,
          data: {
            code: '119',
            meanings: 'operation forbidden',
            modules: "'parse', 'parse/node', or 'parse/react-native'",
            constant: 'OPERATION_FORBIDDEN',
          },
          endColumn: 34,
          endLine: 3,
          line: 3,
          messageId: 'magicCodeWithoutParse',
          suggestions: [
            {
              data: { code: '119', replacement: 'Parse.Error.OPERATION_FORBIDDEN' },
              messageId: 'replaceWithConstant',
              output: `
var _node = _interopRequireDefault(require('parse/node'));
throw new _node.default.Error(Parse.Error.OPERATION_FORBIDDEN, 'x');
`,
            },
          ],
        },
      ],
    },
    {
      // a React Native file that imports only types from the SDK
      filename: 'screen.tsx',
      code: `
import type { User } from 'parse/react-native';
export const expired = (e: { code: number }, user: User) => e.code === 209;
`,
      output: null,
      errors: [
        {
          column: 72,
          data: {
            code: '209',
            meanings: 'invalid session token',
            modules: "'parse/react-native'",
            constant: 'INVALID_SESSION_TOKEN',
          },
          endColumn: 75,
          endLine: 3,
          line: 3,
          messageId: 'magicCodeWithoutParse',
          suggestions: [
            {
              data: { code: '209', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
              messageId: 'replaceWithConstant',
              output: `
import type { User } from 'parse/react-native';
export const expired = (e: { code: number }, user: User) => e.code === Parse.Error.INVALID_SESSION_TOKEN;
`,
            },
          ],
        },
      ],
    },
    {
      // the SDK imported for its side effects: the suggestion adds the default binding
      code: `
import 'parse/node';
if (e.code === 119) {}
`,
      output: null,
      errors: [
        {
          column: 16,
          data: {
            code: '119',
            meanings: 'operation forbidden',
            modules: "'parse/node'",
            constant: 'OPERATION_FORBIDDEN',
          },
          endColumn: 19,
          endLine: 3,
          line: 3,
          messageId: 'magicCodeWithoutParse',
          suggestions: [
            {
              data: { code: '119', replacement: 'Parse.Error.OPERATION_FORBIDDEN', module: 'parse/node' },
              messageId: 'importParseAndReplace',
              output: `
import Parse from 'parse/node';
if (e.code === Parse.Error.OPERATION_FORBIDDEN) {}
`,
            },
          ],
        },
      ],
    },
    {
      // named imports of the SDK only: the suggestion adds the default binding before them
      code: `
import { User } from 'parse';
if (e.code === 209) {}
`,
      output: null,
      errors: [
        {
          column: 16,
          data: {
            code: '209',
            meanings: 'invalid session token',
            modules: "'parse'",
            constant: 'INVALID_SESSION_TOKEN',
          },
          endColumn: 19,
          endLine: 3,
          line: 3,
          messageId: 'magicCodeWithoutParse',
          suggestions: [
            {
              data: { code: '209', replacement: 'Parse.Error.INVALID_SESSION_TOKEN', module: 'parse' },
              messageId: 'importParseAndReplace',
              output: `
import Parse, { User } from 'parse';
if (e.code === Parse.Error.INVALID_SESSION_TOKEN) {}
`,
            },
          ],
        },
      ],
    },
    {
      // namespace import the file reads the SDK through: a binding (TypeScript's or Babel's CommonJS output)
      code: `
import * as Parse from 'parse/node';
throw new Parse.Error(119, 'x');
`,
      output: `
import * as Parse from 'parse/node';
throw new Parse.Error(Parse.Error.OPERATION_FORBIDDEN, 'x');
`,
      errors: [
        {
          column: 23,
          data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' },
          endColumn: 26,
          endLine: 3,
          line: 3,
          messageId: 'magicCode',
        },
      ],
    },
    {
      // namespace import with Parse.initialize as the evidence
      code: `
import * as Parse from 'parse';
Parse.initialize('app');
if (e.code === 209) {}
`,
      output: `
import * as Parse from 'parse';
Parse.initialize('app');
if (e.code === Parse.Error.INVALID_SESSION_TOKEN) {}
`,
      errors: [
        {
          column: 16,
          data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
          endColumn: 19,
          endLine: 4,
          line: 4,
          messageId: 'magicCode',
        },
      ],
    },
    {
      // namespace import without evidence: native ESM gives it no `Error`; read nowhere, the suggestion makes it the default import
      code: `
import * as Parse from 'parse/node';
if (e.code === 119) {}
`,
      output: null,
      errors: [
        {
          column: 16,
          data: { code: '119', meanings: 'operation forbidden', constant: 'OPERATION_FORBIDDEN', module: 'parse/node' },
          endColumn: 19,
          endLine: 3,
          line: 3,
          messageId: 'magicCodeWithNamespaceImport',
          suggestions: [
            {
              data: { code: '119', replacement: 'Parse.Error.OPERATION_FORBIDDEN', module: 'parse/node' },
              messageId: 'importParseAndReplace',
              output: `
import Parse from 'parse/node';
if (e.code === Parse.Error.OPERATION_FORBIDDEN) {}
`,
            },
          ],
        },
      ],
    },
    {
      // namespace import read in type positions and through `default` only: no evidence
      code: `
import * as Parse from 'parse/node';
const sdk = Parse.default;
function f(e: Parse.Error) {
  return e.code === 119;
}
`,
      output: null,
      errors: [
        {
          column: 21,
          data: { code: '119', meanings: 'operation forbidden', constant: 'OPERATION_FORBIDDEN', module: 'parse/node' },
          endColumn: 24,
          endLine: 5,
          line: 5,
          messageId: 'magicCodeWithNamespaceImport',
          suggestions: [
            {
              data: { code: '119', replacement: 'Parse.Error.OPERATION_FORBIDDEN' },
              messageId: 'replaceWithConstant',
              output: `
import * as Parse from 'parse/node';
const sdk = Parse.default;
function f(e: Parse.Error) {
  return e.code === Parse.Error.OPERATION_FORBIDDEN;
}
`,
            },
          ],
        },
      ],
    },
  ],
});
