import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { findVariable, requiredModule, soleDefinition, staticPropertyName } from '../ast/index.js';

/** The test-framework vocabulary: jest/vitest/jasmine matchers, chai chains, node's assert. */
export const JEST_MATCHERS: ReadonlySet<string> = new Set(['toBe', 'toEqual', 'toStrictEqual']);
export const JEST_MODIFIERS: ReadonlySet<string> = new Set(['not', 'resolves', 'rejects']);
export const CHAI_METHODS: ReadonlySet<string> = new Set(['equal', 'equals', 'eq', 'eql', 'eqls']);
export const CHAI_CHAIN_WORDS: ReadonlySet<string> = new Set([
  'to',
  'be',
  'been',
  'is',
  'that',
  'which',
  'and',
  'has',
  'have',
  'with',
  'at',
  'of',
  'same',
  'but',
  'does',
  'still',
  'also',
  'not',
  'deep',
  'strictly',
]);
export const ASSERT_METHODS: ReadonlySet<string> = new Set([
  'equal',
  'strictEqual',
  'deepEqual',
  'deepStrictEqual',
  'notEqual',
  'notStrictEqual',
  'notDeepEqual',
  'notDeepStrictEqual',
]);
const ASSERT_MODULE = /^(?:node:)?assert(?:\/strict)?$/u;

/**
 * The actual value of an assertion whose expected value is `value`: `x` in `expect(x).toBe(value)`,
 * `expect(x).to.equal(value)`, `x.should.equal(value)`, `assert.equal(x, value)` and an imported
 * `equal(x, value)`.
 */
export function assertionSubject(
  call: TSESTree.CallExpression,
  value: TSESTree.Node,
  sourceCode: Readonly<SourceCode>,
): TSESTree.Node | undefined {
  const callee = call.callee;
  if (callee.type === 'Identifier') {
    return ASSERT_METHODS.has(callee.name) && isImportedFromAssert(callee, sourceCode)
      ? otherOfFirstTwo(call, value)
      : undefined;
  }
  if (callee.type !== 'MemberExpression') return undefined;
  const method = staticPropertyName(callee);
  if (method === undefined) return undefined;
  if (ASSERT_METHODS.has(method) && callee.object.type === 'Identifier' && callee.object.name === 'assert') {
    return otherOfFirstTwo(call, value);
  }
  if (call.arguments[0] !== value) return undefined;
  if (JEST_MATCHERS.has(method)) return expectedSubject(callee.object, JEST_MODIFIERS);
  if (CHAI_METHODS.has(method)) return expectedSubject(callee.object, CHAI_CHAIN_WORDS);
  return undefined;
}

export function isImportedFromAssert(callee: TSESTree.Identifier, sourceCode: Readonly<SourceCode>): boolean {
  const variable = findVariable(sourceCode.getScope(callee), callee.name);
  const definition = variable && soleDefinition(variable);
  if (definition?.type === 'ImportBinding') {
    const declaration = definition.parent;
    return declaration.type === 'ImportDeclaration' && ASSERT_MODULE.test(declaration.source.value);
  }
  const moduleName =
    definition?.type === 'Variable' && definition.node.init ? requiredModule(definition.node.init) : undefined;
  return moduleName !== undefined && ASSERT_MODULE.test(moduleName);
}

/** `x` in `expect(x)` at the root of a matcher chain made only of `modifiers` (`expect(x).not.toBe`). */
export function expectedSubject(chain: TSESTree.Node, modifiers: ReadonlySet<string>): TSESTree.Node | undefined {
  let node = chain;
  while (node.type === 'MemberExpression') {
    const name = staticPropertyName(node);
    if (name === 'should') return node.object;
    if (name === undefined || !modifiers.has(name)) return undefined;
    node = node.object;
  }
  if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'expect') {
    return undefined;
  }
  return node.arguments[0];
}

/** The other one of an assertion's first two arguments (`actual, expected` in either order). */
function otherOfFirstTwo(call: TSESTree.CallExpression, value: TSESTree.Node): TSESTree.Node | undefined {
  const [first, second] = call.arguments;
  if (first === value) return second;
  return second === value ? first : undefined;
}
