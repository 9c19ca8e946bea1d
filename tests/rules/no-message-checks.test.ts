import rule from '../../src/rules/no-message-checks.js';
import { ruleTester } from '../rule-tester.js';

const SESSION = { code: '209 (INVALID_SESSION_TOKEN)' };
const NOT_FOUND = { code: '101 (OBJECT_NOT_FOUND)' };

ruleTester.run('no-message-checks', rule, {
  valid: [
    // codes compared
    'try { await Parse.Cloud.run("x"); } catch (err) { if (err.code === Parse.Error.INVALID_SESSION_TOKEN) logOut(); }',
    // messages Parse Server does not send, and fragments that say too little
    "Parse.User.logIn(a, b).catch((err) => { if (err.message === 'Not found') retry(); });",
    "Parse.User.logIn(a, b).catch((err) => { if (err.message.includes('token')) retry(); });",
    "Parse.User.logIn(a, b).catch((err) => { if (err.message.includes('not found')) retry(); });",
    'Parse.User.logIn(a, b).catch((err) => { if (/taken/.test(err.message)) retry(); });',
    'Parse.User.logIn(a, b).catch((err) => { if (/username.*taken/.test(err.message)) retry(); });',
    // a fragment of messages with different codes: 202 and 203
    "Parse.User.signUp().catch((err) => { if (err.message.includes('Account already exists')) retry(); });",
    // a message shown, not tested; a message compared with a variable
    'Parse.User.logIn(a, b).catch((err) => { alert(err.message); if (err.message === expected) retry(); });',
    // a file that does not read the SDK, or only names it in a comment or a type
    "try { run(); } catch (err) { if (err.message === 'Invalid session token') logOut(); }",
    "// Parse-like socket errors\nsocket.on('error', (data) => { if (data.message === 'Invalid session token') logOut(); });",
    "function onError(err: Parse.Error) { if (err.message === 'Invalid session token') logOut(); }",
    // the message tells apart the meanings of a shared code that the same condition tests, as no-ambiguous-codes advises
    "Parse.User.logIn(a, b).catch((err) => { if (err.code === Parse.Error.OBJECT_NOT_FOUND && err.message === 'Object not found.') retry(); });",
    // a member chain is no variable's message
    "if (Parse && res.data.message === 'Invalid session token') logOut();",
  ],
  invalid: [
    {
      // the comparison glued to \`return\`: the suggestion keeps a space after the keyword
      code: `async function check() {
  try {
    await Parse.User.become(token);
  } catch (err) {
    return'Invalid session token'===err.message;
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'sanitizedMessageCheck',
          data: SESSION,
          line: 5,
          column: 11,
          endLine: 5,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'compareCode',
              data: { replacement: 'err.code === Parse.Error.INVALID_SESSION_TOKEN' },
              output: `async function check() {
  try {
    await Parse.User.become(token);
  } catch (err) {
    return err.code === Parse.Error.INVALID_SESSION_TOKEN;
  }
}`,
            },
          ],
        },
      ],
    },
    {
      // equality, either order, negated; a sanitizable message
      code: `try {
  await Parse.User.become(token);
} catch (err) {
  if (err.message === 'Invalid session token') logOut();
  if ('Object not found.' !== err.message) throw err;
}`,
      output: null,
      errors: [
        {
          messageId: 'sanitizedMessageCheck',
          data: SESSION,
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'compareCode',
              data: { replacement: 'err.code === Parse.Error.INVALID_SESSION_TOKEN' },
              output: `try {
  await Parse.User.become(token);
} catch (err) {
  if (err.code === Parse.Error.INVALID_SESSION_TOKEN) logOut();
  if ('Object not found.' !== err.message) throw err;
}`,
            },
          ],
        },
        {
          messageId: 'messageCheck',
          data: NOT_FOUND,
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 42,
          // 101 is shared: the code comparison would match more than the message, so no suggestion
          suggestions: [],
        },
      ],
    },
    {
      // includes after toLowerCase, under !: parenthesized; optional chaining kept
      code: "if (!e?.message.toLowerCase().includes('invalid session token')) retry();\nconst P = Parse;",
      output: null,
      errors: [
        {
          messageId: 'sanitizedMessageCheck',
          data: SESSION,
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 64,
          suggestions: [
            {
              messageId: 'compareCode',
              data: { replacement: 'e?.code === Parse.Error.INVALID_SESSION_TOKEN' },
              output: 'if (!(e?.code === Parse.Error.INVALID_SESSION_TOKEN)) retry();\nconst P = Parse;',
            },
          ],
        },
      ],
    },
    {
      // a regular expression tested, a template message, through an alias of the SDK
      code: `const P = require('parse/node');
function onError(error) {
  return /Permission denied for action \\w+ on class/.test(error.message);
}`,
      output: null,
      errors: [
        {
          messageId: 'sanitizedMessageCheck',
          data: { code: '119 (OPERATION_FORBIDDEN)' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 73,
          suggestions: [
            {
              messageId: 'compareCode',
              data: { replacement: 'error.code === P.Error.OPERATION_FORBIDDEN' },
              output: `const P = require('parse/node');
function onError(error) {
  return error.code === P.Error.OPERATION_FORBIDDEN;
}`,
            },
          ],
        },
      ],
    },
    {
      // TypeScript's unknown catch parameter, cast: the suggestion keeps the cast
      code: `try {
  await new Parse.User(attributes).signUp();
} catch (error) {
  if ((error as Parse.Error).message === 'Account already exists for this username.') return null;
}`,
      output: null,
      errors: [
        {
          messageId: 'messageCheck',
          data: { code: '202 (USERNAME_TAKEN)' },
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 85,
          suggestions: [
            {
              messageId: 'compareCode',
              data: { replacement: '(error as Parse.Error).code === Parse.Error.USERNAME_TAKEN' },
              output: `try {
  await new Parse.User(attributes).signUp();
} catch (error) {
  if ((error as Parse.Error).code === Parse.Error.USERNAME_TAKEN) return null;
}`,
            },
          ],
        },
      ],
    },
    {
      // switch cases, match and indexOf: reported without a suggestion
      code: `Parse.User.logIn(u, p).catch((err) => {
  switch (err.message) {
    case 'Invalid username/password.':
      return wrongPassword();
    case 'Other':
      return 0;
  }
  if (err.message.match(/account already exists for this username/i)) taken();
  if (err.message.indexOf('User email is not verified') >= 0) verify();
});`,
      output: null,
      errors: [
        { messageId: 'messageCheck', data: NOT_FOUND, line: 3, column: 10, endLine: 3, endColumn: 38, suggestions: [] },
        {
          messageId: 'messageCheck',
          data: { code: '202 (USERNAME_TAKEN)' },
          line: 8,
          column: 7,
          endLine: 8,
          endColumn: 69,
          suggestions: [],
        },
        {
          messageId: 'messageCheck',
          data: { code: '205 (EMAIL_NOT_FOUND)' },
          line: 9,
          column: 7,
          endLine: 9,
          endColumn: 56,
          suggestions: [],
        },
      ],
    },
  ],
});
