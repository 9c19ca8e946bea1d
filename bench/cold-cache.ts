// `npm run bench:cold [-- --reps N] [-- --corpus DIR]...`: how much of a file's analysis is the
// CPU's caches gone cold between files (issue #26's floor). A copy of the built bundle times, in
// each file that has them, the file's SDK-use search and the analysis of its first numeric-literal
// candidate, then does the same work again at once with fresh per-file objects (a new analysis
// keyed to a copy of the Program node, so that none of the plugin's per-file caches answers):
// what the first run costs beyond the second is what parsing the file and ESLint's traversal evicted.
import path from 'node:path';
import { parseArgs } from 'node:util';

import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

import type { plugin as builtPlugin } from '../scripts/built-plugin.js';
import { smokeCorpus } from '../scripts/smoke-corpus.js';
import { bundleText, edited, loadedCopy } from './lib/bundle-copy.js';
import { format } from './lib/stats.js';
import { benchFile, directoryFiles, type BenchFile } from './untyped/inputs.js';

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
  let text = bundleText();
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
  return loadedCopy('cold-cache', 'index', text);
}

const plugin = instrumentedPlugin();
const corpora: [string, BenchFile[]][] = [
  [
    'smoke corpus (parse + parse-server lib/)',
    smokeCorpus().map((file) => benchFile(path.join('smoke', file.packageName, file.name), file.text)),
  ],
  ...values.corpus.map((directory): [string, BenchFile[]] => [path.basename(directory), directoryFiles(directory)]),
];

const linter = new Linter({ configType: 'flat' });
console.log('| corpus | work | files | first run | the same work again | first / again |');
console.log('|---|---|---|---|---|---|');
for (const [name, files] of corpora) {
  for (let rep = 0; rep <= REPS; rep++) {
    // Repetition 0 warms the JIT up: its times, and the last corpus's, are dropped.
    if (rep === 1) {
      times.sdkSearch.length = 0;
      times.firstCandidate.length = 0;
    }
    for (const { filename, text, sourceType } of files) {
      linter.verify(
        text,
        [
          {
            files: ['**/*.{js,mjs,cjs}'],
            plugins: { 'parse-error-codes': plugin },
            languageOptions: {
              parser: tsParser,
              sourceType,
              parserOptions: { ecmaFeatures: { jsx: true } },
            },
            rules: plugin.configs.all.rules,
          },
        ],
        { filename },
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
