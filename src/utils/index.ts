export { CHECK_TYPES_SCHEMA } from './check-types-option.js';
export { createRule } from './create-rule.js';
export {
  defineErrorCodeVisitor,
  getFileAnalysis,
  type CodeValue,
  type ConstantReference,
  type ErrorCodeSite,
  type ErrorCodeSiteKind,
} from './error-code-sites.js';
export { replaceCodeWith } from './fix/index.js';
export { distinctMeanings, formatCodeList, formatMeanings } from './format.js';
