// `npm run bench:cold [-- --reps N] [-- --corpus DIR]...`: how much of a file's analysis is the
// CPU's caches gone cold between files (issue #26's floor). A copy of the built bundle times, in
// each file that has them, the file's SDK-use search and the analysis of its first numeric-literal
// candidate, then does the same work again at once with fresh per-file objects (a new analysis
// keyed to a copy of the Program node, so that none of the plugin's per-file caches answers):
// what the first run costs beyond the second is what parsing the file and ESLint's traversal evicted.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';

import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

import type { plugin as builtPlugin } from '../scripts/built-plugin.js';
import { REPOSITORY_ROOT, smokeCorpus, sourceTypeOf } from '../scripts/smoke-corpus.js';
import { edited } from './lib/stages.js';
import { format } from './lib/stats.js';

const { values } = parseArgs({
  options: { reps: { type: 'string', default: '3' }, corpus: { type: 'string', multiple: true, default: [] } },
});
const REPS = Number(values.reps);
if (!Number.isSafeInteger(REPS) || REPS < 1) throw new Error(`--reps takes a positive integer, not ${values.reps}`);

/** What the copy records: per work and file, the first run and the same work again, in ms. */
interface ColdCacheTimes {
  sdkSearch: [number, number][];
  firstCandidate: [number, number][];
}
const times: ColdCacheTimes = { sdkSearch: [], firstCandidate: [] };
(globalThis as { parseErrorCodesColdCacheTimes?: ColdCacheTimes }).parseErrorCodesColdCacheTimes = times;

/** The per-file analysis again, keyed to a copy of the file's Program: every per-file cache of the plugin starts empty. */
const AGAIN = 'new FileAnalysis(Object.create(sourceCode, { ast: { value: { ...sourceCode.ast } } }))';
const RECORD = 'globalThis.parseErrorCodesColdCacheTimes';
const SDK_SEARCH = 'if (mayUseSdkMembers(sourceCode)) deliverSdkUses();';
const LITERAL_CANDIDATE = 'if (mayBeLiteralSite(node)) deliverSites(analysis().sites.literalSites(node));';

function instrumentedPlugin(): typeof builtPlugin {
  let text = readFileSync(path.join(REPOSITORY_ROOT, 'dist', 'index.cjs'), 'utf8');
  text = edited(
    text,
    SDK_SEARCH,
    `if (mayUseSdkMembers(sourceCode)) {
      const start = performance.now(); analysis().sdkUses(); const first = performance.now() - start;
      const again = performance.now(); ${AGAIN}.sdkUses();
      ${RECORD}.sdkSearch.push([first, performance.now() - again]);
      deliverSdkUses();
    }`,
  );
  text = edited(
    text,
    LITERAL_CANDIDATE,
    `if (mayBeLiteralSite(node)) {
      const isFirst = fileAnalysis === undefined;
      const start = performance.now(); const candidates = analysis().sites.literalSites(node); const first = performance.now() - start;
      if (isFirst) { const again = performance.now(); ${AGAIN}.sites.literalSites(node); ${RECORD}.firstCandidate.push([first, performance.now() - again]); }
      deliverSites(candidates);
    }`,
  );
  const directory = path.join(REPOSITORY_ROOT, '.cache', 'bench', 'cold-cache');
  mkdirSync(directory, { recursive: true });
  const file = path.join(directory, 'index.cjs');
  writeFileSync(file, text);
  return createRequire(file)(file) as typeof builtPlugin;
}

const plugin = instrumentedPlugin();
const corpora: [string, string[]][] = [
  ['smoke corpus (parse + parse-server lib/)', smokeCorpus().map((file) => file.text)],
  ...values.corpus.map((directory): [string, string[]] => [
    path.basename(directory),
    readdirSync(directory, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.[cm]?js$/u.test(name) && !name.split(path.sep).includes('node_modules'))
      .sort()
      .map((name) => readFileSync(path.join(directory, name), 'utf8')),
  ]),
];

const linter = new Linter({ configType: 'flat' });
console.log('| corpus | work | files | first run | the same work again | first / again |');
console.log('|---|---|---|---|---|---|');
for (const [name, texts] of corpora) {
  times.sdkSearch.length = 0;
  times.firstCandidate.length = 0;
  for (let rep = 0; rep <= REPS; rep++) {
    // Repetition 0 warms the JIT up; its times are dropped.
    if (rep === 1) {
      times.sdkSearch.length = 0;
      times.firstCandidate.length = 0;
    }
    for (const text of texts) {
      linter.verify(
        text,
        [
          {
            files: ['**/*.js'],
            plugins: { 'parse-error-codes': plugin },
            languageOptions: {
              parser: tsParser,
              sourceType: sourceTypeOf(text),
              parserOptions: { ecmaFeatures: { jsx: true } },
            },
            rules: plugin.configs.all.rules,
          },
        ],
        { filename: path.join(REPOSITORY_ROOT, 'bench-input', 'file.js') },
      );
    }
  }
  for (const [work, pairs] of [
    ['SDK-use search', times.sdkSearch],
    ['first numeric-literal candidate', times.firstCandidate],
  ] as const) {
    const first = pairs.reduce((sum, [time]) => sum + time, 0) / REPS;
    const again = pairs.reduce((sum, [, time]) => sum + time, 0) / REPS;
    console.log(
      `| ${name} | ${work} | ${pairs.length / REPS} | ${format(first, 2)} ms | ${format(again, 2)} ms | ${format(first / again, 1)}× |`,
    );
  }
}
