import { AST_NODE_TYPES, parse, simpleTraverse, type TSESTree } from '@typescript-eslint/typescript-estree';
import type { SourceCode as TSESLintSourceCode } from '@typescript-eslint/utils/ts-eslint';
import { SourceCode } from 'eslint';
import { describe, expect, it } from 'vitest';

import { codeAndMessageOf, hasCodeProperty, isLastCodeProperty } from '../../../src/utils/sites/error-object.js';
import { analyse } from '../analyse.js';

/** The first object literal of `code`, and the source code holding it. */
function firstObject(code: string): { object: TSESTree.ObjectExpression; sourceCode: TSESLintSourceCode } {
  const program = parse(code, { range: true, loc: true, comment: true, tokens: true });
  let object: TSESTree.ObjectExpression | undefined;
  simpleTraverse(
    program,
    {
      enter(node) {
        if (node.type === AST_NODE_TYPES.ObjectExpression) object ??= node;
      },
    },
    true,
  );
  if (!object) throw new Error(`no object in ${code}`);
  const sourceCode = new SourceCode(code, program as unknown as SourceCode['ast']) as unknown as TSESLintSourceCode;
  return { object, sourceCode };
}

describe('hasCodeProperty', () => {
  it.each([
    ["({ code: 9001, message: 'x' })", true],
    ['({ code })', true],
    ["({ 'code': 1 })", true],
    ['({ ...base, code: 1 })', true],
    ["({ message: 'x' })", false],
    ['({ [code]: 1 })', false],
    ['({ ...code })', false],
  ])('tells whether %s has a code key', (code, expected) => {
    expect(hasCodeProperty(firstObject(code).object)).toBe(expected);
  });
});

describe('isLastCodeProperty: the code key whose value an object keeps, which the visitor looks at', () => {
  it.each([
    ["({ code: 1, message: 'x' })", [true, false]],
    ['({ code: 1, code: 2 })', [false, true]],
    ["({ 'code': 1, [`code`]: 2, other: 3 })", [false, true, false]],
    ['({ [code]: 1 })', [false]],
  ])('marks the properties of %s', (code, expected) => {
    const { object } = firstObject(code);
    expect(object.properties.map((property) => property.type === 'Property' && isLastCodeProperty(property))).toEqual(
      expected,
    );
  });

  it.each([
    ["throw { code: 101, message: 'x' };", '101'],
    ["throw { 'code': 101, message: 'x' };", '101'],
    ["throw { [`code`]: 101, message: 'x' };", '101'],
    ["throw { code: 9, code: 101, message: 'x' };", '101'],
  ])('makes one site of %s, at the code the object keeps', (code, value) => {
    expect(analyse(code).sites.map((site) => site.value)).toEqual([value]);
  });
});

describe('codeAndMessageOf', () => {
  it.each([
    ["({ code: 9001, message: 'x' })", ['9001', "'x'"]],
    ["({ code: Parse.Error.X, error: 'x' })", ['Parse.Error.X', "'x'"]],
    ['({ code, message })', ['code', 'message']],
    ["({ message: 'x', code: 9001 })", ['9001', "'x'"]],
    ["({ code: 9001, message: t(/* key */ 'x') })", ['9001', "t(/* key */ 'x')"]],
  ])('reads the code and the message of %s', (code, expected) => {
    const { object, sourceCode } = firstObject(code);
    const values = codeAndMessageOf(object, sourceCode);
    expect(values && [sourceCode.getText(values.code), sourceCode.getText(values.message)]).toEqual(expected);
  });

  it.each([
    '({ code: 9001 })',
    "({ code: 9001, message: 'x', status: 409 })",
    "({ code: 9001, detail: 'x' })",
    '({ message: format(), code: 9001 })',
    "({ code: 9001, /* why */ message: 'x' })",
    '({ ...base, code: 9001 })',
    "({ code: 9001, get message() { return 'x'; } })",
    '({ code: 9001, message() {} })',
  ])('reads no code and message that a rewrite could keep in %s', (code) => {
    const { object, sourceCode } = firstObject(code);
    expect(codeAndMessageOf(object, sourceCode)).toBeUndefined();
  });
});
