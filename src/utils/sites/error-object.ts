import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { isSideEffectFree, staticPropertyName } from '../ast/index.js';

/** The keys an error object carries its message under: `{ code, error }` (Parse's REST shape), `{ code, message }`. */
export const ERROR_OBJECT_MESSAGE_KEYS: ReadonlySet<string> = new Set(['error', 'message']);

/** True for an object literal with a `code` key: `{ code: 9001, message: '…' }`, `{ code }`. */
export function hasCodeProperty(object: TSESTree.ObjectExpression): boolean {
  return object.properties.some((property) => property.type === 'Property' && staticPropertyName(property) === 'code');
}

/** True for the last property of its object keyed `code`: the one whose value the object keeps. */
export function isLastCodeProperty(property: TSESTree.Property): boolean {
  const object = property.parent;
  if (object.type !== 'ObjectExpression') return false;
  const last = object.properties.findLast(
    (candidate) => candidate.type === 'Property' && staticPropertyName(candidate) === 'code',
  );
  return last === property;
}

/**
 * The code and message values of `{ code, message }` (or `error`), when the object has exactly
 * those two plain properties and nothing between them that a rewrite would drop.
 */
export function codeAndMessageOf(
  object: TSESTree.ObjectExpression,
  sourceCode: Readonly<SourceCode>,
): { readonly code: TSESTree.Node; readonly message: TSESTree.Node } | undefined {
  if (
    object.properties.length !== 2 ||
    sourceCode.getCommentsInside(object).some((comment) => !isInsideValue(object, comment))
  ) {
    return undefined;
  }
  const [first, second] = object.properties;
  if (first?.type !== 'Property' || second?.type !== 'Property') return undefined;
  if (first.kind !== 'init' || second.kind !== 'init' || first.method || second.method) return undefined;
  const firstKey = staticPropertyName(first);
  const secondKey = staticPropertyName(second);
  if (firstKey === 'code' && secondKey !== undefined && ERROR_OBJECT_MESSAGE_KEYS.has(secondKey)) {
    return { code: first.value, message: second.value };
  }
  // `{ message, code }` becomes `(code, message)`: the values then run in the other order.
  if (
    secondKey === 'code' &&
    firstKey !== undefined &&
    ERROR_OBJECT_MESSAGE_KEYS.has(firstKey) &&
    isSideEffectFree(first.value) &&
    isSideEffectFree(second.value)
  ) {
    return { code: second.value, message: first.value };
  }
  return undefined;
}

function isInsideValue(object: TSESTree.ObjectExpression, comment: TSESTree.Comment): boolean {
  return object.properties.some(
    (property) =>
      property.type === 'Property' &&
      property.value.range[0] <= comment.range[0] &&
      comment.range[1] <= property.value.range[1],
  );
}
