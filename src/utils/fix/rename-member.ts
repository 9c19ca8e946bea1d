import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { replaceKeepingTokenBoundaries } from './token-boundary.js';

/** `name` as the property of `node` writes it: `X`, or in a computed access `['X']` with the same quotes. */
function propertyText(sourceCode: Readonly<SourceCode>, node: TSESTree.MemberExpression, name: string): string {
  if (!node.computed) return name;
  const quote = sourceCode.getText(node.property).charAt(0);
  return `${quote}${name}${quote}`;
}

/**
 * `node` with the static property it reads renamed to `name`, the object written as before:
 * `P.Error.OBJECT_NOTFOUND` becomes `P.Error.OBJECT_NOT_FOUND`, `Parse.Error['X']` `Parse.Error['Y']`.
 */
export function renamedMemberText(
  sourceCode: Readonly<SourceCode>,
  node: TSESTree.MemberExpression,
  name: string,
): string {
  const text = sourceCode.text;
  const [start, end] = node.range;
  const [propertyStart, propertyEnd] = node.property.range;
  return text.slice(start, propertyStart) + propertyText(sourceCode, node, name) + text.slice(propertyEnd, end);
}

/** Renames the static property `node` reads, as `renamedMemberText` writes it. */
export function renameMember(
  sourceCode: Readonly<SourceCode>,
  node: TSESTree.MemberExpression,
  name: string,
): (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix {
  return (fixer) =>
    replaceKeepingTokenBoundaries(fixer, sourceCode, node.property, propertyText(sourceCode, node, name));
}
