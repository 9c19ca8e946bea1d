import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/** Replaces the number a site writes (the literal, or `-1` as a whole) with `replacement`. */
export function replaceCodeWith(
  node: TSESTree.Node,
  replacement: string,
): (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix {
  return (fixer) => fixer.replaceText(node, replacement);
}
