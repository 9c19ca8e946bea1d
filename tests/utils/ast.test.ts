import { AST_NODE_TYPES, parse, simpleTraverse, type TSESTree } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';

import { analyze } from '@typescript-eslint/scope-manager';

import {
  destructuredPropertyName,
  indexOfText,
  innermostScopeAt,
  isCatchClauseParameter,
  isPlainlyString,
  isSideEffectFree,
  reachableVariables,
  requiredModule,
  scopesAtWord,
  skipExpressionWrappers,
  staticPropertyName,
  writtenNumber,
} from '../../src/utils/ast/index.js';

/** The first node of `type` in `code`, with parents set. */
function firstNode<Type extends AST_NODE_TYPES>(code: string, type: Type): Extract<TSESTree.Node, { type: Type }> {
  const program = parse(code, { range: true, loc: true });
  let found: TSESTree.Node | undefined;
  simpleTraverse(
    program,
    {
      enter(node) {
        found ??= node.type === type ? node : undefined;
      },
    },
    true,
  );
  if (!found) throw new Error(`no ${type} in ${code}`);
  return found as Extract<TSESTree.Node, { type: Type }>;
}

describe('writtenNumber', () => {
  it.each([
    ['101', 101],
    ['-1', -1],
    ['-(1)', -1],
    ['0x65', 101],
    ['1_01', 101],
    ['101.0', 101],
  ])('reads %s as %d', (code, value) => {
    const statement = firstNode(`${code};`, AST_NODE_TYPES.ExpressionStatement);
    expect(writtenNumber(statement.expression)).toBe(value);
  });

  it.each(["'101'", '+101', '101n', 'a', '-a', '~1'])('reads no number in %s', (code) => {
    const statement = firstNode(`${code};`, AST_NODE_TYPES.ExpressionStatement);
    expect(writtenNumber(statement.expression)).toBeUndefined();
  });
});

describe('staticPropertyName', () => {
  it.each([
    ['e.code', 'code'],
    ["e['code']", 'code'],
    ['e[`code`]', 'code'],
    ['e[key]', undefined],
    ['e[`${key}`]', undefined],
    ['e[0]', undefined],
  ])('names the property of %s', (code, name) => {
    expect(staticPropertyName(firstNode(`${code};`, AST_NODE_TYPES.MemberExpression))).toBe(name);
  });

  it.each([
    ['({ code: 1 })', 'code'],
    ["({ 'code': 1 })", 'code'],
    ['({ 101: 1 })', '101'],
    ['({ [code]: 1 })', undefined],
  ])('names the key of %s', (code, name) => {
    expect(staticPropertyName(firstNode(code, AST_NODE_TYPES.Property))).toBe(name);
  });
});

/** The first identifier a declaration binds. */
function bindingOf(pattern: TSESTree.Node): TSESTree.Node {
  if (pattern.type === 'ObjectPattern') {
    const [property] = pattern.properties;
    if (property?.type !== AST_NODE_TYPES.Property) throw new Error('no property');
    return property.value.type === 'AssignmentPattern' ? property.value.left : property.value;
  }
  if (pattern.type === 'ArrayPattern') return pattern.elements[0] ?? pattern;
  return pattern;
}

describe('destructuredPropertyName', () => {
  it.each([
    ['const { code } = err;', 'code'],
    ['const { code: errorCode } = err;', 'code'],
    ['const { code: errorCode = 0 } = err;', 'code'],
    ["const { 'code': c } = err;", 'code'],
    ['const code = err;', undefined],
    ['const [code] = list;', undefined],
  ])('tells which property %s binds', (code, name) => {
    const declarator = firstNode(code, AST_NODE_TYPES.VariableDeclarator);
    expect(destructuredPropertyName(bindingOf(declarator.id))).toBe(name);
  });
});

describe('skipExpressionWrappers', () => {
  it.each(['e.code', '(e as ParseError).code', 'e.code!', 'e?.code', '(e.code satisfies number)', '<number>e.code'])(
    'finds the member expression under %s',
    (code) => {
      const statement = firstNode(`${code};`, AST_NODE_TYPES.ExpressionStatement);
      expect(skipExpressionWrappers(statement.expression).type).toBe(AST_NODE_TYPES.MemberExpression);
    },
  );
});

describe('requiredModule', () => {
  it.each([
    ["require('parse/node')", 'parse/node'],
    ["require('./ParseError')", './ParseError'],
    ['require(name)', undefined],
    ["require('a', 'b')", undefined],
    ["load('parse')", undefined],
  ])('reads the module of %s', (code, name) => {
    const statement = firstNode(`${code};`, AST_NODE_TYPES.ExpressionStatement);
    expect(requiredModule(statement.expression)).toBe(name);
  });
});

describe('isSideEffectFree', () => {
  it.each([
    "'x'",
    '101',
    '-1',
    'id',
    'this',
    'Parse.Error.OBJECT_NOT_FOUND',
    'a[b]',
    '`No ${id}`',
    "'No ' + id",
    '!a',
    'e?.code',
    'code as number',
  ])('takes %s as free of side effects', (code) => {
    const statement = firstNode(`${code};`, AST_NODE_TYPES.ExpressionStatement);
    expect(isSideEffectFree(statement.expression)).toBe(true);
  });

  it.each([
    'f()',
    'new A()',
    'a = 1',
    'a++',
    '`No ${f()}`',
    "'No ' + f()",
    'a[f()]',
    'delete a.b',
    'await a',
    '[a]',
    '({ a })',
    // Calls that eslint-utils' hasSideEffect does not see: the tag, the iterator.
    'tag`No ${id}`',
    '[...items]',
  ])('takes %s as having side effects', (code) => {
    const statement = firstNode(`async () => ${code};`, AST_NODE_TYPES.ArrowFunctionExpression);
    expect(isSideEffectFree(statement.body)).toBe(false);
  });
});

describe('isPlainlyString', () => {
  it.each([
    ["'x'", true],
    ['`x`', true],
    ['`No ${id}`', true],
    ["'No ' + id", true],
    ["id + ' missing'", true],
    ["a + b + 'c'", true],
    ['a + b', false],
    ['101', false],
    ['id', false],
    ['String(id)', false],
    ["'a' - b", false],
  ])('tells whether %s is plainly a string', (code, expected) => {
    const statement = firstNode(`${code};`, AST_NODE_TYPES.ExpressionStatement);
    expect(isPlainlyString(statement.expression)).toBe(expected);
  });
});

describe('isCatchClauseParameter', () => {
  /** Whether the last identifier `name` in `code` reads a catch clause's parameter. */
  function readsCatchParameter(code: string, name: string): boolean {
    const program = parse(code, { range: true, loc: true });
    const scopeManager = analyze(program, { sourceType: 'module' });
    let last: TSESTree.Identifier | undefined;
    simpleTraverse(
      program,
      {
        enter(node) {
          if (node.type === AST_NODE_TYPES.Identifier && node.name === name) last = node;
        },
      },
      true,
    );
    if (!last) throw new Error(`no ${name} in ${code}`);
    // The scope of the nearest node that makes one; the program makes the global scope.
    let node: TSESTree.Node = last;
    let scope = scopeManager.acquire(node, true);
    while (!scope && node.type !== AST_NODE_TYPES.Program) {
      node = node.parent;
      scope = scopeManager.acquire(node, true);
    }
    if (!scope) throw new Error(`no scope for ${name}`);
    return isCatchClauseParameter(scope, last);
  }

  it.each([
    ['try {} catch (error) { use(error); }', true],
    ['try {} catch (error) { error = String(error); use(error); }', false],
    ['try {} catch ({ message }) { use(message); }', false],
    ['try {} catch (error) { const copy = error; use(copy); }', false],
    ['p.catch((error) => use(error));', false],
    ['try {} catch (error) { ((error) => use(error))(1); }', false],
  ])('tells whether the last name in %s reads the catch parameter', (code, expected) => {
    const name = /use\((\w+)\)/u.exec(code)?.[1] ?? '';
    expect(readsCatchParameter(code, name)).toBe(expected);
  });
});

describe('scopesAtWord and innermostScopeAt: scopes found from where the text writes a name', () => {
  const code = [
    'const Parse = 1;', // module scope
    'function a() {', // function a
    '  return () => { const Parse = 2; };', // arrow inside a
    '}',
    'function b() { return ParseObject; }', // only a longer name
    'class C { x = (Parse) => Parse; }', // class, field initializer, arrow
    // Scopes enough that following four occurrences is cheaper than looking at every scope.
    Array.from({ length: 12 }, (_, index) => `function f${index}() {}`).join(' '),
  ].join('\n');
  const program = parse(code, { range: true, loc: true });
  const scopeManager = analyze(program, { sourceType: 'module' });
  const describeScope = (scope: { type: string; block: TSESTree.Node }): string =>
    `${scope.type}@${code.slice(scope.block.range[0], scope.block.range[0] + 12)}`;

  it('gives each scope on the way out of an occurrence once, innermost first, and no scope of a longer name', () => {
    expect(scopesAtWord(scopeManager, code, 'Parse', []).map(describeScope)).toEqual([
      'module@const Parse ',
      'global@const Parse ',
      'function@() => { cons',
      'function@function a()',
      'function@(Parse) => P',
      'class-field-initializer@(Parse) => P',
      'class@class C { x ',
    ]);
  });

  it('skips the occurrences inside comments, and reads the text on after each', () => {
    const commented = [
      'function a() { /* Parse */ }',
      'function b() { // Parse, Parse',
      '}',
      'function c() { return Parse; } /** Parse */',
    ].join('\n');
    const commentedProgram = parse(commented, { range: true, loc: true, comment: true });
    const scopes = scopesAtWord(
      analyze(commentedProgram, { sourceType: 'module' }),
      commented,
      'Parse',
      commentedProgram.comments,
    );
    expect(
      scopes.map((scope) => `${scope.type}@${commented.slice(scope.block.range[0], scope.block.range[0] + 12)}`),
    ).toEqual(['function@function c()', 'module@function a()', 'global@function a()']);
  });

  it('gives every scope when the word is written about as often as there are scopes', () => {
    expect(scopesAtWord(scopeManager, 'Parse '.repeat(10), 'Parse', [])).toBe(scopeManager.scopes);
    expect(scopesAtWord(scopeManager, code, 'absent', [])).toEqual([]);
  });

  it('finds the innermost scope at an offset, the global one outside every other', () => {
    const globalScope = scopeManager.globalScope;
    if (!globalScope) throw new Error('no global scope');
    expect(describeScope(innermostScopeAt(globalScope, code.indexOf('const Parse = 2')))).toBe('function@() => { cons');
    expect(describeScope(innermostScopeAt(globalScope, code.indexOf('ParseObject')))).toBe('function@function b()');
    expect(describeScope(innermostScopeAt(globalScope, code.length + 10))).toBe('global@const Parse ');
  });
});

describe('reachableVariables', () => {
  it('gives each variable reached once, in the order first reached, and skips the missing', () => {
    const [a, b, c] = ['a', 'b', 'c'].map((name) => ({ name }) as unknown as Scope.Variable);
    const next = new Map([
      [a, [b, undefined]],
      [b, [c, a]],
      [c, []],
    ]);
    const reached = reachableVariables([a, undefined, a], (variable) => next.get(variable) ?? []);
    expect([...reached].map(({ name }) => name)).toEqual(['a', 'b', 'c']);
  });
});

describe('indexOfText: indexOf, with a long word searched by its first characters', () => {
  it.each([
    ['message', 'err.message', 0, 4],
    ['message', 'messaging; e.messages; e.message', 0, 13],
    ['message', 'messaging; e.messages; e.message', 14, 25],
    ['message', 'messagin', 0, -1],
    ['message', 'messag', 0, -1],
    ['message', '', 0, -1],
    ['Error', 'new Parse.Error(1)', 0, 10],
    ['Error', 'new Parse.Error(1)', 11, -1],
  ])('finds %s in %j from %i at %i, as indexOf does', (word, text, from, expected) => {
    expect(indexOfText(text, word, from)).toBe(expected);
    expect(indexOfText(text, word, from)).toBe(text.indexOf(word, from));
  });
});
