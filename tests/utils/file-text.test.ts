import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { rules } from '../../src/rules/index.js';
import { codeText, mentions } from '../../src/utils/file-text.js';
import { lintSnippet } from './analyse.js';

/** The listeners `rule` returns for `code`, linted with that rule alone (so that it hosts the shared visitor). */
function listenersOf(ruleName: keyof typeof rules, code: string): string[] {
  const rule = rules[ruleName];
  let listeners: object = {};
  const probe = {
    ...rule,
    create(context: Parameters<typeof rule.create>[0]) {
      listeners = rule.create(context as never);
      return listeners;
    },
  };
  new Linter().verify(
    code,
    { plugins: { probe: { rules: { rule: probe as never } } }, rules: { 'probe/rule': 'warn' } },
    'file.js',
  );
  return Object.keys(listeners);
}

// Each rule's reports all need one of these words in the file's text (see each rule's gate).
const GATES: [keyof typeof rules, string][] = [
  ['no-ambiguous-codes', 'err.code'],
  ['no-deprecated-codes', 'Parse.Error'],
  ['no-magic-numbers', 'Parse.Cloud'],
  ['valid-custom-codes', 'err.code'],
  ['no-unknown-constants', 'Parse.Error'],
  ['valid-error-construction', 'Parse.Error'],
  ['no-plain-error-objects', 'Parse.Cloud'],
  ['no-internal-server-error', 'Parse.Cloud || Parse.Error'],
  ['no-message-checks', 'Parse.User.logIn(u, p).catch((err) => err.message)'],
  ['no-message-unwrapping', 'err.code && JSON'],
];

describe('the text gate of each rule: no listener for a file without the words its reports need', () => {
  it.each(GATES)('%s listens to a file that writes %s, and not to one without', (ruleName, words) => {
    expect(listenersOf(ruleName, 'const limit = 100;\nfetchRows(limit);')).toEqual([]);
    expect(listenersOf(ruleName, `const limit = 100;\nfetchRows(limit, ${words});`)).not.toEqual([]);
  });

  it('gives no-internal-server-error no listener without both Error and Cloud', () => {
    expect(listenersOf('no-internal-server-error', 'throw new Parse.Error(1, "x");')).toEqual([]);
    expect(listenersOf('no-internal-server-error', 'Parse.Cloud.define("f", () => 1);')).toEqual([]);
  });

  it('gives no-message-checks no listener without a name of the SDK, and one with its module name alone', () => {
    expect(listenersOf('no-message-checks', 'logIn(u, p).catch((err) => err.message);')).toEqual([]);
    expect(listenersOf('no-message-checks', 'const P = require("parse/node");\nerr.message;')).not.toEqual([]);
  });

  it('gives no-message-unwrapping no listener without a word of a site, a construction or a handler', () => {
    expect(listenersOf('no-message-unwrapping', 'const body = JSON.parse(res.message);')).toEqual([]);
    expect(listenersOf('no-message-unwrapping', 'new Parse.Error(1, JSON.stringify(e));')).not.toEqual([]);
  });
});

describe('mentions: a word of the file, searched once per file', () => {
  it('answers for the file whose AST the SourceCode holds, as oxlint hands every file the same SourceCode', () => {
    const sourceCode = { text: 'throw new Parse.Error(1);', ast: { type: 'Program' }, getAllComments: () => [] };
    const asked = (): boolean => mentions(sourceCode as never, 'Error');
    expect(asked()).toBe(true);
    Object.assign(sourceCode, { text: 'const limit = 100;', ast: { type: 'Program' } });
    expect(asked()).toBe(false);
  });
});

describe('codeText: the text the word searches read', () => {
  function codeTextOf(code: string): string {
    let text = '';
    lintSnippet(code, (context) => ({
      Program() {
        text = codeText(context.sourceCode);
      },
    }));
    return text;
  }

  it('leaves out the source map comment that ends a file, so that no search reads the map', () => {
    const code = 'throw new Parse.Error(101, "x");\n';
    expect(codeTextOf(`${code}//# sourceMappingURL=data:application/json;base64,Q2xvdWQ=\n`)).toBe(code);
    expect(codeTextOf(`${code}//@ sourceMappingURL=main.js.map`)).toBe(code);
  });

  it.each([
    ['a file without a source map', 'const limit = 100;\n// the end\n'],
    ['a source map comment that code follows', '//# sourceMappingURL=main.js.map\nconst limit = 100;\n'],
    ['a block comment', 'const limit = 100;\n/*# sourceMappingURL=main.js.map */\n'],
  ])('keeps the whole text of %s', (_, code) => {
    expect(codeTextOf(code)).toBe(code);
  });
});
