import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { staticPropertyName } from '../ast/index.js';
import {
  ASSERT_METHODS,
  CHAI_CHAIN_WORDS,
  CHAI_METHODS,
  expectedSubject,
  isImportedFromAssert,
  JEST_MATCHERS,
  JEST_MODIFIERS,
} from './assertion-subject.js';

/**
 * Assertions that test an error's code without reading `.code`: the code is the value of a `code`
 * key in an expected object (`toMatchObject({ code: 209 })`), or the value beside the property
 * name `'code'` (`toHaveProperty('code', 119)`).
 */

/** jest/vitest/jasmine matchers whose argument is the expected value or a pattern of it. */
const JEST_OBJECT_MATCHERS: ReadonlySet<string> = new Set([
  'toMatchObject',
  'toEqual',
  'toStrictEqual',
  'toBeRejectedWith',
]);
/** chai methods that compare with an object, after `expect(x)` or `x.should`. */
const CHAI_OBJECT_METHODS: ReadonlySet<string> = new Set([
  'include',
  'includes',
  'contain',
  'contains',
  'eql',
  'eqls',
  'equal',
]);
/** `expect.objectContaining(…)`, `jasmine.objectContaining(…)`: a pattern wherever it is passed. */
const PATTERN_FACTORIES: ReadonlySet<string> = new Set(['expect', 'jasmine']);
/**
 * The second argument of node's `assert.rejects(p, { code })` and `assert.throws(fn, { code })`,
 * ava's `t.throws`/`t.throwsAsync` and tap's `t.rejects`: an object the thrown error must match.
 */
const THROW_ASSERTIONS: ReadonlySet<string> = new Set(['rejects', 'throws', 'throwsAsync']);
/** chai `assert.propertyVal(e, 'code', 101)` and its variants. */
const ASSERT_PROPERTY_METHODS: ReadonlySet<string> = new Set(['propertyVal', 'ownPropertyVal', 'deepPropertyVal']);
/** chai `expect(e).to.have.property('code', 101)`; jest `toHaveProperty('code', 119)`. */
const CHAI_PROPERTY_METHODS: ReadonlySet<string> = new Set(['property', 'ownProperty']);

/** True for an object literal that an assertion matches a thrown or returned error against. */
export function isExpectedErrorPattern(object: TSESTree.ObjectExpression, sourceCode: Readonly<SourceCode>): boolean {
  const call = object.parent;
  if (call.type !== 'CallExpression') return false;
  const index = call.arguments.indexOf(object);
  if (index === -1) return false;
  const callee = call.callee;
  if (callee.type === 'Identifier') {
    return index === 1 && THROW_ASSERTIONS.has(callee.name) && isImportedFromAssert(callee, sourceCode);
  }
  if (callee.type !== 'MemberExpression') return false;
  const method = staticPropertyName(callee);
  if (method === undefined) return false;
  if (index === 0) {
    if (method === 'objectContaining') {
      return callee.object.type === 'Identifier' && PATTERN_FACTORIES.has(callee.object.name);
    }
    if (JEST_OBJECT_MATCHERS.has(method)) return expectedSubject(callee.object, JEST_MODIFIERS) !== undefined;
    if (CHAI_OBJECT_METHODS.has(method)) return expectedSubject(callee.object, CHAI_CHAIN_WORDS) !== undefined;
    return false;
  }
  return index === 1 && THROW_ASSERTIONS.has(method) && callee.object.type === 'Identifier';
}

/** Every method name a number can be the expected value of (`toBe`, `equal`, `toHaveProperty`, `propertyVal`). */
const VALUE_ASSERTION_METHODS: ReadonlySet<string> = new Set([
  ...ASSERT_METHODS,
  ...JEST_MATCHERS,
  ...CHAI_METHODS,
  ...ASSERT_PROPERTY_METHODS,
  ...CHAI_PROPERTY_METHODS,
  'toHaveProperty',
]);

/**
 * False for a call that cannot test a number it is passed (`setTimeout(f, 100)`, `slice(0, 2)`),
 * from its callee's name alone: `assertionSubject`'s and `isCodePropertyAssertion`'s first tests.
 */
export function mayAssertValue(call: TSESTree.CallExpression): boolean {
  const callee = call.callee;
  if (callee.type === 'Identifier') return ASSERT_METHODS.has(callee.name);
  if (callee.type !== 'MemberExpression') return false;
  const method = staticPropertyName(callee);
  return method !== undefined && VALUE_ASSERTION_METHODS.has(method);
}

/**
 * True when `value` is the expected value of an assertion on an error's `code` property:
 * `expect(e).toHaveProperty('code', value)`, `expect(e).to.have.property('code', value)`,
 * `e.should.have.property('code', value)`, `assert.propertyVal(e, 'code', value)`.
 */
export function isCodePropertyAssertion(call: TSESTree.CallExpression, value: TSESTree.Node): boolean {
  const callee = call.callee;
  if (callee.type !== 'MemberExpression') return false;
  const method = staticPropertyName(callee);
  if (method === undefined) return false;
  const [first, second, third] = call.arguments;
  if (ASSERT_PROPERTY_METHODS.has(method)) {
    return (
      third === value && isCodeName(second) && callee.object.type === 'Identifier' && callee.object.name === 'assert'
    );
  }
  if (second !== value || !isCodeName(first)) return false;
  if (method === 'toHaveProperty') return expectedSubject(callee.object, JEST_MODIFIERS) !== undefined;
  return CHAI_PROPERTY_METHODS.has(method) && expectedSubject(callee.object, CHAI_CHAIN_WORDS) !== undefined;
}

function isCodeName(node: TSESTree.Node | undefined): boolean {
  return node?.type === 'Literal' && node.value === 'code';
}
