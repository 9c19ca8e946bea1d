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

/** The nearest ancestor that is not a wrapper of `node`, with the child it was reached from. */
export function outerWrapperParent(node: TSESTree.Node): { child: TSESTree.Node; parent: TSESTree.Node | undefined } {
  let child = node;
  let parent = node.parent;
  while (
    parent &&
    (parent.type === 'ChainExpression' ||
      parent.type === 'TSNonNullExpression' ||
      parent.type === 'TSAsExpression' ||
      parent.type === 'TSSatisfiesExpression' ||
      parent.type === 'TSTypeAssertion')
  ) {
    child = parent;
    parent = parent.parent;
  }
  return { child, parent };
}
