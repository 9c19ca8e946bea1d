/**
 * Consumer test: packs the package with `npm pack`, installs the tarball into one temporary project
 * per ESLint major, and runs the real `eslint` CLI and `ESLint` API there, for each config style
 * (ESM `eslint.config.js`, CommonJS `eslint.config.cjs`, TypeScript `eslint.config.ts`) on the same
 * JavaScript and TypeScript fixture sources.
 *
 * Slow (installs from the registry, cached in `.cache/consumer/`): it runs with
 * `npm run test:consumer`, never in the plain `vitest run`. `KEEP_CONSUMER_PROJECTS=1` keeps the
 * temporary projects for a look afterwards.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const fixturesDir = fileURLToPath(new URL('fixtures/', import.meta.url));
const npmCacheDir = path.join(repoRoot, '.cache', 'consumer', 'npm-cache');
const PACKAGE_NAME = 'eslint-plugin-parse-error-codes';

/** The ESLint majors to test, each installed in its own project at its newest release. */
const MAJORS = [
  { major: 9, range: '^9' },
  { major: 10, range: '^10' },
] as const;

/** The other packages every project gets. */
const SHARED_DEV_DEPENDENCIES = {
  '@typescript-eslint/parser': '^8',
  jiti: '^2',
  typescript: '~5.9',
};

/** The config styles: each a subfolder of the project, with the same sources under `src/`. */
const STYLES = [
  { style: 'esm', configFile: 'eslint.config.js', packageType: undefined },
  { style: 'cjs', configFile: 'eslint.config.cjs', packageType: 'commonjs' },
  { style: 'ts', configFile: 'eslint.config.ts', packageType: undefined },
] as const;

const SOURCE_FILES = ['src/cloud.js', 'src/handlers.js', 'src/session.ts'] as const;

/** `tsc` options for the TypeScript config: strict, and with `skipLibCheck` off so that the plugin's `.d.ts` is checked too. */
const TS_CONFIG_TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    types: [],
  },
  include: ['eslint.config.ts'],
};

/** `tsc` options that check the CommonJS config (it has `// @ts-check`) as an editor does. */
const CJS_CONFIG_TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noEmit: true,
    allowJs: true,
    checkJs: true,
    skipLibCheck: true,
    types: [],
  },
  include: ['eslint.config.cjs'],
};

/** What an editor does: lint the open text with fixes on, and read the suggestions of what is left. */
const API_SCRIPT = `import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ESLint } from 'eslint';

const eslint = new ESLint({ fix: true });
const results = [];
for (const file of process.argv.slice(2)) {
  const filePath = path.resolve(file);
  const [result] = await eslint.lintText(await readFile(filePath, 'utf8'), { filePath });
  results.push({ filePath, output: result.output ?? null, messages: result.messages });
}
process.stdout.write(JSON.stringify({ version: ESLint.version, results }));
`;

/** Loads the package both ways and describes what each gives. */
const SHAPE_SCRIPT_CJS = `const plugin = require('${PACKAGE_NAME}');
const catalog = require('${PACKAGE_NAME}/catalog');
const { version } = require('${PACKAGE_NAME}/package.json');
process.stdout.write(JSON.stringify({
  hasDefaultProperty: 'default' in plugin,
  meta: plugin.meta,
  rules: Object.keys(plugin.rules ?? {}),
  configs: Object.keys(plugin.configs ?? {}),
  configsRegisterPlugin: Object.values(plugin.configs ?? {}).every((config) => config.plugins['parse-error-codes'] === plugin),
  catalog: Object.keys(catalog).sort(),
  version,
}));
`;
const SHAPE_SCRIPT_ESM = `import { createRequire } from 'node:module';
import plugin from '${PACKAGE_NAME}';
import * as catalog from '${PACKAGE_NAME}/catalog';
import packageJson from '${PACKAGE_NAME}/package.json' with { type: 'json' };
process.stdout.write(JSON.stringify({
  hasDefaultProperty: 'default' in plugin,
  meta: plugin.meta,
  rules: Object.keys(plugin.rules ?? {}),
  configs: Object.keys(plugin.configs ?? {}),
  configsRegisterPlugin: Object.values(plugin.configs ?? {}).every((config) => config.plugins['parse-error-codes'] === plugin),
  catalog: Object.keys(catalog).sort(),
  version: packageJson.version,
}));
process.stderr.write(String(createRequire(import.meta.url)('${PACKAGE_NAME}') === plugin));
`;

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

interface LintSuggestion {
  desc: string;
  fix: { range: [number, number]; text: string };
}

interface LintMessage {
  ruleId: string | null;
  severity: 1 | 2;
  line: number;
  column: number;
  message: string;
  suggestions?: LintSuggestion[];
}

interface LintResult {
  filePath: string;
  output?: string | null;
  messages: LintMessage[];
}

interface ApiOutput {
  version: string;
  results: LintResult[];
}

interface ExecError {
  code?: number | string;
  stdout?: string;
  stderr?: string;
}

/** Environment for the child processes, without what would change how Node, npm or ESLint behave. */
function childEnv(): NodeJS.ProcessEnv {
  const dropped = (key: string): boolean =>
    key === 'NODE_OPTIONS' || key === 'TS_NODE_PROJECT' || key.startsWith('ESLINT_') || key.startsWith('VITEST');
  return { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !dropped(key))), NO_COLOR: '1' };
}

/** Runs a command; exit codes outside `okCodes` fail with the command's output. */
function run(
  command: string,
  args: readonly string[],
  cwd: string,
  okCodes: readonly number[] = [0],
  extraEnv: Readonly<Record<string, string>> = {},
): Promise<RunResult> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const env = { ...childEnv(), ...extraEnv };
    execFile(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const ms = Math.round(performance.now() - start);
      const failure = error as ExecError | null;
      const code = failure === null ? 0 : typeof failure.code === 'number' ? failure.code : -1;
      if (!okCodes.includes(code)) {
        reject(new Error(`\`${command} ${args.join(' ')}\` in ${cwd} exited with ${code}:\n${stdout}\n${stderr}`));
        return;
      }
      resolve({ code, stdout, stderr, ms });
    });
  });
}

async function readFixture(relativePath: string): Promise<string> {
  return readFile(path.join(fixturesDir, relativePath), 'utf8');
}

async function readLines(relativePath: string): Promise<string[]> {
  return (await readFixture(relativePath)).split('\n').filter((line) => line !== '');
}

function severityName(severity: 1 | 2): string {
  return severity === 2 ? 'error' : 'warning';
}

/** One line per message: `src/file.js:line:column severity rule-id message`, in file then position order. */
function formatReports(results: readonly LintResult[], cwd: string): string[] {
  return [...results]
    .map((result) => ({ ...result, file: path.relative(cwd, result.filePath).split(path.sep).join('/') }))
    .sort((a, b) => a.file.localeCompare(b.file))
    .flatMap(({ file, messages }) =>
      messages.map(
        ({ line, column, severity, ruleId, message }) =>
          `${file}:${line}:${column} ${severityName(severity)} ${ruleId ?? '(no rule)'} ${message}`,
      ),
    );
}

/** One line per suggestion: where, which rule, its description, and the line it rewrites once applied. */
function formatSuggestions(results: readonly LintResult[], cwd: string, sources: ReadonlyMap<string, string>): string[] {
  return results.flatMap((result) => {
    const file = path.relative(cwd, result.filePath).split(path.sep).join('/');
    const source = result.output ?? sources.get(file) ?? '';
    return result.messages.flatMap(({ line, column, ruleId, suggestions }) =>
      (suggestions ?? []).map(({ desc, fix }) => {
        const applied = source.slice(0, fix.range[0]) + fix.text + source.slice(fix.range[1]);
        return `${file}:${line}:${column} ${ruleId ?? '(no rule)'} | ${desc} | ${line}: ${applied.split('\n')[line - 1] ?? ''}`;
      }),
    );
  });
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${what} did not print JSON:\n${text}`);
  }
}

async function readJson(file: string): Promise<unknown> {
  return parseJson(await readFile(file, 'utf8'), file);
}

/** `[major, minor]` of a version string. */
function majorMinor(version: string): [number, number] {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return [major, minor];
}

function atLeast(version: string, major: number, minor: number): boolean {
  const [actualMajor, actualMinor] = majorMinor(version);
  return actualMajor > major || (actualMajor === major && actualMinor >= minor);
}

interface Project {
  dir: string;
  eslintVersion: string;
  installMs: number;
}

/** The matrix summary, printed at the end. */
const summary = new Map<string, string[]>();
function note(cell: string, what: string): void {
  summary.set(cell, [...(summary.get(cell) ?? []), what]);
}

let tempRoot = '';
let tarball = '';
let packedFiles: string[] = [];
const projects = new Map<number, Project>();

async function createProject(major: number, range: string): Promise<Project> {
  const dir = path.join(tempRoot, `eslint${major}`);
  await mkdir(dir, { recursive: true });
  const packageJson = {
    name: `consumer-eslint${major}`,
    private: true,
    type: 'module',
    devDependencies: { ...SHARED_DEV_DEPENDENCIES, eslint: range, [PACKAGE_NAME]: `file:${tarball}` },
  };
  await writeFile(path.join(dir, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`);
  const install = await run(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error', '--cache', npmCacheDir],
    dir,
  );

  for (const { style, configFile, packageType } of STYLES) {
    const cellDir = path.join(dir, style);
    await mkdir(path.join(cellDir, 'src'), { recursive: true });
    await copyFile(path.join(fixturesDir, 'configs', `${configFile}.txt`), path.join(cellDir, configFile));
    if (packageType !== undefined) {
      await writeFile(path.join(cellDir, 'package.json'), `${JSON.stringify({ type: packageType }, null, 2)}\n`);
    }
    for (const file of SOURCE_FILES) {
      await copyFile(path.join(fixturesDir, `${file}.txt`), path.join(cellDir, file));
    }
    await writeFile(path.join(cellDir, 'lint-api.mjs'), API_SCRIPT);
  }
  await writeFile(path.join(dir, 'ts', 'tsconfig.json'), `${JSON.stringify(TS_CONFIG_TSCONFIG, null, 2)}\n`);
  await writeFile(path.join(dir, 'cjs', 'tsconfig.json'), `${JSON.stringify(CJS_CONFIG_TSCONFIG, null, 2)}\n`);

  const eslintPackage = (await readJson(path.join(dir, 'node_modules', 'eslint', 'package.json'))) as { version: string };
  return { dir, eslintVersion: eslintPackage.version, installMs: install.ms };
}

function getProject(major: number): Project {
  const project = projects.get(major);
  if (project === undefined) throw new Error(`No project for ESLint ${major}: its install failed.`);
  return project;
}

beforeAll(async () => {
  if (!existsSync(path.join(repoRoot, 'dist', 'index.js'))) {
    throw new Error('dist/ is missing: run `npm run build` first (`npm run test:consumer` does).');
  }
  await mkdir(npmCacheDir, { recursive: true });
  tempRoot = await mkdtemp(path.join(os.tmpdir(), 'parse-error-codes-consumer-'));

  const pack = await run('npm', ['pack', '--json', '--pack-destination', tempRoot, '--cache', npmCacheDir], repoRoot);
  const [packed] = parseJson(pack.stdout, 'npm pack --json') as { filename: string; files: { path: string }[] }[];
  if (packed === undefined) throw new Error('npm pack packed nothing.');
  tarball = path.join(tempRoot, packed.filename);
  packedFiles = packed.files.map((file) => file.path);
  note('pack', `npm pack: ${packed.filename}, ${packedFiles.length} files (${pack.ms} ms)`);

  // Both projects install at once: mostly waiting on the cache and the network.
  const installed = await Promise.all(MAJORS.map(({ major, range }) => createProject(major, range)));
  for (const [index, { major, range }] of MAJORS.entries()) {
    const project = installed[index];
    if (project === undefined) continue;
    projects.set(major, project);
    note(`ESLint ${major}`, `eslint@${range} resolved to ${project.eslintVersion}; npm install ${project.installMs} ms`);
  }
}, 600_000);

afterAll(async () => {
  const lines = ['', 'Consumer test matrix', '===================='];
  for (const [cell, what] of summary) {
    lines.push(cell, ...what.map((item) => `  - ${item}`));
  }
  if (process.env.KEEP_CONSUMER_PROJECTS === '1') {
    lines.push(`Temporary projects kept in ${tempRoot}`);
  } else if (tempRoot !== '') {
    await rm(tempRoot, { recursive: true, force: true });
  }
  console.log(lines.join('\n'));
});

describe('package shape', () => {
  it('packs every file that package.json points to, and nothing but dist/ and the docs', async () => {
    const packageJson = (await readJson(path.join(repoRoot, 'package.json'))) as {
      main: string;
      module: string;
      types: string;
      exports: Record<string, string | Record<string, Record<string, string>>>;
    };

    const targets = [packageJson.main, packageJson.module, packageJson.types];
    for (const entry of Object.values(packageJson.exports)) {
      if (typeof entry === 'string') {
        targets.push(entry);
      } else {
        for (const condition of Object.values(entry)) targets.push(...Object.values(condition));
      }
    }
    const missing = targets.map((target) => target.replace(/^\.\//, '')).filter((target) => !packedFiles.includes(target));
    expect(missing).toEqual([]);
    expect(packedFiles.filter((file) => !/^(dist\/|package\.json$|README|LICEN[CS]E|CHANGELOG)/i.test(file))).toEqual([]);
    note('package shape', `tarball has every main/module/types/exports target (${targets.length} paths)`);
  });

  it('gives the same plugin and catalog to require() and import', async () => {
    const { dir } = getProject(MAJORS[MAJORS.length - 1]?.major ?? 10);
    await writeFile(path.join(dir, 'shape.cjs'), SHAPE_SCRIPT_CJS);
    await writeFile(path.join(dir, 'shape.mjs'), SHAPE_SCRIPT_ESM);
    const fromRequire = parseJson((await run('node', ['shape.cjs'], dir)).stdout, 'shape.cjs') as Record<string, unknown>;
    const esm = await run('node', ['shape.mjs'], dir);
    const fromImport = parseJson(esm.stdout, 'shape.mjs') as Record<string, unknown>;
    const repoPackage = (await readJson(path.join(repoRoot, 'package.json'))) as { name: string; version: string };

    expect(fromRequire).toEqual(fromImport);
    expect(fromRequire).toMatchObject({
      // require() gives the plugin itself, not `{ default: plugin }`.
      hasDefaultProperty: false,
      meta: { name: repoPackage.name, version: repoPackage.version, namespace: 'parse-error-codes' },
      configsRegisterPlugin: true,
      version: repoPackage.version,
    });
    expect(fromRequire.rules).toEqual(
      expect.arrayContaining(['no-magic-numbers', 'no-ambiguous-codes', 'no-deprecated-codes', 'valid-custom-codes']),
    );
    expect(fromRequire.configs).toEqual(expect.arrayContaining(['recommended', 'strict', 'all']));
    expect(fromRequire.catalog).toEqual(expect.arrayContaining(['errorCodes', 'entriesFor', 'fixConstantFor']));
    note('package shape', "require() and import of '.', './catalog' and './package.json' agree; require() gives the plugin itself");
    // One object: an ESM config that also loads a CommonJS shared config must not see two plugins
    // named parse-error-codes ("Cannot redefine plugin").
    expect(esm.stderr).toBe('true');
    note('package shape', 'require() and import give the same plugin object');
  });
});

for (const { major } of MAJORS) {
  describe(`ESLint ${major}`, () => {
    for (const { style, configFile } of STYLES) {
      describe(`${configFile} (${style})`, () => {
        const cell = `ESLint ${major} × ${configFile}`;
        const cellDir = (): string => path.join(getProject(major).dir, style);
        const eslintBin = (): string => path.join(getProject(major).dir, 'node_modules', 'eslint', 'bin', 'eslint.js');

        /** `eslint --format json src` plus `extraArgs`; exit code 1 is expected, the fixtures have errors. */
        async function lint(
          extraArgs: readonly string[],
          extraEnv: Readonly<Record<string, string>> = {},
        ): Promise<{ reports: string[]; ms: number; stderr: string }> {
          const args = [eslintBin(), '--format', 'json', ...extraArgs, 'src'];
          const result = await run('node', args, cellDir(), [0, 1], extraEnv);
          const results = parseJson(result.stdout, `eslint ${extraArgs.join(' ')}`) as LintResult[];
          return { reports: formatReports(results, cellDir()), ms: result.ms, stderr: result.stderr };
        }

        it('reports exactly the expected problems in the JS and TS sources', async () => {
          const { reports, ms } = await lint([]);
          expect(reports).toEqual(await readLines('expected/reports.txt'));
          const flagNote = style === 'ts' ? ', no --flag unstable_ts_config, jiti loads the config' : '';
          note(cell, `eslint src: ${reports.length} reports on ${SOURCE_FILES.join(', ')} match (${ms} ms${flagNote})`);
        });

        it('gives the same reports twice with --cache', async () => {
          const cacheArgs = ['--cache', '--cache-location', '.eslintcache'];
          // ESLint's cache debug log names each file it has to lint again: all of them at first, none the second time.
          const debugEnv = { DEBUG: 'eslint:lint-result-cache' };
          const misses = (stderr: string): number => stderr.split('\n').filter((line) => line.includes('no longer valid')).length;
          const first = await lint(cacheArgs, debugEnv);
          expect(existsSync(path.join(cellDir(), '.eslintcache'))).toBe(true);
          const second = await lint(cacheArgs, debugEnv);
          const expected = await readLines('expected/reports.txt');
          expect(first.reports).toEqual(expected);
          expect(second.reports).toEqual(expected);
          expect(misses(first.stderr)).toBe(SOURCE_FILES.length);
          expect(misses(second.stderr)).toBe(0);
          note(cell, `eslint --cache twice: same reports, 2nd run all cache hits (${first.ms} ms, then ${second.ms} ms)`);
        });

        it('gives the same reports with --concurrency (ESLint >= 9.34)', async () => {
          const { eslintVersion } = getProject(major);
          if (!atLeast(eslintVersion, 9, 34)) {
            note(cell, `--concurrency: skipped, ESLint ${eslintVersion} < 9.34`);
            return;
          }
          const expected = await readLines('expected/reports.txt');
          // With 3 files `auto` never starts worker threads (ESLint's `auto` plans one per 50 files, at most
          // half the cores, and none when that comes to 1), so `2` makes the plugin and config load in workers.
          const auto = await lint(['--concurrency=auto']);
          const two = await lint(['--concurrency=2']);
          expect(auto.reports).toEqual(expected);
          expect(two.reports).toEqual(expected);
          note(cell, `--concurrency=auto and --concurrency=2 (worker threads): same reports (${auto.ms} ms, ${two.ms} ms)`);
        });

        it('fixes and suggests through the ESLint API as an editor does (new ESLint({ fix: true }))', async () => {
          const result = await run('node', ['lint-api.mjs', ...SOURCE_FILES], cellDir(), [0]);
          const { results } = parseJson(result.stdout, 'lint-api.mjs') as ApiOutput;
          const sources = new Map<string, string>();
          for (const file of SOURCE_FILES) sources.set(file, await readFixture(`${file}.txt`));

          const outputs = Object.fromEntries(
            results.map((lintResult) => [path.relative(cellDir(), lintResult.filePath).split(path.sep).join('/'), lintResult.output]),
          );
          expect(outputs).toEqual({
            'src/cloud.js': await readFixture('expected/cloud.js.txt'),
            'src/handlers.js': null,
            'src/session.ts': await readFixture('expected/session.ts.txt'),
          });
          expect(formatReports(results, cellDir())).toEqual(await readLines('expected/reports-after-fix.txt'));
          const suggestions = formatSuggestions(results, cellDir(), sources);
          expect(suggestions).toEqual(await readLines('expected/suggestions.txt'));
          note(cell, `ESLint API lintText({ fix: true }): fixed output and ${suggestions.length} LintMessage.suggestions match (${result.ms} ms)`);
        });

        if (style === 'ts') {
          it('type-checks eslint.config.ts (defineConfig, extends: [plugin.configs.recommended], no casts)', async () => {
            const tsc = path.join(getProject(major).dir, 'node_modules', 'typescript', 'bin', 'tsc');
            const result = await run('node', [tsc, '--noEmit', '-p', 'tsconfig.json'], cellDir());
            expect(result.stdout).toBe('');
            note(cell, `tsc --noEmit (typescript ~5.9, strict, skipLibCheck off): clean (${result.ms} ms)`);
          });
        }

        if (style === 'cjs') {
          it('type-checks eslint.config.cjs with // @ts-check, as an editor does', async () => {
            const projectDir = getProject(major).dir;
            const tsc = path.join(projectDir, 'node_modules', 'typescript', 'bin', 'tsc');
            const result = await run('node', [tsc, '--noEmit', '-p', 'tsconfig.json'], cellDir());
            expect(result.stdout.split('\n').filter((line) => line.includes('error TS'))).toEqual([]);
            note(cell, `tsc --noEmit --checkJs on eslint.config.cjs (require() typed as the plugin): clean (${result.ms} ms)`);
          });
        }

        it('rewrites the files as expected with eslint --fix', async () => {
          const { reports, ms } = await lint(['--fix']);
          expect(reports).toEqual(await readLines('expected/reports-after-fix.txt'));
          const written = Object.fromEntries(
            await Promise.all(SOURCE_FILES.map(async (file) => [file, await readFile(path.join(cellDir(), file), 'utf8')] as const)),
          );
          expect(written).toEqual({
            'src/cloud.js': await readFixture('expected/cloud.js.txt'),
            'src/handlers.js': await readFixture('src/handlers.js.txt'),
            'src/session.ts': await readFixture('expected/session.ts.txt'),
          });
          note(cell, `eslint --fix: fixed files match exactly, ${reports.length} reports remain as expected (${ms} ms)`);
        });
      });
    }
  });
}

