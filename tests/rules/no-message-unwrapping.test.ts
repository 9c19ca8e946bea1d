import rule from '../../src/rules/no-message-unwrapping.js';
import { ruleTester } from '../rule-tester.js';

const unwrapped = (line: number, column: number, endColumn: number, endLine = line) => ({
  messageId: 'unwrappedMessage' as const,
  line,
  column,
  endLine,
  endColumn,
});

ruleTester.run('no-message-unwrapping', rule, {
  valid: [
    // the code compared, the message shown
    `try { await Parse.Cloud.run('add'); } catch (err) { if (err.code === 9001) show(err.message); }`,
    // a message read outside a 141 branch, of an error no Cloud function rejected with
    `try { await fetchJson(url); } catch (err) { const body = JSON.parse(err.message); }`,
    `if (err.code === 101) { JSON.parse(err.message); }`,
    `if (err.code !== 141) { JSON.parse(err.message); }`,
    `if (err.code === 141 || other) { JSON.parse(err.message); }`,
    `if (err.code === 141) {} else { JSON.parse(err.message); }`,
    // another variable than the one tested
    `if (err.code === 141) { JSON.parse(other.message); }`,
    // a catch around something else than Parse.Cloud.run, and a Cloud.run that is not Parse's
    `try { await query.find(); } catch (e) { e.message.split(':'); }`,
    `try { await Foo.Cloud.run('x'); } catch (e) { JSON.parse(e.message); }`,
    `Parse.Cloud.run('x').then((e) => JSON.parse(e.message));`,
    // other uses of the message
    `try { await Parse.Cloud.run('x'); } catch (e) { log(e.message.length, e.message.toUpperCase()); }`,
    // Cloud Code: a message of text
    `throw new Parse.Error(9001, 'Already added');`,
    `throw new Parse.Error(9001, String(JSON));`,
    // JSON thrown outside a Cloud Code handler, or logged
    `function check() { throw new Error(JSON.stringify({ code: 9001 })); }`,
    `Parse.Cloud.define('add', () => { log(JSON.stringify({ code: 9001 })); throw new TypeError(JSON.stringify(x)); });`,
  ],
  invalid: [
    {
      // all four inside a 141 branch, the number or the constant, && with another test
      code: `if (err.code === 141 && err.message) {
  const inner = JSON.parse(err.message);
  const code = err.message.code;
  const text = err.message.message;
  const [prefix] = err.message.split(':');
}
if (Parse.Error.SCRIPT_FAILED == e.code) JSON.parse(e.message);`,
      errors: [
        unwrapped(2, 17, 40),
        unwrapped(3, 16, 32),
        unwrapped(4, 16, 35),
        unwrapped(5, 20, 42),
        unwrapped(7, 42, 63),
      ],
    },
    {
      // a switch case, with the case that falls through to it; a conditional expression
      code: `switch (error.code) {
  case Parse.Error.SCRIPT_FAILED:
  case 142:
    return JSON.parse(error.message).code;
  case 101:
    return JSON.parse(error.message);
}
const detail = e.code === 141 ? e.message.code : undefined;`,
      errors: [unwrapped(4, 12, 37), unwrapped(8, 33, 47)],
    },
    {
      // the rejection of Parse.Cloud.run: a catch around it, .catch, .then's second callback, an alias of the SDK
      code: `const P = require('parse/node');
async function add() {
  try {
    await P.Cloud.run('addItem', { id });
  } catch (err) {
    const { code } = JSON.parse(err.message);
  }
  Parse.Cloud.run('x').catch((e) => e.message.split(':'));
  Parse.Cloud.run('x').then(ok, (e) => e?.message?.code);
}`,
      errors: [unwrapped(6, 22, 45), unwrapped(8, 37, 57), unwrapped(9, 40, 56)],
    },
    {
      // TypeScript's unknown catch parameter, cast
      code: `try {
  await Parse.Cloud.run('add');
} catch (err) {
  const { code } = JSON.parse((err as Parse.Error).message);
}`,
      errors: [unwrapped(4, 20, 60)],
    },
    {
      // Cloud Code packing an object into the message
      code: `Parse.Cloud.define('add', () => {
  throw new Parse.Error(Parse.Error.SCRIPT_FAILED, JSON.stringify({ code: 9001, message: 'Already added' }));
});`,
      errors: [{ messageId: 'packedMessage', line: 2, column: 52, endLine: 2, endColumn: 108 }],
    },
    {
      // thrown by a Cloud Code handler as a string, in an Error, through res.error
      code: `Parse.Cloud.define('add', async () => {
  if (a) throw JSON.stringify({ code: 9001 });
  throw new Error(JSON.stringify({ code: 9002, message: 'Sold out' }));
});
Parse.Cloud.define('remove', (req, res) => res.error(JSON.stringify({ code: 9003 })));`,
      errors: [
        { messageId: 'packedMessage', line: 2, column: 16, endLine: 2, endColumn: 46 },
        { messageId: 'packedMessage', line: 3, column: 19, endLine: 3, endColumn: 70 },
        { messageId: 'packedMessage', line: 5, column: 54, endLine: 5, endColumn: 84 },
      ],
    },
  ],
});
