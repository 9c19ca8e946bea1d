import type { TSESLint } from '@typescript-eslint/utils';

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
