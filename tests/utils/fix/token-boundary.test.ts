import { AST_NODE_TYPES, parse, simpleTraverse, type TSESTree } from '@typescript-eslint/typescript-estree';
import type { SourceCode as TSESLintSourceCode } from '@typescript-eslint/utils/ts-eslint';
import { SourceCode } from 'eslint';
import { describe, expect, it } from 'vitest';

import { needsSpaceBetween, textKeepingTokenBoundaries } from '../../../src/utils/fix/token-boundary.js';

/** `code` with its first `-1` (or else its first string literal) replaced by `text` through the helper. */
function replaced(code: string, text: string): string {
  const program = parse(code, { range: true, loc: true, comment: true, tokens: true });
  let target: TSESTree.Node | undefined;
  simpleTraverse(
    program,
    {
      enter(node) {
        if (target) return;
        if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '-') target = node;
        else if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') target = node;
      },
    },
    true,
  );
  if (!target) throw new Error(`nothing to replace in ${code}`);
  const sourceCode = new SourceCode(code, program as unknown as SourceCode['ast']) as unknown as TSESLintSourceCode;
  const [start, end] = target.range;
  return code.slice(0, start) + textKeepingTokenBoundaries(sourceCode, target, text) + code.slice(end);
}

describe('textKeepingTokenBoundaries', () => {
  it.each([
    ['switch (x) { case-1: }', 'switch (x) { case X: }'],
    ['function f() { return-1 }', 'function f() { return X }'],
    ['function* g() { yield-1 }', 'function* g() { yield X }'],
    ['if (a) {} else-1;', 'if (a) {} else X;'],
    ['do-1; while (a);', 'do X; while (a);'],
    ['typeof-1;', 'typeof X;'],
    ['void-1;', 'void X;'],
    ['a in-1;', 'a in X;'],
    ['for (a of-1);', 'for (a of X);'],
    ['async function f() { await-1 }', 'async function f() { await X }'],
    ['x=/**/-1;', 'x=/**/X;'],
    ['[-1];', '[X];'],
    ['x === -1;', 'x === X;'],
  ])('spaces a word from the keyword before it: %s', (code, expected) => {
    expect(replaced(code, 'X')).toBe(expected);
  });

  it.each([
    // the right side: a word after a string, which a word replaces
    ["'x'in y;", 'x in y;'],
    ["'x'instanceof Y;", 'x instanceof Y;'],
    ["f('x');", 'f(x);'],
  ])('spaces a word from the keyword after it: %s', (code, expected) => {
    expect(replaced(code, 'x')).toBe(expected);
  });

  it('keeps operators apart', () => {
    expect(replaced("a-'x';", '-1')).toBe('a- -1;');
    expect(replaced("a+'x';", '+b')).toBe('a+ +b;');
    expect(replaced("a/'x';", '/b/')).toBe('a/ /b/;');
  });

  it('adds nothing where the text is already apart', () => {
    expect(replaced('x = - 1;', 'X')).toBe('x = X;');
    expect(replaced('throw -1;', '{ code: 1 }')).toBe('throw { code: 1 };');
  });
});

describe('needsSpaceBetween', () => {
  it.each([
    ['case', 'Parse', true],
    ['throw', 'new', true],
    ['1', 'in', true],
    ['$', '_', true],
    ['é', 'x', true],
    ['-', '-1', true],
    ['+', '+', true],
    ['/', '*', true],
    ['/', '/', true],
    ['.', '5', true],
    ['1', '.x', true],
    ['(', 'x', false],
    ['x', ')', false],
    ['=', 'x', false],
    ['x', '===', false],
    ["'", 'x', false],
    ['`', 'x', false],
    ['', 'x', false],
    ['x', '', false],
  ])('%s then %s: %s', (left, right, expected) => {
    expect(needsSpaceBetween(left, right)).toBe(expected);
  });
});
