import type { TSESTree } from '@typescript-eslint/utils';

export type NumericLiteral = TSESTree.NumberLiteral;

export function isNumericLiteral(node: TSESTree.Node): node is NumericLiteral {
  return node.type === 'Literal' && typeof node.value === 'number';
}

/**
 * The number written by `node` when it is a numeric literal or a negated one (`-1`, `-(1)`),
 * the only forms in which error codes appear as bare numbers.
 */
export function writtenNumber(node: TSESTree.Node): number | undefined {
  if (isNumericLiteral(node)) return node.value;
  if (node.type === 'UnaryExpression' && node.operator === '-' && isNumericLiteral(node.argument)) {
    return -node.argument.value;
  }
  return undefined;
}

/** The node that writes the number `literal` is part of: its negation when it is negated. */
export function numberNodeOf(literal: NumericLiteral): TSESTree.Expression {
  const parent = literal.parent;
  return parent.type === 'UnaryExpression' && parent.operator === '-' ? parent : literal;
}
