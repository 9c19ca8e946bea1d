// The fuzz run: generate programs from a seed, check each, and sum up.
import { generateProgram, programSeedOf, type GeneratedProgram, type ProgramKind } from '../fuzz-programs.js';
import { FixChecker } from './fix-checker.js';
import { knownIssueOf } from './known-issues.js';
import { RuleCounts } from './rule-counts.js';
import type { Failure, FileCheck, PluginUnderTest } from './types.js';

export interface FuzzOptions {
  readonly plugin: PluginUnderTest;
  /** Every code of the catalog; templates draw most of their codes from it. */
  readonly codes: readonly number[];
  readonly count: number;
  readonly seed: number;
  /** Replay these program seeds instead of deriving `count` of them from `seed`. */
  readonly programSeeds?: readonly number[];
  /** Called for every program with a failure, known issues included. */
  readonly onFailure?: (program: GeneratedProgram, check: FileCheck) => void;
}

export interface FuzzFailure {
  readonly program: GeneratedProgram;
  /** The failures that are no known issue. */
  readonly failures: readonly Failure[];
}

export interface FuzzSummary {
  readonly programs: number;
  readonly byKind: ReadonlyMap<ProgramKind, number>;
  /** Generated programs that did not parse (mutated eslump output may not); they are not linted further. */
  readonly unparsable: number;
  readonly counts: RuleCounts;
  /** Programs with failures that are no known issue. */
  readonly failures: readonly FuzzFailure[];
  /** Known issues met, with the seeds of the programs that met them. */
  readonly knownIssues: ReadonlyMap<string, readonly number[]>;
  readonly notes: readonly string[];
  readonly milliseconds: number;
}

/** Generates and checks `count` programs; the same seed gives the same programs. */
export function runFuzz(options: FuzzOptions): FuzzSummary {
  const started = performance.now();
  const checker = new FixChecker(options.plugin);
  const counts = new RuleCounts();
  const byKind = new Map<ProgramKind, number>();
  const failures: FuzzFailure[] = [];
  const knownIssues = new Map<string, number[]>();
  const notes = new Set<string>();
  let unparsable = 0;
  const seeds =
    options.programSeeds ?? Array.from({ length: options.count }, (_, index) => programSeedOf(options.seed, index));
  for (const programSeed of seeds) {
    const program = generateProgram(programSeed, options.codes);
    byKind.set(program.kind, (byKind.get(program.kind) ?? 0) + 1);
    const check = checker.check(program);
    if (!check.parsed) {
      unparsable++;
      continue;
    }
    counts.add(check);
    for (const note of check.notes) notes.add(note.replace(/line \d+/u, 'line N'));
    if (check.failures.length === 0) continue;
    options.onFailure?.(program, check);
    const unknown: Failure[] = [];
    for (const failure of check.failures) {
      const issue = knownIssueOf(failure);
      if (!issue) unknown.push(failure);
      else if (!knownIssues.get(issue.id)?.includes(program.seed))
        knownIssues.set(issue.id, [...(knownIssues.get(issue.id) ?? []), program.seed]);
    }
    if (unknown.length > 0) failures.push({ program, failures: unknown });
  }
  return {
    programs: seeds.length,
    byKind,
    unparsable,
    counts,
    failures,
    knownIssues,
    notes: [...notes],
    milliseconds: performance.now() - started,
  };
}
