import type { TSESTree } from '@typescript-eslint/utils';

/**
 * The expression under TypeScript assertions and optional-chain wrappers: `(e as ParseError).code!`
 * and `e?.code` compare the same value as `e.code`.
 */
export function skipExpressionWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case 'ChainExpression':
      case 'TSNonNullExpression':
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSTypeAssertion':
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}
