// What a report writes: a fix with the SDK's constant (shared codes too), a suggestion, or nothing.
import rule from '../../../src/rules/no-magic-numbers.js';
import { ruleTester } from '../../rule-tester.js';

ruleTester.run('no-magic-numbers fixes', rule, {
  valid: [],
  invalid: [
    {
      // a code Parse never sends is only suggested: here 251 is MongoDB's NoSuchTransaction, as in
      // parse-server's batch.js
      code: `
import Parse from 'parse/node';
if (response.find((item) => item.error.code === 251)) {}
`,
      output: null,
      errors: [
        {
          column: 49,
          data: {
            code: '251',
            meanings: 'invalid linked session and 9 more',
            replacement: 'Parse.Error.INVALID_LINKED_SESSION',
          },
          endColumn: 52,
          endLine: 3,
          line: 3,
          messageId: 'magicCode',
          suggestions: [
            {
              data: { code: '251', replacement: 'Parse.Error.INVALID_LINKED_SESSION' },
              messageId: 'replaceWithConstant',
              output: `
import Parse from 'parse/node';
if (response.find((item) => item.error.code === Parse.Error.INVALID_LINKED_SESSION)) {}
`,
            },
          ],
        },
      ],
    },
    {
      // 124: the SDK reports a timeout as 100, so a test of 124 is left to a person
      code: `
import Parse from 'parse/node';
if (err.code === 124) {}
`,
      output: null,
      errors: [
        {
          column: 18,
          data: { code: '124', meanings: 'request timeout', replacement: 'Parse.Error.TIMEOUT' },
          endColumn: 21,
          endLine: 3,
          line: 3,
          messageId: 'magicCode',
          suggestions: [
            {
              data: { code: '124', replacement: 'Parse.Error.TIMEOUT' },
              messageId: 'replaceWithConstant',
              output: `
import Parse from 'parse/node';
if (err.code === Parse.Error.TIMEOUT) {}
`,
            },
          ],
        },
      ],
    },
    {
      // a shared code is fixed: the constant is the SDK's name for every meaning of 101
      code: `
import Parse from 'parse/node';
if (err.code === 101) {}
`,
      output: `
import Parse from 'parse/node';
if (err.code === Parse.Error.OBJECT_NOT_FOUND) {}
`,
      errors: [
        {
          column: 18,
          data: {
            code: '101',
            meanings: 'object not found and 2 more',
            replacement: 'Parse.Error.OBJECT_NOT_FOUND',
            every: 'all of them',
          },
          endColumn: 21,
          endLine: 3,
          line: 3,
          messageId: 'magicSharedCode',
        },
      ],
    },
    {
      // a shared code in a construction, as Parse Server writes it
      code: `
import Parse from 'parse/node';
throw new Parse.Error(141, 'Invalid function.');
`,
      output: `
import Parse from 'parse/node';
throw new Parse.Error(Parse.Error.SCRIPT_FAILED, 'Invalid function.');
`,
      errors: [
        {
          column: 23,
          data: {
            code: '141',
            meanings: 'Cloud Code script failed and 3 more',
            replacement: 'Parse.Error.SCRIPT_FAILED',
            every: 'all of them',
          },
          endColumn: 26,
          endLine: 3,
          line: 3,
          messageId: 'magicSharedCode',
        },
      ],
    },
    {
      // a shared code through an alias
      code: `
const P = require('parse/node');
switch (e.code) {
  case 205:
}
`,
      output: `
const P = require('parse/node');
switch (e.code) {
  case P.Error.EMAIL_NOT_FOUND:
}
`,
      errors: [
        {
          column: 8,
          data: {
            code: '205',
            meanings: 'no user with that email; email not verified',
            replacement: 'P.Error.EMAIL_NOT_FOUND',
            every: 'both',
          },
          endColumn: 11,
          endLine: 4,
          line: 4,
          messageId: 'magicSharedCode',
        },
      ],
    },
    {
      // a shared code where a parameter is `Parse`: suggestion only, naming the parameter
      code: `
throw new ParseErrorLike(1);
export function fail(Parse) {
  throw new Parse.Error(141, 'Checkout failed.');
}
`,
      output: null,
      errors: [
        {
          column: 25,
          data: {
            code: '141',
            meanings: 'Cloud Code script failed and 3 more',
            modules: "'parse', 'parse/node', or 'parse/react-native'",
            constant: 'SCRIPT_FAILED',
          },
          endColumn: 28,
          endLine: 4,
          line: 4,
          messageId: 'magicCodeWithHiddenParse',
          suggestions: [
            {
              data: { code: '141', replacement: 'Parse.Error.SCRIPT_FAILED' },
              messageId: 'replaceWithConstant',
              output: `
throw new ParseErrorLike(1);
export function fail(Parse) {
  throw new Parse.Error(Parse.Error.SCRIPT_FAILED, 'Checkout failed.');
}
`,
            },
          ],
        },
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
        {
          column: 16,
          data: { code: '154', meanings: 'inefficient query' },
          endColumn: 19,
          endLine: 3,
          line: 3,
          messageId: 'magicCodeWithoutConstant',
        },
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
        {
          column: 16,
          data: { code: '143', meanings: 'webhook error; purchase receipt missing', constant: 'INVALID_IMAGE_DATA' },
          endColumn: 19,
          endLine: 3,
          line: 3,
          messageId: 'magicCodeWithMisleadingConstant',
        },
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
        {
          column: 16,
          data: { code: '-1', meanings: 'other cause', replacement: 'Parse.Error.OTHER_CAUSE' },
          endColumn: 33,
          endLine: 3,
          line: 3,
          messageId: 'magicCode',
          suggestions: [
            {
              data: { code: '-1', replacement: 'Parse.Error.OTHER_CAUSE' },
              messageId: 'replaceWithConstant',
              output: `
import Parse from 'parse/node';
if (e.code === Parse.Error.OTHER_CAUSE) {}
`,
            },
          ],
        },
      ],
    },
  ],
});
