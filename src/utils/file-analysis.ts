import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { ErrorCodeSiteFinder } from './error-code-site-finder.js';
import { ParseReferenceResolver } from './parse-reference.js';

/** One file's analysis: its resolver and site finder with their caches, shared by every rule. */
export interface FileAnalysis {
  readonly resolver: ParseReferenceResolver;
  readonly sites: ErrorCodeSiteFinder;
}

const analyses = new WeakMap<TSESTree.Program, FileAnalysis>();

/** The analysis of the file `sourceCode` holds, made at its first use. */
export function getFileAnalysis(sourceCode: Readonly<SourceCode>): FileAnalysis {
  let analysis = analyses.get(sourceCode.ast);
  if (!analysis) {
    const resolver = new ParseReferenceResolver(sourceCode);
    analysis = { resolver, sites: new ErrorCodeSiteFinder(sourceCode, resolver) };
    analyses.set(sourceCode.ast, analysis);
  }
  return analysis;
}
