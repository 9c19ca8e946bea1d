// Which binding a fix may write depends on what runs: a `Parse` the file only writes or names in a
// type is not the Cloud Code global (issue #22 item 2), and a binding must be initialised before
// every call of the function the fix is in (item 4). Otherwise the rule only suggests.
import * as espree from 'espree';

import rule from '../../../src/rules/no-magic-numbers.js';
import { ruleTester } from '../../rule-tester.js';

const script = { parser: espree, parserOptions: { sourceType: 'script' } } as const;
const everyEntryPoint = "'parse', 'parse/node', or 'parse/react-native'";
const fixed = { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' };

/**
 * The report of a `119` at `line`/`column` that only suggests `Parse.Error.OPERATION_FORBIDDEN`:
 * `global`, the file has no `Parse` binding and is told to import one; `local`, a `Parse` that is not
 * the SDK is in scope; `before-initialisation`, the SDK's binding is not yet initialised when the code runs.
 */
function suggestionOnly(
  line: number,
  column: number,
  output: string,
  scope: 'global' | 'local' | 'before-initialisation' = 'local',
) {
  const data = { code: '119', meanings: 'operation forbidden', constant: 'OPERATION_FORBIDDEN' };
  return {
    column,
    ...(scope === 'global'
      ? {
          data: { code: '119', modules: everyEntryPoint, constant: 'OPERATION_FORBIDDEN' },
          messageId: 'magicCodeWithoutParse' as const,
        }
      : scope === 'local'
        ? { data, messageId: 'magicCodeWithHiddenParse' as const }
        : { data, messageId: 'magicCodeBeforeParse' as const }),
    endColumn: column + 3,
    endLine: line,
    line,
    suggestions: [
      {
        data: { code: '119', replacement: 'Parse.Error.OPERATION_FORBIDDEN' },
        messageId: 'replaceWithConstant' as const,
        output,
      },
    ],
  };
}

ruleTester.run('no-magic-numbers: the global Parse and run order', rule, {
  valid: [],
  invalid: [
    {
      // a global `Parse` the script assigns is not the SDK
      code: `
Parse = require('papaparse');
function f(e) {
  return e.code === 119;
}
`,
      output: null,
      languageOptions: script,
      errors: [
        suggestionOnly(
          4,
          21,
          `
Parse = require('papaparse');
function f(e) {
  return e.code === Parse.Error.OPERATION_FORBIDDEN;
}
`,
          'global',
        ),
      ],
    },
    {
      // assigned after the site: the fixed code would read it before it exists
      code: `
if (e.code === 119) {}
Parse = require('parse/node');
Parse.initialize('app');
`,
      output: null,
      languageOptions: script,
      errors: [
        suggestionOnly(
          2,
          16,
          `
if (e.code === Parse.Error.OPERATION_FORBIDDEN) {}
Parse = require('parse/node');
Parse.initialize('app');
`,
          'global',
        ),
      ],
    },
    {
      // a configured global the file assigns
      code: `
Parse = require('papaparse');
if (e.code === 119) {}
`,
      output: null,
      languageOptions: { ...script, globals: { Parse: 'writable' } },
      errors: [
        suggestionOnly(
          3,
          16,
          `
Parse = require('papaparse');
if (e.code === Parse.Error.OPERATION_FORBIDDEN) {}
`,
        ),
      ],
    },
    {
      // a type-only mention of `Parse` is no global at run time
      code: `
type T = typeof Parse.Error;
if (e.code === 119) {}
`,
      output: null,
      errors: [
        suggestionOnly(
          3,
          16,
          `
type T = typeof Parse.Error;
if (e.code === Parse.Error.OPERATION_FORBIDDEN) {}
`,
          'global',
        ),
      ],
    },
    {
      // a type-only mention beside a value read: the read makes it the global
      code: `
type T = typeof Parse.Error;
Parse.initialize('app');
if (e.code === 119) {}
`,
      output: `
type T = typeof Parse.Error;
Parse.initialize('app');
if (e.code === Parse.Error.OPERATION_FORBIDDEN) {}
`,
      errors: [{ column: 16, data: fixed, endColumn: 19, endLine: 4, line: 4, messageId: 'magicCode' }],
    },
    {
      // the function runs before the binding is initialised
      code: `
f({ code: 1 });
const Parse = require('parse/node');
function f(e) {
  return e.code === 119;
}
`,
      output: null,
      errors: [
        suggestionOnly(
          5,
          21,
          `
f({ code: 1 });
const Parse = require('parse/node');
function f(e) {
  return e.code === Parse.Error.OPERATION_FORBIDDEN;
}
`,
          'before-initialisation',
        ),
      ],
    },
    {
      // ... through another function that runs first
      code: `
g();
const Parse = require('parse/node');
function g() {
  return f({ code: 1 });
}
function f(e) {
  return e.code === 119;
}
`,
      output: null,
      errors: [
        suggestionOnly(
          8,
          21,
          `
g();
const Parse = require('parse/node');
function g() {
  return f({ code: 1 });
}
function f(e) {
  return e.code === Parse.Error.OPERATION_FORBIDDEN;
}
`,
          'before-initialisation',
        ),
      ],
    },
    {
      // a callback created before the binding
      code: `
process.on('exit', (e) => e.code === 119);
const Parse = require('parse/node');
`,
      output: null,
      errors: [
        suggestionOnly(
          2,
          38,
          `
process.on('exit', (e) => e.code === Parse.Error.OPERATION_FORBIDDEN);
const Parse = require('parse/node');
`,
          'before-initialisation',
        ),
      ],
    },
    {
      // every call after the binding: fixed
      code: `
run();
const Parse = require('parse/node');
f({ code: 1 });
function f(e) {
  return e.code === 119;
}
`,
      output: `
run();
const Parse = require('parse/node');
f({ code: 1 });
function f(e) {
  return e.code === Parse.Error.OPERATION_FORBIDDEN;
}
`,
      errors: [{ column: 21, data: fixed, endColumn: 24, endLine: 6, line: 6, messageId: 'magicCode' }],
    },
    {
      // declared before any statement that runs code: fixed wherever the function is called
      code: `
'use strict';
const Parse = require('parse/node');
f({ code: 1 });
function f(e) {
  return e.code === 119;
}
`,
      output: `
'use strict';
const Parse = require('parse/node');
f({ code: 1 });
function f(e) {
  return e.code === Parse.Error.OPERATION_FORBIDDEN;
}
`,
      errors: [{ column: 21, data: fixed, endColumn: 24, endLine: 6, line: 6, messageId: 'magicCode' }],
    },
    {
      // Babel's CommonJS prelude runs none of the file's functions: fixed
      code: `
'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.default = exports.check = void 0;
var _node = _interopRequireDefault(require('parse/node'));
const Parse = _node.default;
function check(e) {
  return e.code === 119;
}
`,
      output: `
'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.default = exports.check = void 0;
var _node = _interopRequireDefault(require('parse/node'));
const Parse = _node.default;
function check(e) {
  return e.code === Parse.Error.OPERATION_FORBIDDEN;
}
`,
      errors: [{ column: 21, data: fixed, endColumn: 24, endLine: 8, line: 8, messageId: 'magicCode' }],
    },
    {
      // a callback created after the binding: fixed
      code: `
run();
const Parse = require('parse/node');
process.on('exit', (e) => e.code === 119);
`,
      output: `
run();
const Parse = require('parse/node');
process.on('exit', (e) => e.code === Parse.Error.OPERATION_FORBIDDEN);
`,
      errors: [{ column: 38, data: fixed, endColumn: 41, endLine: 4, line: 4, messageId: 'magicCode' }],
    },
  ],
});
