import * as espree from 'espree';

import rule from '../../src/rules/valid-error-construction.js';
import { ruleTester, typedRuleTester } from '../rule-tester.js';

ruleTester.run('valid-error-construction', rule, {
  valid: [
    // a name, a member read or a call as the code; a single number (no-magic-numbers deals with it);
    // a message that is not the catch clause's own parameter; other classes
    'new Parse.Error(code, message);',
    'new Parse.Error(err.code, err.message);',
    "new Parse.Error(Parse.Error.OBJECT_NOT_FOUND, 'Not found');",
    'new Parse.Error(101);',
    'new Parse.Error(codeFor(kind), `No ${id}`);',
    "new Parse.Error(-1, 'Other cause');",
    'try { run(); } catch (error) { throw new Parse.Error(Parse.Error.INVALID_QUERY, error.message); }',
    'query.find().catch((error) => { throw new Parse.Error(Parse.Error.INVALID_QUERY, error); });',
    'try { run(); } catch ({ message }) { throw new Parse.Error(Parse.Error.INVALID_QUERY, message); }',
    'try { run(); } catch (error) { error = describe(error); throw new Parse.Error(Parse.Error.INVALID_QUERY, error); }',
    'try { run(); } catch (error) { const copy = error; throw new Parse.Error(Parse.Error.INVALID_QUERY, copy); }',
    "new Error('Not allowed');",
    "new Foo.Error('Not allowed');",
    "new AppError('Not allowed', 101);",
    // a string that is no `const`, a `const` that is no string; a callback's error, not the catch clause's
    "let message = 'Not allowed';\nmessage = describe();\nnew Parse.Error(message, 141);",
    'const MESSAGE = describe();\nnew Parse.Error(MESSAGE, 141);',
    'const CODE = 141;\nnew Parse.Error(CODE, "Not allowed");',
    'query.find().catch((error) => { throw new Parse.Error(error); });',
    'try { run(); } catch (error) { throw new Parse.Error(error.code, error.message); }',
    // two arguments, or a spread whose length is unknown
    'new Parse.Error(code, ...details);',
  ],
  invalid: [
    {
      // a string as the code: the text becomes the code, the message is undefined
      code: "new Parse.Error('Not allowed');",
      output: null,
      errors: [{ column: 17, endColumn: 30, endLine: 1, line: 1, messageId: 'stringCode' }],
    },
    {
      // a template
      code: 'throw new Parse.Error(`No order ${id}`);',
      output: null,
      errors: [{ column: 23, endColumn: 39, endLine: 1, line: 1, messageId: 'stringCode' }],
    },
    {
      // a concatenation with a string
      code: "throw new Parse.Error('No order ' + id);",
      output: null,
      errors: [{ column: 23, endColumn: 39, endLine: 1, line: 1, messageId: 'stringCode' }],
    },
    {
      // two strings: not swapped, the code is missing
      code: "new Parse.Error('Failed', 'Try again');",
      output: null,
      errors: [{ column: 17, endColumn: 25, endLine: 1, line: 1, messageId: 'stringCode' }],
    },
    {
      // a call as the second argument: not taken for a code
      code: "new Parse.Error('Failed', describe(error));",
      output: null,
      errors: [{ column: 17, endColumn: 25, endLine: 1, line: 1, messageId: 'stringCode' }],
    },
    {
      // no arguments
      code: 'throw new Parse.Error();',
      output: null,
      errors: [{ column: 7, endColumn: 24, endLine: 1, line: 1, messageId: 'missingCode' }],
    },
    {
      // swapped: a number second
      code: "new Parse.Error('Not found', 101);",
      output: null,
      errors: [
        {
          column: 17,
          endColumn: 28,
          endLine: 1,
          line: 1,
          messageId: 'swappedArguments',
          suggestions: [{ messageId: 'swapArguments', output: "new Parse.Error(101, 'Not found');" }],
        },
      ],
    },
    {
      // swapped: a constant second, a template first
      code: 'new Parse.Error(`No ${id}`, Parse.Error.OBJECT_NOT_FOUND);',
      output: null,
      errors: [
        {
          column: 17,
          endColumn: 27,
          endLine: 1,
          line: 1,
          messageId: 'swappedArguments',
          suggestions: [
            { messageId: 'swapArguments', output: 'new Parse.Error(Parse.Error.OBJECT_NOT_FOUND, `No ${id}`);' },
          ],
        },
      ],
    },
    {
      // swapped: a variable second, a concatenation first
      code: "new Parse.Error('No ' + id, code);",
      output: null,
      errors: [
        {
          column: 17,
          endColumn: 27,
          endLine: 1,
          line: 1,
          messageId: 'swappedArguments',
          suggestions: [{ messageId: 'swapArguments', output: "new Parse.Error(code, 'No ' + id);" }],
        },
      ],
    },
    {
      // swapped, with a call in the template: no suggestion
      code: 'new Parse.Error(`No ${format(id)}`, 101);',
      output: null,
      errors: [{ column: 17, endColumn: 35, endLine: 1, line: 1, messageId: 'swappedArguments' }],
    },
    {
      // the caught error as the message
      code: `try {
  run();
} catch (error) {
  throw new Parse.Error(Parse.Error.INVALID_QUERY, error);
}`,
      output: null,
      errors: [
        {
          column: 52,
          data: { name: 'error' },
          endColumn: 57,
          endLine: 4,
          line: 4,
          messageId: 'caughtErrorAsMessage',
          suggestions: [
            {
              data: { name: 'error' },
              messageId: 'useErrorMessage',
              output: `try {
  run();
} catch (error) {
  throw new Parse.Error(Parse.Error.INVALID_QUERY, error.message);
}`,
            },
          ],
        },
      ],
    },
    {
      // the caught error and a string code
      code: `try {
  run();
} catch (e) {
  throw new Parse.Error('Query failed', e);
}`,
      output: null,
      errors: [
        { column: 25, endColumn: 39, endLine: 4, line: 4, messageId: 'stringCode' },
        {
          column: 41,
          data: { name: 'e' },
          endColumn: 42,
          endLine: 4,
          line: 4,
          messageId: 'caughtErrorAsMessage',
          suggestions: [
            {
              data: { name: 'e' },
              messageId: 'useErrorMessage',
              output: `try {
  run();
} catch (e) {
  throw new Parse.Error('Query failed', e.message);
}`,
            },
          ],
        },
      ],
    },
    {
      // the class through other bindings
      code: `import P from 'parse/node';
const { Error: ParseError } = P;
new ParseError('Not allowed');
new P.Error();
`,
      output: null,
      errors: [
        { column: 16, endColumn: 29, endLine: 3, line: 3, messageId: 'stringCode' },
        { column: 1, endColumn: 14, endLine: 4, line: 4, messageId: 'missingCode' },
      ],
    },
  ],
});

ruleTester.run('valid-error-construction with espree', rule, {
  valid: [],
  invalid: [
    {
      // CommonJS with require
      code: `
const Parse = require('parse/node');
module.exports = () => new Parse.Error('Not allowed', Parse.Error.OPERATION_FORBIDDEN);
`,
      output: null,
      languageOptions: { parser: espree, parserOptions: { sourceType: 'commonjs' } },
      errors: [
        {
          column: 40,
          endColumn: 53,
          endLine: 3,
          line: 3,
          messageId: 'swappedArguments',
          suggestions: [
            {
              messageId: 'swapArguments',
              output: `
const Parse = require('parse/node');
module.exports = () => new Parse.Error(Parse.Error.OPERATION_FORBIDDEN, 'Not allowed');
`,
            },
          ],
        },
      ],
    },
    {
      // the caught error as the code: its code and its message were meant
      code: `try {
  await run();
} catch (err) {
  throw new Parse.Error(err);
}
`,
      output: null,
      errors: [
        {
          messageId: 'caughtErrorAsCode',
          data: { name: 'err' },
          line: 4,
          column: 25,
          endLine: 4,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'useErrorCodeAndMessage',
              data: { name: 'err' },
              output: `try {
  await run();
} catch (err) {
  throw new Parse.Error(err.code, err.message);
}
`,
            },
          ],
        },
      ],
    },

    {
      // the caught error as the code beside a message
      code: `try {
  await run();
} catch (error) {
  throw new Parse.Error(error, 'Payment failed');
}
`,
      output: null,
      errors: [
        {
          messageId: 'caughtErrorAsCode',
          data: { name: 'error' },
          line: 4,
          column: 25,
          endLine: 4,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'useErrorCode',
              data: { name: 'error' },
              output: `try {
  await run();
} catch (error) {
  throw new Parse.Error(error.code, 'Payment failed');
}
`,
            },
          ],
        },
      ],
    },

    {
      // a string through a const: swapped with a code, or alone
      code: `const MSG = 'Not allowed';
const DETAIL = \`Order \${id} is closed\`;
throw new Parse.Error(MSG, Parse.Error.OPERATION_FORBIDDEN);
new Parse.Error(DETAIL);
`,
      output: null,
      errors: [
        {
          messageId: 'swappedArguments',
          line: 3,
          column: 23,
          endLine: 3,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'swapArguments',
              output: `const MSG = 'Not allowed';
const DETAIL = \`Order \${id} is closed\`;
throw new Parse.Error(Parse.Error.OPERATION_FORBIDDEN, MSG);
new Parse.Error(DETAIL);
`,
            },
          ],
        },
        {
          messageId: 'stringCode',
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 23,
        },
      ],
    },

    {
      // arguments after the message: the constructor ignores them
      code: `throw new Parse.Error(Parse.Error.INVALID_QUERY, 'Failed: %j', details);
new Parse.Error(code, message, extra, more);
`,
      output: null,
      errors: [
        {
          messageId: 'ignoredArguments',
          line: 1,
          column: 64,
          endLine: 1,
          endColumn: 71,
        },
        {
          messageId: 'ignoredArguments',
          line: 2,
          column: 32,
          endLine: 2,
          endColumn: 43,
        },
      ],
    },

    {
      // the caught error as both: two reports
      code: `try {
  await run();
} catch (e) {
  throw new Parse.Error(e, e);
}
`,
      output: null,
      errors: [
        {
          messageId: 'caughtErrorAsCode',
          data: { name: 'e' },
          line: 4,
          column: 25,
          endLine: 4,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'useErrorCode',
              data: { name: 'e' },
              output: `try {
  await run();
} catch (e) {
  throw new Parse.Error(e.code, e);
}
`,
            },
          ],
        },
        {
          messageId: 'caughtErrorAsMessage',
          data: { name: 'e' },
          line: 4,
          column: 28,
          endLine: 4,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'useErrorMessage',
              data: { name: 'e' },
              output: `try {
  await run();
} catch (e) {
  throw new Parse.Error(e, e.message);
}
`,
            },
          ],
        },
      ],
    },
  ],
});

// With `checkTypes`, a first argument whose type is a string is one too.
typedRuleTester.run('valid-error-construction with checkTypes', rule, {
  valid: [
    {
      code: "import Parse from 'parse/node';\ndeclare const code: number;\nnew Parse.Error(code, 'Not allowed');",
      options: [{ checkTypes: true }],
    },
    {
      // possibly undefined, any: not known to be a string
      code: "import Parse from 'parse/node';\ndeclare const reason: string | undefined;\ndeclare const anything: any;\nnew Parse.Error(reason, 141);\nnew Parse.Error(anything);",
      options: [{ checkTypes: true }],
    },
    {
      // without checkTypes a string-typed name is not resolved
      code: "import Parse from 'parse/node';\ndeclare const reason: string;\nnew Parse.Error(reason, 141);",
    },
  ],
  invalid: [
    {
      code: "import Parse from 'parse/node';\ndeclare const reason: string;\nnew Parse.Error(reason, Parse.Error.OPERATION_FORBIDDEN);",
      options: [{ checkTypes: true }],
      output: null,
      errors: [
        {
          messageId: 'swappedArguments',
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'swapArguments',
              output:
                "import Parse from 'parse/node';\ndeclare const reason: string;\nnew Parse.Error(Parse.Error.OPERATION_FORBIDDEN, reason);",
            },
          ],
        },
      ],
    },
    {
      // a union of string literals
      code: "import Parse from 'parse/node';\nexport function fail(reason: 'closed' | 'sold out') {\n  return new Parse.Error(reason);\n}",
      options: [{ checkTypes: true }],
      output: null,
      errors: [{ messageId: 'stringCode', line: 3, column: 26, endLine: 3, endColumn: 32 }],
    },
  ],
});
