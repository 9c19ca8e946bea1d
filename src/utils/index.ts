export { CHECK_TYPES_SCHEMA } from './check-types-option.js';
export { assertCodeOptions, CODE_OPTION_SCHEMA, CODE_RANGE_OPTION_SCHEMA } from './code-options.js';
export type { CloudCodeHandler } from './cloud-code/cloud-code-handler.js';
export type { HandlerErrorExit } from './cloud-code/exits.js';
export type { CloudCodeHandlerKind } from './cloud-code/hooks.js';
export { createRule } from './create-rule.js';
export { CodeTypeChecker } from './sites/type-information.js';
export { SDK_WORDS } from './sdk/sdk-uses.js';
export { SITE_WORDS, type CodeValue, type ErrorCodeSite, type ErrorCodeSiteKind } from './sites/error-code-site.js';
export type { ErrorClassMember, ErrorConstruction } from './sites/error-code-site-finder.js';
export { defineErrorCodeVisitor, type ErrorCodeHandlers } from './error-code-visitor.js';
export { codeAndMessageOf, hasCodeProperty } from './sites/error-object.js';
export { failedOperationsOf } from './file-analysis.js';
export { testsMessageToo } from './origin/index.js';
export { constantFixSafety, fixOrSuggest } from './fix/fix-or-suggest.js';
export { renamedMemberText, renameMember, replaceCodeWith, replaceKeepingTokenBoundaries } from './fix/index.js';
export { intendedConstants } from './messages/intended-constants.js';
export {
  mentionAsWritten,
  mentionCode,
  mentionCurrentMeanings,
  mentionDocumentationNames,
  mentionEntryPoints,
  mentionEveryCurrentMeaning,
  mentionList,
  mentionMeaningList,
  mentionMeanings,
} from './messages/mention.js';
export { parseErrorClassTextAt, parseErrorConstantTextAt } from './sdk/parse-error-constant-text.js';
export { parseImportEditAt } from './sdk/parse-import-edit.js';
export { plainErrorWithCode, type PlainErrorWithCode } from './sites/plain-error.js';
export {
  isCatchClauseParameter,
  isPlainlyString,
  isSideEffectFree,
  isStringConstant,
  skipExpressionWrappers,
  staticPropertyName,
  writtenNumber,
} from './ast/index.js';
export { sdkImportOf } from './sdk/sdk-import.js';
export { writtenCodeOf } from './sites/written-code.js';
export {
  CloudFunctionErrorScope,
  errorMessageReads,
  readsSdk,
  type ErrorMessageRead,
} from './error-messages/error-message-reads.js';
export { isConjoinedWithCodeTest, messageChecksOf, type MessageCheck } from './error-messages/message-check.js';
