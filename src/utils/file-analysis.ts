import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';

import type { OperationFamily } from '../data/index.js';
import { ErrorCodeSiteFinder } from './sites/error-code-site-finder.js';
import { FailureOrigins } from './origin/index.js';
import { FixBindings } from './sdk/fix-bindings.js';
import { ParseReferenceResolver } from './sdk/parse-reference.js';
import { findSdkUses, mayNameSdk, NO_SDK_USES, type SdkUses } from './sdk/sdk-uses.js';

/**
 * One file's analysis: its resolver, fix bindings and site finder with their caches, shared by every
 * rule. Each part is made at its first use: most files need few of them, and many none.
 */
export class FileAnalysis {
  readonly #sourceCode: Readonly<SourceCode>;
  #resolver: ParseReferenceResolver | undefined;
  #fixBindings: FixBindings | undefined;
  #sites: ErrorCodeSiteFinder | undefined;
  #sdkUses: SdkUses | undefined;

  constructor(sourceCode: Readonly<SourceCode>) {
    this.#sourceCode = sourceCode;
  }

  get resolver(): ParseReferenceResolver {
    this.#resolver ??= new ParseReferenceResolver(this.#sourceCode);
    return this.#resolver;
  }

  get fixBindings(): FixBindings {
    this.#fixBindings ??= new FixBindings(this.#sourceCode, this.resolver);
    return this.#fixBindings;
  }

  get sites(): ErrorCodeSiteFinder {
    this.#sites ??= new ErrorCodeSiteFinder(this.#sourceCode, this.resolver);
    return this.#sites;
  }

  /** The file's uses of the SDK, found once for the visitor and every rule that asks; none where the text cannot name it. */
  sdkUses(): SdkUses {
    this.#sdkUses ??= mayNameSdk(this.#sourceCode) ? findSdkUses(this.#sourceCode, this.resolver) : NO_SDK_USES;
    return this.#sdkUses;
  }
}

const analyses = new WeakMap<TSESTree.Program, FileAnalysis>();

/** The analysis of the file `sourceCode` holds, made at its first use. */
export function getFileAnalysis(sourceCode: Readonly<SourceCode>): FileAnalysis {
  let analysis = analyses.get(sourceCode.ast);
  if (!analysis) {
    analysis = new FileAnalysis(sourceCode);
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
