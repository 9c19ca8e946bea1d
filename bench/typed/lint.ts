// One typed lint of the corpus, as one `eslint` run does it, with ESLint's `stats`.
import v8 from 'node:v8';
import vm from 'node:vm';

import * as tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';

import { configFor, type ConfigName } from './configs.js';
import { CORPUS_DIRECTORY } from './corpus.js';

export const OUR_PREFIX = 'parse-error-codes/';
const TSESLINT_PREFIX = '@typescript-eslint/';

export interface Sample {
  /** `lintFiles()` from call to answer. */
  wall: number;
  /** CPU time of the process (all threads) meanwhile: less disturbed than `wall` by other processes. */
  cpu: number;
  /** Sums over files of ESLint's `stats`: the whole pass, parsing, our rules, typescript-eslint's rules. */
  total: number;
  parse: number;
  /** The longest parse of one file: the one that built the TypeScript program. */
  programParse: number;
  ours: number;
  tseslint: number;
  /** Problems per rule (ours only). */
  problems: Map<string, number>;
}

/**
 * One lint of the corpus as one `eslint` run does it: typescript-eslint's caches, its project
 * service with them, are cleared first, so the TypeScript program is built afresh (while the first
 * file linted is parsed) and the type checker starts cold; a new ESLint instance, no cache. A new
 * ESLint instance alone would keep the project service, its program and the checker's caches.
 */
export async function lintCorpus(name: ConfigName): Promise<Sample> {
  tsParser.clearCaches();
  // The previous pass's program is garbage now: collect it here rather than during the lint.
  collectGarbage();
  const eslint = new ESLint({
    cwd: CORPUS_DIRECTORY,
    overrideConfigFile: true,
    overrideConfig: configFor(name),
    stats: true,
    cache: false,
  });
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const results = await eslint.lintFiles(['src']);
  const wall = performance.now() - started;
  const { user, system } = process.cpuUsage(cpuStarted);
  const sample: Sample = {
    wall,
    cpu: (user + system) / 1000,
    total: 0,
    parse: 0,
    programParse: 0,
    ours: 0,
    tseslint: 0,
    problems: new Map(),
  };
  for (const result of results) {
    const fatal = result.messages.find((message) => message.fatal === true);
    if (fatal) throw new Error(`${result.filePath}: ${fatal.message}`);
    const pass = result.stats?.times.passes[0];
    if (!pass) throw new Error(`${result.filePath}: no timing (not linted?)`);
    sample.total += pass.total;
    sample.parse += pass.parse?.total ?? 0;
    sample.programParse = Math.max(sample.programParse, pass.parse?.total ?? 0);
    for (const [ruleId, { total }] of Object.entries(pass.rules ?? {})) {
      if (ruleId.startsWith(OUR_PREFIX)) sample.ours += total;
      else if (ruleId.startsWith(TSESLINT_PREFIX)) sample.tseslint += total;
    }
    for (const { ruleId } of result.messages) {
      if (ruleId?.startsWith(OUR_PREFIX) === true) sample.problems.set(ruleId, (sample.problems.get(ruleId) ?? 0) + 1);
    }
  }
  if (results.length === 0) throw new Error('nothing linted');
  return sample;
}

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;
