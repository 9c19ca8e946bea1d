import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { writesParseErrorClass } from '../sdk/error-class-writes.js';

/**
 * One replacement, as an autofix when it is provably safe, otherwise as the report's only
 * suggestion (typescript-eslint's `getFixOrSuggest`).
 */
export function fixOrSuggest<MessageIds extends string>(
  safety: 'fix' | 'suggest',
  suggestion: TSESLint.SuggestionReportDescriptor<MessageIds>,
): { fix: TSESLint.ReportFixFunction } | { suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] } {
  return safety === 'fix' ? { fix: suggestion.fix } : { suggest: [suggestion] };
}

/**
 * Whether a `Parse.Error` constant may replace the number `node` writes as a fix: not when that
 * would drop a comment (`- /* why *\/ 1`), nor in a file that writes `Parse.Error` or its constants,
 * where the constant may no longer hold the number. A person applies those.
 */
export function constantFixSafety(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): 'fix' | 'suggest' {
  return sourceCode.getCommentsInside(node).length > 0 || writesParseErrorClass(sourceCode) ? 'suggest' : 'fix';
}
