import type { FileCheck } from './types.js';

/** Per-rule counts over many files. */
export class RuleCounts {
  readonly reports = new Map<string, number>();
  readonly fixes = new Map<string, number>();

  add(check: FileCheck): void {
    for (const message of check.messages) increment(this.reports, message.ruleId ?? '');
    for (const replacement of check.replacements) increment(this.fixes, replacement.ruleId);
  }

  /** Lines of `rule  reports  fixes`, for every rule in `ruleIds` and any other that reported. */
  table(ruleIds: readonly string[]): string[] {
    const ids = [...new Set([...ruleIds, ...this.reports.keys(), ...this.fixes.keys()])].sort();
    const width = Math.max(4, ...ids.map((id) => id.length));
    return [
      `${'rule'.padEnd(width)}  reports    fixes`,
      ...ids.map(
        (id) =>
          `${id.padEnd(width)}  ${String(this.reports.get(id) ?? 0).padStart(7)}  ${String(this.fixes.get(id) ?? 0).padStart(7)}`,
      ),
    ];
  }

  /** The rules of `ruleIds` that got no report at all. */
  silent(ruleIds: readonly string[]): string[] {
    return ruleIds.filter((ruleId) => (this.reports.get(ruleId) ?? 0) === 0);
  }
}

/**
 * Why a run that left `silentRuleIds` without a report proves nothing for them: the fuzzer must
 * make every rule report, so a new rule needs programs with the sites it reports.
 */
export function silentRulesMessage(silentRuleIds: readonly string[], programs: number): string {
  return [
    `No report from ${silentRuleIds.join(', ')} in ${programs} fuzz programs: the fuzzer must make every rule report, or it checks nothing of that rule.`,
    'Add a fuzz template that writes the sites the rule reports (a statement in TemplateProgram#statement, scripts/fuzz-programs.ts; see CONTRIBUTING.md, "Adding a rule").',
  ].join('\n');
}

function increment(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
