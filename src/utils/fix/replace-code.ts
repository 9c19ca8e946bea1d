import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { replaceKeepingTokenBoundaries } from './token-boundary.js';

/**
 * Replaces the number a site writes (the literal, or `-1` as a whole) with `replacement`, spaced
 * from a keyword it touches (`case-1:`).
 */
export function replaceCodeWith(
  sourceCode: Readonly<SourceCode>,
  node: TSESTree.Node,
  replacement: string,
): (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix {
  return (fixer) => replaceKeepingTokenBoundaries(fixer, sourceCode, node, replacement);
}
