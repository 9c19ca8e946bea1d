import type { TSESTree } from '@typescript-eslint/utils';

/** The module a `require('module')` call loads, when the call is exactly that. */
export function requiredModule(node: TSESTree.Node): string | undefined {
  if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'require') {
    return undefined;
  }
  const [argument] = node.arguments;
  return node.arguments.length === 1 && argument?.type === 'Literal' && typeof argument.value === 'string'
    ? argument.value
    : undefined;
}
