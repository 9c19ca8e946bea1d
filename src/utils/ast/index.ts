export { isNumericLiteral, numberNodeOf, writtenNumber, type NumericLiteral } from './numeric-literal.js';
export { staticPropertyName } from './property-name.js';
export { destructuredPropertyName, findVariable, isNeverReassigned, soleDefinition } from './scope.js';
export { skipExpressionWrappers } from './skip-wrappers.js';
