import * as espree from 'espree';

import rule from '../../../src/rules/no-magic-numbers.js';
import { ruleTester } from '../../rule-tester.js';

// JavaScript as ESLint parses it by default: scripts, CommonJS and JSX.
ruleTester.run('no-magic-numbers with espree', rule, {
  valid: [
    {
      code: "process.on('exit', (code) => code === 1);\nif (err.code === 11000) {}",
      languageOptions: { parser: espree, parserOptions: { sourceType: 'commonjs' } },
    },
  ],
  invalid: [
    {
      // Cloud Code script with the global Parse
      code: `
Parse.Cloud.define('f', async () => {
  try {
    await run();
  } catch ({ code }) {
    if (code === 209) throw new Parse.Error(209, 'Log in again.');
  }
});
`,
      output: `
Parse.Cloud.define('f', async () => {
  try {
    await run();
  } catch ({ code }) {
    if (code === Parse.Error.INVALID_SESSION_TOKEN) throw new Parse.Error(Parse.Error.INVALID_SESSION_TOKEN, 'Log in again.');
  }
});
`,
      languageOptions: { parser: espree, parserOptions: { sourceType: 'script' } },
      errors: [
        {
          column: 18,
          data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
          endColumn: 21,
          endLine: 6,
          line: 6,
          messageId: 'magicCode',
        },
        {
          column: 45,
          data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
          endColumn: 48,
          endLine: 6,
          line: 6,
          messageId: 'magicCode',
        },
      ],
    },
    {
      // CommonJS with require
      code: `
const Parse = require('parse/node');
module.exports = (e) => e.code === 119;
`,
      output: `
const Parse = require('parse/node');
module.exports = (e) => e.code === Parse.Error.OPERATION_FORBIDDEN;
`,
      languageOptions: { parser: espree, parserOptions: { sourceType: 'commonjs' } },
      errors: [
        {
          column: 36,
          data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' },
          endColumn: 39,
          endLine: 3,
          line: 3,
          messageId: 'magicCode',
        },
      ],
    },
    {
      // JSX
      filename: 'view.jsx',
      code: `
import Parse from 'parse';
export const View = ({ e }) => <p>{e?.code === 209 ? 'Log in again' : null}</p>;
`,
      output: `
import Parse from 'parse';
export const View = ({ e }) => <p>{e?.code === Parse.Error.INVALID_SESSION_TOKEN ? 'Log in again' : null}</p>;
`,
      languageOptions: { parser: espree, parserOptions: { ecmaFeatures: { jsx: true } } },
      errors: [
        {
          column: 48,
          data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
          endColumn: 51,
          endLine: 3,
          line: 3,
          messageId: 'magicCode',
        },
      ],
    },
  ],
});
