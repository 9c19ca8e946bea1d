import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleContext, SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { getFileAnalysis } from '../file-analysis.js';
import type { ParseReferenceResolver } from './parse-reference.js';
import { PARSE_MODULES } from './sdk-shape.js';

/** An import of the SDK the file has, for messages that tell it how to import `Parse`. */
export interface SdkImport {
  readonly module: string;
  /** True for `import * as Parse from 'parse/node'` when the file gives no evidence that it is the SDK object. */
  readonly namespace: boolean;
}

/**
 * The SDK module the file imports, for a message that tells it where to import `Parse` from; a
 * namespace import the file reads no member of comes first, as it needs its own advice.
 */
export function findSdkImport(
  sourceCode: Readonly<SourceCode>,
  resolver: ParseReferenceResolver,
): SdkImport | undefined {
  let first: SdkImport | undefined;
  for (const statement of sourceCode.ast.body) {
    if (statement.type !== 'ImportDeclaration' || !PARSE_MODULES.has(statement.source.value)) continue;
    const module = statement.source.value;
    for (const specifier of statement.specifiers) {
      if (specifier.type !== 'ImportNamespaceSpecifier' || statement.importKind === 'type') continue;
      const [variable] = sourceCode.getDeclaredVariables(specifier);
      if (variable && resolver.sdkValueOfVariable(variable) === undefined) return { module, namespace: true };
    }
    first ??= { module, namespace: false };
  }
  return first;
}

const sdkImports = new WeakMap<TSESTree.Program, SdkImport | null>();

/**
 * The SDK module the file already imports, for a message that tells it where to import `Parse`
 * from: an unusable namespace import first (`import * as Parse from 'parse/node'` without evidence).
 */
export function sdkImportOf(context: Readonly<RuleContext<string, readonly unknown[]>>): SdkImport | undefined {
  const { sourceCode } = context;
  let sdkImport = sdkImports.get(sourceCode.ast);
  if (sdkImport === undefined) {
    sdkImport = findSdkImport(sourceCode, getFileAnalysis(sourceCode).resolver) ?? null;
    sdkImports.set(sourceCode.ast, sdkImport);
  }
  return sdkImport ?? undefined;
}
