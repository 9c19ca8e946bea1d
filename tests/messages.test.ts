// Every message of every rule, filled in with the longest values the rule really reports, is at most
// MAX_MESSAGE_LENGTH characters and has no parentheses inside parentheses. The values come from
// linting programs built from the whole catalog, so a new rule, message or code is covered too.
import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';

import { errorCodes, serverMessages } from '../src/data/index.js';
import { rules } from '../src/rules/index.js';

const MAX_MESSAGE_LENGTH = 150;

const codes = [...new Set(errorCodes.map((entry) => entry.code)), 4001, 5001, 9001, 10_000, -2];
const constants = [
  ...new Set(errorCodes.flatMap((entry) => (entry.sdkConstant === undefined ? [] : [entry.sdkConstant]))),
  'OBJECT_NOTFOUND',
  'INVALID_SESION_TOKEN',
  'ObjectNotFound',
  'USERNAME_MISING',
  'NOT_A_PARSE_CONSTANT_AT_ALL',
];

/** Programs that reach every message: each code at each kind of site, each constant, each handler kind. */
const programs: { code: string; sourceType: 'module' | 'script' }[] = [
  ...codes.flatMap((code) => [
    {
      code: `import Parse from 'parse/node';\nif (e.code === ${code}) {}\nswitch (e.code) { case ${code}: break; }\nthrow new Parse.Error(${code}, 'x');`,
      sourceType: 'module' as const,
    },
    { code: `if (e.code === ${code}) {}\nexport {};`, sourceType: 'module' as const },
    { code: `import * as Parse from 'parse/node';\nif (e.code === ${code}) {}`, sourceType: 'module' as const },
    { code: `import 'parse/node';\nif (e.code === ${code}) {}`, sourceType: 'module' as const },
    {
      code: `import Parse from 'parse/node';\nfunction f(Parse) { if (e.code === ${code}) {} }`,
      sourceType: 'module' as const,
    },
    {
      code: `f();\nconst Parse = require('parse/node');\nfunction f() { return e.code === ${code}; }`,
      sourceType: 'script' as const,
    },
    ...['define', 'job', 'beforeSave', 'beforeSaveFile', 'afterLogin'].map((hook) => ({
      code: `Parse.Cloud.${hook}('x', () => { throw { code: ${code}, message: 'x' }; });`,
      sourceType: 'script' as const,
    })),
  ]),
  ...constants.map((constant) => ({
    code: `import Parse from 'parse/node';\nif (e.code === Parse.Error.${constant}) {}`,
    sourceType: 'module' as const,
  })),
  {
    code: [
      "import Parse from 'parse/node';",
      'try {} catch (requestError) { throw new Parse.Error(Parse.Error.SCRIPT_FAILED, requestError); }',
      "throw new Parse.Error('Not allowed', Parse.Error.OPERATION_FORBIDDEN);",
      "throw new Parse.Error('Not allowed');",
      'throw new Parse.Error();',
      "throw new Parse.Error(1.5, 'x');",
      "throw new Parse.Error(123456789, 'x');",
      "throw new Parse.Error(Parse.Error.INVALID_QUERY, 'Failed: %j', details);",
      "try {} catch (err) { throw new Parse.Error(err, 'Payment failed'); }",
      'try {} catch (caughtRequestError) { throw new Parse.Error(caughtRequestError); }',
    ].join('\n'),
    sourceType: 'module',
  },
  // Each code tested after calls that fail with different meanings of it, and after an unknown one.
  ...codes.map((code) => ({
    code: [
      'try {',
      "  await Parse.User.logIn(u, p); await new Parse.Query('A').get(id); await Parse.Cloud.run('f');",
      '  await object.save(); await Parse.User.requestPasswordReset(email); await Parse.Push.send(d);',
      `} catch (e) { if (e.code === ${code}) {} switch (e.code) { case ${code}: break; } }`,
      `if (e.code === ${code}) {}`,
    ].join('\n'),
    sourceType: 'module' as const,
  })),
  // Cloud Code errors: code 1, codes on plain errors and in legacy responses, JSON in messages.
  {
    code: [
      "Parse.Cloud.define('a', () => { throw new Parse.Error(1, 'x'); });",
      "Parse.Cloud.define('b', () => { const error = new Error('x'); error.code = 4001; throw error; });",
      "Parse.Cloud.define('c', (req, res) => { res.error(9001, 'Already added'); });",
      "Parse.Cloud.define('d', () => { throw new Parse.Error(141, JSON.stringify({ code: 9001 })); });",
      'if (err.code === 141) JSON.parse(err.message);',
      "throw new Parse.Error(404, 'Not found');",
      "throw new Parse.Error(401, 'Unauthorized');",
      "throw new Parse.Error(500, 'x');",
    ].join('\n'),
    sourceType: 'script',
  },
  // Every message Parse Server sends, tested by equality and by a fragment after an SDK call.
  ...serverMessages.map(({ text }) => {
    const fragment = text.split('{')[0] ?? text;
    return {
      code: [
        'try {',
        '  await Parse.User.become(token);',
        '} catch (err) {',
        `  if (err.message === ${JSON.stringify(text)}) {}`,
        `  if (!err.message.includes(${JSON.stringify(fragment)})) {}`,
        '}',
      ].join('\n'),
      sourceType: 'module' as const,
    };
  }),
];

const plugin = { rules: rules as unknown as Record<string, Rule.RuleModule> };
const linter = new Linter();
/** The longest text each message and suggestion took, by `rule messageId`. */
const longest = new Map<string, string>();
function record(ruleName: string, messageId: string | undefined, text: string): void {
  const key = `${ruleName} ${messageId ?? '(no messageId)'}`;
  if (text.length > (longest.get(key)?.length ?? -1)) longest.set(key, text);
}
for (const { code, sourceType } of programs) {
  for (const message of linter.verify(code, {
    languageOptions: { sourceType },
    plugins: { 'parse-error-codes': plugin },
    // With the options strict sets: they report more (no-ambiguous-codes' unknown origins).
    rules: Object.fromEntries(
      Object.entries(rules).map(([name, rule]) => {
        const strictOptions = rule.meta.docs?.strictOptions;
        return [`parse-error-codes/${name}`, strictOptions ? ['error', strictOptions] : 'error'];
      }),
    ),
  })) {
    if (message.ruleId === null) throw new Error(`${message.message} in ${code}`);
    const ruleName = message.ruleId.replace('parse-error-codes/', '');
    record(ruleName, message.messageId, message.message);
    for (const suggestion of message.suggestions ?? []) record(ruleName, suggestion.messageId, suggestion.desc);
  }
}

const NESTED_PARENTHESES = /\([^()]*\(/u;

const messageKeys = Object.entries(rules).flatMap(([ruleName, rule]) =>
  Object.keys(rule.meta.messages).map((messageId) => `${ruleName} ${messageId}`),
);

describe('messages', () => {
  it.each(messageKeys)('%s: at most 150 characters and no nested parentheses, at its longest', (key) => {
    const text = longest.get(key);
    // A message no program reaches: add one to `programs` above.
    expect(text, `${key} is never reported`).toBeDefined();
    expect(text?.length, text).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    expect(text).not.toMatch(NESTED_PARENTHESES);
  });
});
