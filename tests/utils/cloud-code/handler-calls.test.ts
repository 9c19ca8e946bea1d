import { ESLintUtils } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { defineErrorCodeVisitor } from '../../../src/utils/index.js';

/** For each handler of `code`, the exits of the functions it calls, as `kind: argument text`. */
function calledExitsIn(code: string): string[][] {
  const found: string[][] = [];
  const rule = ESLintUtils.RuleCreator.withoutDocs({
    meta: { type: 'problem', messages: {}, schema: [], defaultOptions: [] },
    create(context) {
      return defineErrorCodeVisitor(context, {
        onCloudCodeHandler({ calledExits }) {
          found.push(
            calledExits().map(
              (exit) => `${exit.kind}: ${exit.argument ? context.sourceCode.getText(exit.argument) : ''}`,
            ),
          );
        },
      });
    },
  });
  const messages = new Linter().verify(code, {
    plugins: { test: { rules: { calls: rule as never } } },
    rules: { 'test/calls': 'error' },
    languageOptions: { sourceType: 'module', globals: { Parse: 'readonly' } },
  });
  expect(messages.filter((message) => message.fatal)).toEqual([]);
  return found;
}

describe('exits of the functions a handler calls', () => {
  it.each([
    [
      'a sync helper, called as a statement',
      'function f() { throw a; }\nParse.Cloud.define("x", () => { f(); });',
      [['throw: a']],
    ],
    [
      'a const arrow, awaited',
      'const f = async () => { throw a; };\nParse.Cloud.define("x", async () => { await f(); });',
      [['throw: a']],
    ],
    [
      'an async helper nobody awaits',
      'async function f() { throw a; }\nParse.Cloud.define("x", () => { f(); });',
      [[]],
    ],
    [
      'a returned rejection, returned',
      'function f() { return Promise.reject(a); }\nParse.Cloud.define("x", () => f());',
      [['reject: a']],
    ],
    [
      'a returned rejection, dropped',
      'function f() { return Promise.reject(a); }\nParse.Cloud.define("x", () => { f(); });',
      [[]],
    ],
    [
      'two levels',
      'function g() { throw b; }\nfunction f() { g(); throw a; }\nParse.Cloud.define("x", () => { f(); });',
      [['throw: b', 'throw: a']],
    ],
    [
      'through a sync caller that returns an async call',
      'async function g() { throw b; }\nfunction f() { return g(); }\nParse.Cloud.define("x", async () => { await f(); });',
      [['throw: b']],
    ],
    [
      'a dropped async call two levels down',
      'async function g() { throw b; }\nfunction f() { g(); }\nParse.Cloud.define("x", async () => { await f(); });',
      [[]],
    ],
    [
      'a call in a try that catches',
      'function f() { throw a; }\nParse.Cloud.define("x", () => { try { f(); } catch (e) {} });',
      [[]],
    ],
    [
      'a call in a callback',
      'function f() { throw a; }\nParse.Cloud.define("x", () => { [1].map(() => f()); });',
      [[]],
    ],
    ['recursion', 'function f(n) { if (n) throw a; f(n - 1); }\nParse.Cloud.define("x", () => f(3));', [['throw: a']]],
    ['the handler calling itself', 'function h() { throw a; h(); }\nParse.Cloud.define("x", h);', [[]]],
  ])('%s', (_name, code, expected) => {
    expect(calledExitsIn(code)).toEqual(expected);
  });
});
