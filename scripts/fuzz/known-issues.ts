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
 * The first two findings (a fix through `const P = Parse` before a later `var Parse = require(…)`,
 * and through a `var` declared inside an `if` block) were fixed in src/utils/parse-reference.ts;
 * tests/fuzz keeps their reproductions as regression tests. The two below are issue #22's items 2
 * and 4, whose fixes are in the resolver (issue #26): once they are merged, their `it.fails`
 * reproductions in tests/fuzz fail, and the entries go.
 */
export const KNOWN_ISSUES: readonly KnownIssue[] = [
  {
    id: 'global-parse-from-write-or-type',
    description:
      "A fix through an undeclared Parse that the file assigns (Parse = require('papaparse')) or, in TypeScript, names only in a type.",
    reproduction: "Parse = require('papaparse');\nfunction f(e) {\n  return e.code === 101;\n}\n",
    matches: (failure) =>
      failure.kind === 'unsafe-binding' &&
      failure.detail.includes('Parse is an undeclared global the file reads as no value'),
  },
  {
    id: 'call-before-initialization',
    description: 'A fix in a function that the file calls before the binding the fix reads is initialized.',
    reproduction:
      "f({ code: 1 });\nconst Parse = require('parse/node');\nfunction f(e) {\n  return e.code === 101;\n}\n",
    matches: (failure) =>
      failure.kind === 'unsafe-binding' && failure.detail.includes('is read before it is initialized: the file calls'),
  },
];

export function knownIssueOf(failure: Failure): KnownIssue | undefined {
  return KNOWN_ISSUES.find((issue) => issue.matches(failure));
}
