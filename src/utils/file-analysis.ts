import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';

import type { OperationFamily } from '../data/index.js';
import { ErrorCodeSiteFinder } from './sites/error-code-site-finder.js';
import { FailureOrigins } from './origin/index.js';
import { FixBindings } from './sdk/fix-bindings.js';
import { ParseReferenceResolver } from './sdk/parse-reference.js';
import { findSdkUses, type SdkUses } from './sdk/sdk-uses.js';

/** One file's analysis: its resolver, fix bindings and site finder with their caches, shared by every rule. */
export interface FileAnalysis {
  readonly resolver: ParseReferenceResolver;
  readonly fixBindings: FixBindings;
  readonly sites: ErrorCodeSiteFinder;
  /** The file's uses of the SDK, found once for the visitor and every rule that asks. */
  readonly sdkUses: () => SdkUses;
}

const analyses = new WeakMap<TSESTree.Program, FileAnalysis>();

/** The analysis of the file `sourceCode` holds, made at its first use. */
export function getFileAnalysis(sourceCode: Readonly<SourceCode>): FileAnalysis {
  let analysis = analyses.get(sourceCode.ast);
  if (!analysis) {
    const resolver = new ParseReferenceResolver(sourceCode);
    let sdkUses: SdkUses | undefined;
    analysis = {
      resolver,
      fixBindings: new FixBindings(sourceCode, resolver),
      sites: new ErrorCodeSiteFinder(sourceCode, resolver),
      sdkUses: () => (sdkUses ??= findSdkUses(sourceCode, resolver)),
    };
    analyses.set(sourceCode.ast, analysis);
  }
  return analysis;
}

const origins = new WeakMap<TSESTree.Program, FailureOrigins>();

/**
 * The SDK operations whose failure `subject` (a site's `err.code`) handles, where the code shows
 * them; undefined when unknown. Made at the first question, so files no rule asks about pay nothing.
 */
export function failedOperationsOf(
  sourceCode: Readonly<SourceCode>,
  subject: TSESTree.Node,
): readonly OperationFamily[] | undefined {
  let finder = origins.get(sourceCode.ast);
  if (!finder) {
    finder = new FailureOrigins(sourceCode, getFileAnalysis(sourceCode).resolver);
    origins.set(sourceCode.ast, finder);
  }
  return finder.of(subject);
}
