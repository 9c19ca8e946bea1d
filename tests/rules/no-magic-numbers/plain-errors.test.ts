// A code given to a plain `Error` is an error's code: `error.code = 209`, `Object.assign(new Error(), { code })`.
import rule from '../../../src/rules/no-magic-numbers.js';
import { ruleTester } from '../../rule-tester.js';

ruleTester.run('no-magic-numbers plain errors', rule, {
  valid: [
    // A one-key object assigned onto something that is no Error is data.
    'Object.assign(options, { code: 101 });',
    'Object.assign(new Map(), { code: 101 });',
  ],
  invalid: [
    {
      // Object.assign onto a new Error
      code: `import Parse from 'parse/node';
throw Object.assign(new Error('Not found'), { code: 101 });
`,
      output: `import Parse from 'parse/node';
throw Object.assign(new Error('Not found'), { code: Parse.Error.OBJECT_NOT_FOUND });
`,
      errors: [
        {
          messageId: 'magicSharedCode',
          data: {
            code: '101',
            meanings: 'object not found and 2 more',
            replacement: 'Parse.Error.OBJECT_NOT_FOUND',
            every: 'all of them',
          },
          line: 2,
          column: 53,
          endLine: 2,
          endColumn: 56,
        },
      ],
    },

    {
      // a code assigned to a new Error
      code: `import Parse from 'parse/node';
const error = new Error('Session expired');
error.code = 209;
`,
      output: `import Parse from 'parse/node';
const error = new Error('Session expired');
error.code = Parse.Error.INVALID_SESSION_TOKEN;
`,
      errors: [
        {
          messageId: 'magicCode',
          data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 17,
        },
      ],
    },
  ],
});
