/**
 * What `npm run smoke`, `npm run fuzz` and tests/fuzz check on every file: lint it with every rule
 * of the plugin (`configs.all`, JavaScript and TypeScript through @typescript-eslint/parser), apply
 * the fixes pass by pass the way ESLint does, and check that
 * - no rule throws;
 * - every fixed file still parses;
 * - every fix replaces a number with a `Parse.Error` constant that, in the real SDK
 *   (`require('parse/node')`), has that very value, never for 143;
 * - the replacement names the SDK where it stands: its root binding is the SDK (or the Cloud Code
 *   global `Parse`), not shadowed, not reassigned, declared before the fix (checked on the fixed file,
 *   independently of the plugin's own resolver);
 * - ESLint's `verifyAndFix` produces the same output, and a second fix pass changes nothing;
 * - every suggestion of every rule, applied on its own, leaves code that parses, and those of
 *   `no-magic-numbers` keep the value too.
 */
export { applyFixes } from './apply-fixes.js';
export { FixChecker, PLUGIN_PREFIX } from './fix-checker.js';
export { KNOWN_ISSUES, knownIssueOf, type KnownIssue } from './known-issues.js';
export { RuleCounts, silentRulesMessage } from './rule-counts.js';
export { runFuzz, type FuzzFailure, type FuzzOptions, type FuzzSummary } from './run.js';
export { numberWrittenBy } from './sdk.js';
export type { Failure, FailureKind, FileCheck, FileInput, PluginUnderTest, Replacement } from './types.js';
