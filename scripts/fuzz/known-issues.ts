import type { Failure } from './types.js';

/**
 * Wrong fixes the fuzzer has found and the plugin still makes. They are counted apart, so that a run
 * fails only on new findings (`npm run fuzz -- --strict` fails on these too). Each comes with a
 * reproduction, which tests/fuzz runs as an `it.fails` test: it starts failing once the plugin is
 * fixed, and then the entry goes (its reproduction becomes a regression test there).
 */
export interface KnownIssue {
  readonly id: string;
  readonly description: string;
  /** A CommonJS file on which the plugin makes the wrong fix. */
  readonly reproduction: string;
  readonly matches: (failure: Failure) => boolean;
}

/**
 * None at present. The findings so far (a fix through `const P = Parse` before a later `var Parse =
 * require(…)`, through a `var` declared inside an `if` block, through an undeclared `Parse` the file
 * only assigns or names in a type, and in a function the file calls before the binding is
 * initialized) were fixed in the resolver; tests/fuzz keeps their reproductions as regression tests.
 */
export const KNOWN_ISSUES: readonly KnownIssue[] = [];
export function knownIssueOf(failure: Failure): KnownIssue | undefined {
  return KNOWN_ISSUES.find((issue) => issue.matches(failure));
}
