export { isNumericLiteral, numberNodeOf, writtenNumber, type NumericLiteral } from './numeric-literal.js';
export { staticPropertyName } from './property-name.js';
export { requiredModule } from './require-call.js';
export {
  constInitializer,
  destructuredPropertyName,
  findVariable,
  isNeverReassigned,
  soleDefinition,
} from './scope.js';
export { skipExpressionWrappers } from './skip-wrappers.js';
