export { isFunction, type FunctionNode } from './function-node.js';
export { nodesRunWith } from './nodes-run-with.js';
export { isNumericLiteral, numberNodeOf, writtenNumber, type NumericLiteral } from './numeric-literal.js';
export { staticPropertyName } from './property-name.js';
export { reachableVariables } from './reachable-variables.js';
export { requiredModule } from './require-call.js';
export {
  constInitializer,
  destructuredPropertyName,
  findVariable,
  isCatchClauseParameter,
  isNeverReassigned,
  soleDefinition,
} from './scope.js';
export { indexOfText } from './index-of-text.js';
export { innermostScopeAt, scopesAtWord } from './scopes-at-text.js';
export { isSideEffectFree } from './side-effect-free.js';
export { skipExpressionWrappers } from './skip-wrappers.js';
export { isPlainlyString, isStringConstant } from './string-expression.js';
export { isWordCharacter } from './word-character.js';
