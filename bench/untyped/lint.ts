// Linting with ESLint's `stats` timers on, and summing rule times.
import { Linter } from 'eslint';

import type { BenchFile } from './inputs.js';
import { configFor, OUR_PREFIX, type RuleSetName } from './rule-sets.js';

const linter = new Linter({ configType: 'flat' });

export interface Sample {
  /** From ESLint's `stats`: parsing, every rule, and the whole pass. */
  parse: number;
  total: number;
  rules: Map<string, number>;
}

/** Lints every file `times` times with ESLint's `stats` timers on. */
export function lint(files: readonly BenchFile[], ruleSet: RuleSetName, times = 1): Sample {
  const sample: Sample = { parse: 0, total: 0, rules: new Map() };
  for (const file of files) {
    const config = configFor(ruleSet, file);
    // `stats` is a verify option that ESLint's types do not list yet.
    const options: Linter.FixOptions & { stats: boolean } = {
      filename: file.filename,
      allowInlineConfig: false,
      fix: false,
      stats: true,
    };
    for (let index = 0; index < times; index++) {
      const { messages } = linter.verifyAndFix(file.text, config, options);
      if (messages.some((message) => message.fatal === true)) throw new Error(`${file.filename} does not parse`);
      const [pass] = linter.getTimes().passes;
      if (!pass) throw new Error(`${file.filename}: no timing (not linted?)`);
      sample.parse += pass.parse?.total ?? 0;
      sample.total += pass.total;
      for (const [ruleId, { total }] of Object.entries(pass.rules ?? {}))
        sample.rules.set(ruleId, (sample.rules.get(ruleId) ?? 0) + total);
    }
  }
  return sample;
}

export function ruleTime(sample: Sample, predicate: (ruleId: string) => boolean): number {
  let sum = 0;
  for (const [ruleId, time] of sample.rules) if (predicate(ruleId)) sum += time;
  return sum;
}
export const isOurs = (ruleId: string): boolean => ruleId.startsWith(OUR_PREFIX);
export const isCore = (ruleId: string): boolean => ruleId === 'no-magic-numbers';
export const isEmpty = (ruleId: string): boolean => ruleId.startsWith('empty/');
