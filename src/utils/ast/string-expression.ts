import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';

import { constInitializer, findVariable } from './scope.js';

/** True when `node` is plainly a string: a string literal, a template, or a `+` with one of those. */
export function isPlainlyString(node: TSESTree.Node): boolean {
  if (node.type === 'Literal') return typeof node.value === 'string';
  if (node.type === 'TemplateLiteral') return true;
  return (
    node.type === 'BinaryExpression' &&
    node.operator === '+' &&
    (isPlainlyString(node.left) || isPlainlyString(node.right))
  );
}

/** True for a name whose `const` initializer is plainly a string: `MSG` after `const MSG = 'Not allowed'`. */
export function isStringConstant(scope: Scope.Scope, node: TSESTree.Node): boolean {
  if (node.type !== 'Identifier') return false;
  const variable = findVariable(scope, node.name);
  const init = variable && constInitializer(variable);
  return init !== undefined && isPlainlyString(init);
}
