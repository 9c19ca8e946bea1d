import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { codeText } from '../file-text.js';
import { sdkValueOfModule, type SdkValue } from './sdk-shape.js';

/** A quoted name of a module of the SDK: the offset of its opening quote, and what the module is. */
export interface QuotedSdkModule {
  readonly offset: number;
  readonly value: SdkValue;
}

/** A quoted module name that may be one of the SDK's (`sdkValueOfModule` decides): `'parse/node'`, `"./ParseError"`. */
const QUOTED_MODULE_NAME = /['"`](parse(?:\/[\w-]+)?|\.\.?\/(?:[^'"`\n]*\/)?ParseError(?:\.[cm]?[jt]s)?)['"`]/gu;

const quotedModulesByFile = new WeakMap<TSESTree.Program, readonly QuotedSdkModule[]>();

/**
 * Where the file's code quotes the name of one of the SDK's modules (`'parse/node'`,
 * `"./ParseError"`), in the order of the text; found once per file for every search that starts
 * from them.
 */
export function quotedSdkModules(sourceCode: Readonly<SourceCode>): readonly QuotedSdkModule[] {
  let quoted = quotedModulesByFile.get(sourceCode.ast);
  if (!quoted) {
    const found: QuotedSdkModule[] = [];
    for (const match of codeText(sourceCode).matchAll(QUOTED_MODULE_NAME)) {
      const value = sdkValueOfModule(match[1] ?? '');
      if (value !== undefined) found.push({ offset: match.index, value });
    }
    quoted = found;
    quotedModulesByFile.set(sourceCode.ast, quoted);
  }
  return quoted;
}
