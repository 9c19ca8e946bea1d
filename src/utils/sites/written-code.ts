import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { getFileAnalysis } from '../file-analysis.js';

/**
 * The error code an expression writes without type information: a number (`9001`, `-1`), a
 * `Parse.Error` constant through any binding of the SDK, or a `const` of the file that holds a number.
 */
export function writtenCodeOf(sourceCode: Readonly<SourceCode>, expression: TSESTree.Node): number | undefined {
  return getFileAnalysis(sourceCode).sites.writtenCode(expression);
}
