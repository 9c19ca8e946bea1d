// A constant written where `-1` touched a keyword keeps a space after it: `case-1:` is valid
// JavaScript, `caseParse.Error.OTHER_CAUSE:` is not, and `returnParse…` reads an undeclared name.
import rule from '../../../src/rules/no-magic-numbers.js';
import { ruleTester } from '../../rule-tester.js';

const IMPORT = "import Parse from 'parse/node';\n";
const OTHER_CAUSE = { code: '-1', meanings: 'other cause', replacement: 'Parse.Error.OTHER_CAUSE' };

/** One report of `-1` on line 2 from `column` on, fixed to `output`. */
function otherCause(line: string, column: number, output: string) {
  return {
    code: `${IMPORT}${line}`,
    output: `${IMPORT}${output}`,
    errors: [
      { column, data: OTHER_CAUSE, endColumn: column + 2, endLine: 2, line: 2, messageId: 'magicCode' as const },
    ],
  };
}

ruleTester.run('no-magic-numbers token boundaries', rule, {
  valid: [],
  invalid: [
    otherCause('switch (e.code) { case-1: break; }', 23, 'switch (e.code) { case Parse.Error.OTHER_CAUSE: break; }'),
    otherCause('function f(e) { return-1===e.code }', 23, 'function f(e) { return Parse.Error.OTHER_CAUSE===e.code }'),
    otherCause('function* g(e) { yield-1===e.code }', 23, 'function* g(e) { yield Parse.Error.OTHER_CAUSE===e.code }'),
    otherCause('if (a) {} else-1===e.code&&x();', 15, 'if (a) {} else Parse.Error.OTHER_CAUSE===e.code&&x();'),
    otherCause('do-1===e.code&&x(); while (a);', 3, 'do Parse.Error.OTHER_CAUSE===e.code&&x(); while (a);'),
    otherCause('for (k in-1===e.code?a:b) {}', 10, 'for (k in Parse.Error.OTHER_CAUSE===e.code?a:b) {}'),
    otherCause('for (k of-1===e.code?a:b) {}', 10, 'for (k of Parse.Error.OTHER_CAUSE===e.code?a:b) {}'),
    // beside an operator or a bracket nothing is added
    otherCause('if(e.code===-1){}', 13, 'if(e.code===Parse.Error.OTHER_CAUSE){}'),
    {
      // the suggestion made when no binding is in scope keeps the boundary too
      code: 'switch (e.code) { case-1: break; }',
      output: null,
      errors: [
        {
          column: 23,
          data: {
            code: '-1',
            meanings: 'other cause',
            constant: 'OTHER_CAUSE',
            modules: "'parse', 'parse/node', or 'parse/react-native'",
          },
          endColumn: 25,
          endLine: 1,
          line: 1,
          messageId: 'magicCodeWithoutParse',
          suggestions: [
            {
              data: { code: '-1', replacement: 'Parse.Error.OTHER_CAUSE' },
              messageId: 'replaceWithConstant',
              output: 'switch (e.code) { case Parse.Error.OTHER_CAUSE: break; }',
            },
          ],
        },
      ],
    },
  ],
});
