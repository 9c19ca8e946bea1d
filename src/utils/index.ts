export { CHECK_TYPES_SCHEMA } from './check-types-option.js';
export type { CloudCodeHandler, CloudCodeHandlerKind, HandlerErrorExit } from './cloud-code-handler.js';
export { createRule } from './create-rule.js';
export type { CodeValue, ErrorCodeSite, ErrorCodeSiteKind } from './error-code-site.js';
export type { ErrorClassMember, ErrorConstruction } from './error-code-site-finder.js';
export { defineErrorCodeVisitor, type ErrorCodeHandlers } from './error-code-visitor.js';
export { fixOrSuggest } from './fix-or-suggest.js';
export { replaceCodeWith } from './fix/index.js';
export {
  mentionAsWritten,
  mentionCode,
  mentionCurrentMeanings,
  mentionDocumentationNames,
  mentionList,
  mentionMeanings,
} from './mention.js';
export { parseErrorConstantTextAt } from './parse-error-constant-text.js';
export { SDK_ENTRY_POINTS, sdkImportOf, type SdkImport } from './sdk-import.js';
