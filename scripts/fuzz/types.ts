// The types of the fuzz checks: what a file to check is, and what checking it found.
import type { Linter } from 'eslint';

/** The part of the plugin the checks use; both `src/index.ts` and `dist/index.js` fit. */
export interface PluginUnderTest {
  readonly configs: { readonly all: Linter.Config };
}

export type FailureKind =
  | 'crash'
  | 'unparsable-fix'
  | 'unparsable-suggestion'
  | 'value-changed'
  | 'replaced-143'
  | 'unexpected-fix'
  | 'unsafe-binding'
  | 'fix-despite-write'
  | 'merged-tokens'
  | 'fix-mismatch'
  | 'not-idempotent'
  | 'no-convergence';

export interface Failure {
  readonly kind: FailureKind;
  readonly detail: string;
  /** 1-based line in the text the failure concerns (the input, or the output of a fix pass). */
  readonly line?: number;
}

/** One number a fix replaced, and what it became. */
export interface Replacement {
  readonly ruleId: string;
  readonly pass: number;
  readonly line: number;
  readonly column: number;
  readonly original: string;
  readonly value: number;
  readonly text: string;
  readonly constant: string;
}

export interface FileInput {
  readonly text: string;
  readonly filename: string;
  readonly sourceType: 'module' | 'commonjs' | 'script';
  readonly globals?: Readonly<Record<string, 'readonly' | 'writable'>>;
  /** False for third-party code, whose `eslint-disable` comments name rules this config lacks. */
  readonly allowInlineConfig?: boolean;
}

export interface FileCheck {
  /** False when the input itself does not parse: nothing else was checked. */
  readonly parsed: boolean;
  /** The first pass's reports of the plugin's rules. */
  readonly messages: readonly Linter.LintMessage[];
  readonly replacements: readonly Replacement[];
  readonly failures: readonly Failure[];
  /** Things worth a look that are no failure, e.g. a fix that dropped a comment. */
  readonly notes: readonly string[];
  readonly output: string;
  readonly fixPasses: number;
}
