import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { isWordCharacter } from '../ast/index.js';

/** Characters that never merge with a neighbour: brackets, separators and quotes end their token. */
const SELF_DELIMITING = new Set(['(', ')', '[', ']', '{', '}', ';', ',', "'", '"', '`']);

/** What a fix replaces: a node, a token, or the span from one node's start to another's end. */
export interface ReplacedSpan {
  readonly range: TSESTree.Range;
}

function isOperator(character: string): boolean {
  return !isWordCharacter(character) && !SELF_DELIMITING.has(character) && !/\s/u.test(character);
}

/**
 * Whether `left` written directly before `right` could read as other tokens than the two: two words
 * (`case` `Parse`, `1` `in`), two operator characters (`-` `-1`, `/` `/*`), a dot and a digit
 * (`.` `5`, `1` `.x`). Conservative, like ESLint's own `canTokensBeAdjacent`: a space is added in a
 * few places that did not need one, and never lost where one is needed.
 */
export function needsSpaceBetween(left: string, right: string): boolean {
  const last = left.at(-1);
  const first = right.charAt(0);
  if (last === undefined || first === '') return false;
  if (isWordCharacter(last) && isWordCharacter(first)) return true;
  if (isOperator(last) && isOperator(first)) return true;
  return (last === '.' && /\d/u.test(first)) || (/\d/u.test(last) && first === '.');
}

/**
 * `text` as it can replace `node` without merging with the token or comment it touches on either
 * side: `case-1:` gets `case Parse.Error.OTHER_CAUSE:`, `throw{…}` gets `throw new Parse.Error(…)`.
 */
export function textKeepingTokenBoundaries(sourceCode: Readonly<SourceCode>, node: ReplacedSpan, text: string): string {
  // A character right beside the node ends or starts the token or comment that touches it.
  const [start, end] = node.range;
  const before = sourceCode.text.charAt(start - 1);
  const after = sourceCode.text.charAt(end);
  const prefix = needsSpaceBetween(before, text) ? ' ' : '';
  const suffix = needsSpaceBetween(text, after) ? ' ' : '';
  return `${prefix}${text}${suffix}`;
}

/**
 * Replaces `node` (or a span of several nodes, `{ range }`) with `text`, keeping a token boundary on
 * both sides; every fix of the plugin replaces through this.
 */
export function replaceKeepingTokenBoundaries(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<SourceCode>,
  node: ReplacedSpan,
  text: string,
): TSESLint.RuleFix {
  return fixer.replaceTextRange(node.range, textKeepingTokenBoundaries(sourceCode, node, text));
}
