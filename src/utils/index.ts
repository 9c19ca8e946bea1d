export { CHECK_TYPES_SCHEMA } from './check-types-option.js';
export { assertCodeOptions, CODE_OPTION_SCHEMA, CODE_RANGE_OPTION_SCHEMA } from './code-options.js';
export type { CloudCodeHandler, CloudCodeHandlerKind, HandlerErrorExit } from './cloud-code-handler.js';
export { createRule } from './create-rule.js';
export type { CodeValue, ErrorCodeSite, ErrorCodeSiteKind } from './error-code-site.js';
export type { ErrorClassMember, ErrorConstruction } from './error-code-site-finder.js';
export { defineErrorCodeVisitor, type ErrorCodeHandlers } from './error-code-visitor.js';
export { codeAndMessageOf, hasCodeProperty } from './error-object.js';
export { constantFixSafety, fixOrSuggest } from './fix-or-suggest.js';
export { renamedMemberText, renameMember, replaceCodeWith, replaceKeepingTokenBoundaries } from './fix/index.js';
export { intendedConstants } from './intended-constants.js';
export {
  mentionAsWritten,
  mentionCode,
  mentionCurrentMeanings,
  mentionDocumentationNames,
  mentionEntryPoints,
  mentionEveryCurrentMeaning,
  mentionList,
  mentionMeanings,
} from './mention.js';
export { parseErrorClassTextAt, parseErrorConstantTextAt } from './parse-error-constant-text.js';
export {
  isCatchClauseParameter,
  isPlainlyString,
  isSideEffectFree,
  skipExpressionWrappers,
  writtenNumber,
} from './ast/index.js';
export { sdkImportOf } from './sdk-import.js';
