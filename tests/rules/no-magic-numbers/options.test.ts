import rule from '../../../src/rules/no-magic-numbers.js';
import { ruleTester } from '../../rule-tester.js';

ruleTester.run('no-magic-numbers options', rule, {
  valid: [
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
      options: [{ assertions: false }],
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
      // allow
      code: `
import Parse from 'parse/node';
if (e.code === 209 || e.code === 119) {}
`,
      output: `
import Parse from 'parse/node';
if (e.code === 209 || e.code === Parse.Error.OPERATION_FORBIDDEN) {}
`,
      options: [{ allow: [209] }],
      errors: [
        {
          column: 34,
          data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' },
          endColumn: 37,
          endLine: 3,
          line: 3,
          messageId: 'magicCode',
        },
      ],
    },
  ],
});
