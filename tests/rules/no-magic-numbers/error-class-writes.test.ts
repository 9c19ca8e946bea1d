// A file that writes `Parse.Error` or one of its constants gets suggestions, never fixes: the
// constant may no longer hold the number it replaces.
import rule from '../../../src/rules/no-magic-numbers.js';
import { ruleTester } from '../../rule-tester.js';

const FORBIDDEN = { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' };

/** A file whose 119 is on `line`, at columns 16–19, and is suggested, not fixed. */
function suggestedOnly(code: string, line: number) {
  return {
    code,
    output: null,
    errors: [
      {
        column: 16,
        data: FORBIDDEN,
        endColumn: 19,
        endLine: line,
        line,
        messageId: 'magicCode' as const,
        suggestions: [
          {
            data: { code: '119', replacement: 'Parse.Error.OPERATION_FORBIDDEN' },
            messageId: 'replaceWithConstant' as const,
            output: code.replace('=== 119', '=== Parse.Error.OPERATION_FORBIDDEN'),
          },
        ],
      },
    ],
  };
}

ruleTester.run('no-magic-numbers where the file writes Parse.Error', rule, {
  valid: [],
  invalid: [
    suggestedOnly(
      `import Parse from 'parse/node';
Parse.Error.OPERATION_FORBIDDEN = 1;
if (e.code === 119) {}
`,
      3,
    ),
    suggestedOnly(
      `const Parse = require('parse/node');
Parse.Error = class extends Error {};
if (e.code === 119) {}
`,
      3,
    ),
    // a write later in the file, through Object.assign
    suggestedOnly(
      `import Parse from 'parse/node';
if (e.code === 119) {}
Object.assign(Parse.Error, { OPERATION_FORBIDDEN: 1 });
`,
      2,
    ),
    {
      // an app's own constant changes none of the SDK's: still a fix
      code: `import Parse from 'parse/node';
Parse.Error.MY_APP_CODE = 9001;
if (e.code === 119) {}
`,
      output: `import Parse from 'parse/node';
Parse.Error.MY_APP_CODE = 9001;
if (e.code === Parse.Error.OPERATION_FORBIDDEN) {}
`,
      errors: [{ column: 16, data: FORBIDDEN, endColumn: 19, endLine: 3, line: 3, messageId: 'magicCode' }],
    },
  ],
});
