import type { RuleContext } from '@typescript-eslint/utils/ts-eslint';

import { getFileAnalysis } from '../file-analysis.js';
import type { SdkImport } from './parse-reference.js';

/**
 * The SDK module the file already imports, for a message that tells it where to import `Parse`
 * from: an unusable namespace import first (`import * as Parse from 'parse/node'` without evidence).
 */
export function sdkImportOf(context: Readonly<RuleContext<string, readonly unknown[]>>): SdkImport | undefined {
  return getFileAnalysis(context.sourceCode).resolver.sdkImport();
}
