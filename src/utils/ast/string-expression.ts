import type { TSESTree } from '@typescript-eslint/utils';

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
