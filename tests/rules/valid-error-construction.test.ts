import * as espree from 'espree';

import rule from '../../src/rules/valid-error-construction.js';
import { ruleTester } from '../rule-tester.js';

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
  ],
});
