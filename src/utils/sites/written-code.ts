import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { entryForSdkConstant } from '../../data/index.js';
import {
  constInitializer,
  findVariable,
  skipExpressionWrappers,
  staticPropertyName,
  writtenNumber,
} from '../ast/index.js';
import { getFileAnalysis } from '../file-analysis.js';

/**
 * The error code an expression writes without type information: a number (`9001`, `-1`), a
 * `Parse.Error` constant through any binding of the SDK, or a `const` of the file that holds a number.
 */
export function writtenCodeOf(sourceCode: Readonly<SourceCode>, expression: TSESTree.Node): number | undefined {
  const node = skipExpressionWrappers(expression);
  const number = writtenNumber(node);
  if (number !== undefined) return number;
  if (node.type === 'MemberExpression') {
    const constant = staticPropertyName(node);
    const entry = constant === undefined ? undefined : entryForSdkConstant(constant);
    return entry && getFileAnalysis(sourceCode).resolver.isParseErrorClass(node.object) ? entry.code : undefined;
  }
  if (node.type !== 'Identifier') return undefined;
  const variable = findVariable(sourceCode.getScope(node), node.name);
  const init = variable && constInitializer(variable);
  return init ? writtenNumber(init) : undefined;
}
