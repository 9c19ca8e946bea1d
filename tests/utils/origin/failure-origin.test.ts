// Which SDK operation failed, for a site that tests a code: each way of holding the SDK × each way
// of handling a failure, and what stays unknown.
import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';

import { createRule, defineErrorCodeVisitor, failedOperationsOf } from '../../../src/utils/index.js';

/** The families found for each site of `code` that has a subject, in order; `unknown` when none are. */
function originsIn(code: string, sourceType: 'module' | 'script' = 'module'): string[] {
  const found: string[] = [];
  const collect = createRule<[], never>({
    name: 'collect',
    meta: { type: 'problem', docs: { description: 'Collect origins', recommended: false }, schema: [], messages: {} },
    create(context) {
      return defineErrorCodeVisitor(context, {
        onSite({ subject }) {
          if (!subject) return;
          const families = failedOperationsOf(context.sourceCode, subject);
          found.push(families ? [...families].sort().join('+') : 'unknown');
        },
      });
    },
  });
  const messages = new Linter().verify(code, {
    languageOptions: { sourceType, ecmaVersion: 2022 },
    plugins: { test: { rules: { collect: collect as unknown as Rule.RuleModule } } },
    rules: { 'test/collect': 'error' },
  });
  expect(messages).toEqual([]);
  return found;
}

/** How a file holds the SDK, and the name it uses. */
const BINDINGS: readonly (readonly [string, string, string, 'module' | 'script'])[] = [
  ['the Cloud Code global', '', 'Parse', 'script'],
  ['a default import', "import Parse from 'parse/node';\n", 'Parse', 'module'],
  ['a named import', "import { Parse } from 'parse/node';\n", 'Parse', 'module'],
  ['require', "const Parse = require('parse/node');\n", 'Parse', 'script'],
  ['an alias', "const SDK = require('parse');\nconst P = SDK;\n", 'P', 'script'],
];

/** How code handles the failure of `operation`, testing `err.code` against 101. */
const CHAINS: readonly (readonly [string, (operation: string) => string])[] = [
  [
    'try/catch, awaited',
    (op) => `async function f() {\n  try {\n    await ${op};\n  } catch (err) {\n    if (err.code === 101) {}\n  }\n}`,
  ],
  ['try/catch, not awaited', (op) => `try {\n  ${op};\n} catch (err) {\n  if (err.code === 101) {}\n}`],
  [
    'catch destructured',
    (op) => `async function f() {\n  try {\n    await ${op};\n  } catch ({ code }) {\n    if (code === 101) {}\n  }\n}`,
  ],
  ['.catch', (op) => `${op}.catch((err) => err.code === 101);`],
  ['.then(ok, fail)', (op) => `${op}.then(() => {}, function (err) {\n  if (err.code === 101) {}\n});`],
  ['.then(ok).catch', (op) => `${op}.then((x) => x).catch((err) => {\n  if (err.code === 101) {}\n});`],
  ['a copy of the code', (op) => `${op}.catch((err) => {\n  const code = err.code;\n  return code === 101;\n});`],
];

/** Each operation, as `name` is the SDK, and the family it belongs to. */
const OPERATIONS: readonly (readonly [(sdk: string) => string, string])[] = [
  [(sdk) => `${sdk}.User.logIn('ann', 'secret')`, 'log-in'],
  [(sdk) => `new ${sdk}.Query('Trip').get(id)`, 'object-read'],
  [(sdk) => `${sdk}.Cloud.run('pay', { id })`, 'cloud-function'],
];

describe('origins', () => {
  for (const [binding, prelude, sdk, sourceType] of BINDINGS) {
    for (const [chain, write] of CHAINS) {
      for (const [operation, family] of OPERATIONS) {
        it(`${binding} × ${chain} × ${family}`, () => {
          expect(originsIn(`${prelude}${write(operation(sdk))}`, sourceType)).toEqual([family]);
        });
      }
    }
  }

  it.each([
    ['a user signing up', 'const user = new Parse.User();\nuser.signUp().catch((e) => e.code === 101);', 'log-in'],
    [
      'a saved object',
      "const trip = new Parse.Object('Trip');\ntrip.set('a', 1);\ntrip.save().catch((e) => e.code === 101);",
      'object-write',
    ],
    [
      'an extended class',
      "const Trip = Parse.Object.extend('Trip');\nnew Trip().destroy().catch((e) => e.code === 101);",
      'object-write',
    ],
    [
      'a built query',
      "const q = new Parse.Query('Trip');\nq.equalTo('a', 1);\nq.first().catch((e) => e.code === 101);",
      'object-read',
    ],
    [
      'a query builder chain',
      "new Parse.Query('Trip').equalTo('a', 1).find().catch((e) => e.code === 101);",
      'object-read',
    ],
    ['saveAll', 'Parse.Object.saveAll(list).catch((e) => e.code === 101);', 'object-write'],
    ['become', 'Parse.User.become(token).catch((e) => e.code === 101);', 'become'],
    ['logInWith', "Parse.User.logInWith('apple', { authData }).catch((e) => e.code === 101);", 'third-party-auth'],
    [
      'linkWith on the current user',
      "Parse.User.current().linkWith('apple', { authData }).catch((e) => e.code === 101);",
      'third-party-auth',
    ],
    ['a job', "Parse.Cloud.startJob('nightly').catch((e) => e.code === 141);", 'job'],
    ['a file', "new Parse.File('a.txt', data).save().catch((e) => e.code === 141);", 'file'],
    ['a password reset', 'Parse.User.requestPasswordReset(email).catch((e) => e.code === 205);', 'password-reset'],
    [
      'a logged-in user fetched',
      "async function f() {\n  const user = await Parse.User.logIn('a', 'b');\n  try {\n    await user.fetch();\n  } catch (e) {\n    if (e.code === 101) {}\n  }\n}",
      'object-read',
    ],
    ['a REST log-in', "fetch(`${server}/parse/login`, { method: 'POST' }).catch((e) => e.code === 101);", 'log-in'],
    ['a REST function', "axios.post(SERVER + '/functions/pay').catch((e) => e.code === 141);", 'unknown'],
    [
      'a REST function, literal',
      "axios.post('https://api.example.com/parse/functions/pay').catch((e) => e.code === 141);",
      'cloud-function',
    ],
    ['legacy options', 'query.find({ success() {}, error(error) { if (error.code === 101) {} } });', 'unknown'],
    [
      'legacy options on an SDK query',
      "new Parse.Query('A').find({ success() {}, error: (error) => error.code === 101 });",
      'object-read',
    ],
    [
      'a chain over two operations',
      "Parse.User.logIn('a', 'b').then(() => new Parse.Query('Trip').get(id)).catch((e) => e.code === 101);",
      'log-in+object-read',
    ],
    [
      'a try over two operations',
      "async function f() {\n  try {\n    await Parse.User.logIn('a', 'b');\n    console.log('in');\n    await Parse.Cloud.run('x');\n  } catch (e) {\n    if (e.code === 101) {}\n  }\n}",
      'cloud-function+log-in',
    ],
  ])('%s', (_, code, families) => {
    expect(originsIn(code, 'script')).toEqual([families]);
  });

  it.each([
    [
      'a helper of the app',
      'async function f() {\n  try {\n    await Parse.User.logIn(a, b);\n    await track();\n  } catch (e) {\n    if (e.code === 101) {}\n  }\n}',
    ],
    ['a parameter', 'function handle(err) {\n  if (err.code === 101) {}\n}'],
    ['a query of unknown origin', 'query.get(id).catch((e) => e.code === 101);'],
    ['a global fetch', 'fetch(url).catch((e) => e.code === 101);'],
    ['a callback not written inline', "Parse.User.logIn('a', 'b').then(next).catch((e) => e.code === 101);"],
    [
      '.then(ok, fail): its own success callback is not covered... but a named one is unknown',
      'p.then(ok, (e) => e.code === 101);',
    ],
    ['a catch with no SDK call', 'try {\n  JSON.parse(text);\n} catch (e) {\n  if (e.code === 101) {}\n}'],
    [
      'a shadowed Parse',
      "function f(Parse) {\n  const Parse2 = Parse;\n  Parse2.User.logIn('a', 'b').catch((e) => e.code === 101);\n}",
    ],
  ])('unknown: %s', (_, code) => {
    expect(originsIn(code, 'script')).toEqual(['unknown']);
  });
});
