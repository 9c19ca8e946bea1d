/**
 * Consumer test: packs the package with `npm pack`, installs the tarball into one temporary project
 * per ESLint version (the peer floor 9.15.0, the newest 9, the newest 10), and runs the real `eslint`
 * CLI and `ESLint` API there, for each config style (ESM `eslint.config.js`, CommonJS
 * `eslint.config.cjs`, TypeScript `eslint.config.ts`) on the same JavaScript and TypeScript fixture
 * sources. One more project runs the same sources through oxlint's JS plugins (pinned version,
 * without ESLint installed) and expects the same reports and `--fix` output. The ESLint 10 project
 * also holds the typed cells (a JS/TS project with typescript-eslint's type-checked configs and
 * `disable-type-checked`) and a Vue cell (template expressions); Node 22 and 24 (the registry's `node` package) run its CLI and oxlint's;
 * and a fresh clone of HEAD, `npm ci`, `npm pack` without a build must give the same tarball.
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

/** typescript-eslint (the parser everywhere, the typed configs in the ESLint 10 project), pinned. */
const TYPESCRIPT_ESLINT_VERSION = '8.74.0';

/** vue-eslint-parser, for the Vue cell of the ESLint 10 project, pinned. */
const VUE_ESLINT_PARSER_VERSION = '10.4.2';

/**
 * The ESLint versions to test, each installed in its own project: the floor of the peer range and
 * the newest release of each major. ESLint 9.15 has no `eslint/config` (`defineConfig` came in 9.22)
 * and loads `eslint.config.ts` only with `--flag unstable_ts_config` (9.39 needs no flag): that
 * project's TypeScript config is a plain array (configs/eslint.config.plain.ts.txt) run with the flag.
 */
const ESLINT_PROJECTS: readonly EslintProjectSpec[] = [
  {
    id: 'eslint9.15',
    label: 'ESLint 9.15 (peer floor)',
    range: '9.15.0',
    tsConfigFixture: 'eslint.config.plain.ts.txt',
    tsFlags: ['unstable_ts_config'],
  },
  { id: 'eslint9', label: 'ESLint 9', range: '^9', tsConfigFixture: 'eslint.config.ts.txt', tsFlags: [] },
  {
    id: 'eslint10',
    label: 'ESLint 10',
    range: '10.16.0',
    tsConfigFixture: 'eslint.config.ts.txt',
    tsFlags: [],
    // The typed cells (typescript-eslint's type-checked configs beside the plugin's) run here.
    extraDevDependencies: {
      'typescript-eslint': TYPESCRIPT_ESLINT_VERSION,
      'vue-eslint-parser': VUE_ESLINT_PARSER_VERSION,
    },
  },
];

/** The newest ESLint, where the package shape and the bin are checked. */
const NEWEST_ESLINT = 'eslint10';

interface EslintProjectSpec {
  id: string;
  label: string;
  range: string;
  /** The fixture copied to `ts/eslint.config.ts`. */
  tsConfigFixture: string;
  /** `--flag`s the TypeScript config needs on this version. */
  tsFlags: readonly string[];
  extraDevDependencies?: Readonly<Record<string, string>>;
}

/** oxlint, pinned exactly: its JS plugin support is young and changes between minor versions. */
const OXLINT_VERSION = '1.96.0';

/**
 * Node.js versions besides the one running the test (the floor, 20): the LTS lines, from the
 * registry's `node` package (it downloads that version's binary), run the ESLint 10 and oxlint CLIs.
 */
const EXTRA_NODE_VERSIONS = ['22.23.3', '24.21.0'] as const;

/** The other packages every project gets. */
const SHARED_DEV_DEPENDENCIES = {
  '@typescript-eslint/parser': TYPESCRIPT_ESLINT_VERSION,
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

const flags = (process.env.CONSUMER_ESLINT_FLAGS ?? '').split(',').filter(Boolean);
const eslint = new ESLint({ fix: true, ...(flags.length > 0 ? { flags } : {}) });
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
const catalogJson = require('${PACKAGE_NAME}/catalog.json');
const { version } = require('${PACKAGE_NAME}/package.json');
process.stdout.write(JSON.stringify({
  hasDefaultProperty: 'default' in plugin,
  meta: plugin.meta,
  rules: Object.keys(plugin.rules ?? {}),
  configs: Object.keys(plugin.configs ?? {}),
  // disable-type-checked has no rules and so no plugins; every other config registers the plugin.
  configsRegisterPlugin: Object.values(plugin.configs ?? {}).every((config) => config.rules === undefined ? config.plugins === undefined : config.plugins['parse-error-codes'] === plugin),
  catalog: Object.keys(catalog).sort(),
  catalogJson: { entries: catalogJson.length, matchesCatalog: catalogJson.every((entry, index) => entry.code === catalog.errorCodes[index].code && entry.name === catalog.errorCodes[index].name && entry.sdkConstant === (catalog.errorCodes[index].sdkConstant ?? null)), catalogEntries: catalog.errorCodes.length },
  version,
}));
`;
const SHAPE_SCRIPT_ESM = `import { createRequire } from 'node:module';
import plugin from '${PACKAGE_NAME}';
import * as catalog from '${PACKAGE_NAME}/catalog';
import catalogJson from '${PACKAGE_NAME}/catalog.json' with { type: 'json' };
import packageJson from '${PACKAGE_NAME}/package.json' with { type: 'json' };
process.stdout.write(JSON.stringify({
  hasDefaultProperty: 'default' in plugin,
  meta: plugin.meta,
  rules: Object.keys(plugin.rules ?? {}),
  configs: Object.keys(plugin.configs ?? {}),
  // disable-type-checked has no rules and so no plugins; every other config registers the plugin.
  configsRegisterPlugin: Object.values(plugin.configs ?? {}).every((config) => config.rules === undefined ? config.plugins === undefined : config.plugins['parse-error-codes'] === plugin),
  catalog: Object.keys(catalog).sort(),
  catalogJson: { entries: catalogJson.length, matchesCatalog: catalogJson.every((entry, index) => entry.code === catalog.errorCodes[index].code && entry.name === catalog.errorCodes[index].name && entry.sdkConstant === (catalog.errorCodes[index].sdkConstant ?? null)), catalogEntries: catalog.errorCodes.length },
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
function formatSuggestions(
  results: readonly LintResult[],
  cwd: string,
  sources: ReadonlyMap<string, string>,
): string[] {
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
const projects = new Map<string, Project>();

/** `npm install` in `dir` from the shared cache, without a lockfile; `extraArgs` such as `--legacy-peer-deps`. */
function npmInstall(dir: string, extraArgs: readonly string[] = []): Promise<RunResult> {
  return run(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
      '--loglevel=error',
      '--cache',
      npmCacheDir,
      ...extraArgs,
    ],
    dir,
  );
}

async function copySources(cellDir: string): Promise<void> {
  await mkdir(path.join(cellDir, 'src'), { recursive: true });
  for (const file of SOURCE_FILES) {
    await copyFile(path.join(fixturesDir, `${file}.txt`), path.join(cellDir, file));
  }
}

async function createProject({
  id,
  range,
  tsConfigFixture,
  extraDevDependencies = {},
}: EslintProjectSpec): Promise<Project> {
  const dir = path.join(tempRoot, id);
  await mkdir(dir, { recursive: true });
  const packageJson = {
    name: `consumer-${id.replace('.', '-')}`,
    private: true,
    type: 'module',
    devDependencies: {
      ...SHARED_DEV_DEPENDENCIES,
      ...extraDevDependencies,
      eslint: range,
      [PACKAGE_NAME]: `file:${tarball}`,
    },
  };
  await writeFile(path.join(dir, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`);
  const install = await npmInstall(dir);
  if ('typescript-eslint' in extraDevDependencies) await createTypedCells(dir);
  if ('vue-eslint-parser' in extraDevDependencies) {
    await mkdir(path.join(dir, 'vue', 'src'), { recursive: true });
    await copyFile(
      path.join(fixturesDir, 'configs', 'eslint.config.vue.js.txt'),
      path.join(dir, 'vue', 'eslint.config.js'),
    );
    await copyFile(path.join(fixturesDir, 'vue', 'App.vue.txt'), path.join(dir, 'vue', 'src', 'App.vue'));
  }

  for (const { style, configFile, packageType } of STYLES) {
    const cellDir = path.join(dir, style);
    const configFixture = style === 'ts' ? tsConfigFixture : `${configFile}.txt`;
    await mkdir(path.join(cellDir, 'src'), { recursive: true });
    await copyFile(path.join(fixturesDir, 'configs', configFixture), path.join(cellDir, configFile));
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

  const eslintPackage = (await readJson(path.join(dir, 'node_modules', 'eslint', 'package.json'))) as {
    version: string;
  };
  return { dir, eslintVersion: eslintPackage.version, installMs: install.ms };
}

/** The typed cells of the ESLint 10 project: each an `eslint.config.js` fixture, a tsconfig, and the sources. */
const TYPED_CELLS = [
  { cell: 'typed-mixed', configFixture: 'eslint.config.typed-mixed.js.txt' },
  { cell: 'typed-fallback', configFixture: 'eslint.config.typed-fallback.js.txt' },
] as const;

/** The typed cells' sources: the shared ones, and a `.code` that only type information rules out. */
const TYPED_SOURCE_FILES = [...SOURCE_FILES, 'src/string-code.js', 'src/string-code.ts'] as const;

const TYPED_TSCONFIG = {
  compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true },
  include: ['src/**/*.ts'],
};

async function createTypedCells(projectDir: string): Promise<void> {
  for (const { cell, configFixture } of TYPED_CELLS) {
    const cellDir = path.join(projectDir, cell);
    await mkdir(path.join(cellDir, 'src'), { recursive: true });
    await copyFile(path.join(fixturesDir, 'configs', configFixture), path.join(cellDir, 'eslint.config.js'));
    await writeFile(path.join(cellDir, 'tsconfig.json'), `${JSON.stringify(TYPED_TSCONFIG, null, 2)}\n`);
    for (const file of TYPED_SOURCE_FILES) {
      await copyFile(path.join(fixturesDir, `${file}.txt`), path.join(cellDir, file));
    }
  }
}

/**
 * The reports the typed cells expect: ESLint's reports.txt, plus the JavaScript copy of the string
 * `.code` test (no type information there), and nothing in its TypeScript original.
 */
async function expectedTypedReports(severityOfAmbiguous: 'warning' | 'error'): Promise<string[]> {
  const reports = (await readLines('expected/reports.txt')).flatMap((line) => {
    const report = line.replace(/ warning (parse-error-codes\/no-ambiguous-codes) /u, ` ${severityOfAmbiguous} $1 `);
    // strict also reports the bare number of a code Parse never sends (no-deprecated-codes' reportUnsentNumbers).
    if (
      severityOfAmbiguous === 'error' &&
      report.startsWith('src/session.ts:24:63 error parse-error-codes/no-magic-numbers ')
    ) {
      return [
        report,
        'src/session.ts:24:63 error parse-error-codes/no-deprecated-codes Error code 124 is never sent by Parse Server or the JS SDK: this error arrives as 100 (CONNECTION_FAILED).',
      ];
    }
    return [report];
  });
  const handlersReport = reports.find((line) => line.startsWith('src/handlers.js:3:22 '));
  if (handlersReport === undefined) throw new Error('expected/reports.txt has no report at src/handlers.js:3:22');
  return [...reports, handlersReport.replace('src/handlers.js:3:22 ', 'src/string-code.js:3:25 ')];
}

/** A Node.js binary from the registry's `node` package, installed in its own folder. */
async function installNode(
  version: string,
): Promise<{ version: string; bin: string; reported: string; installMs: number }> {
  const dir = path.join(tempRoot, `node-${version}`);
  await mkdir(dir, { recursive: true });
  const packageJson = {
    name: `consumer-node-${version.replaceAll('.', '-')}`,
    private: true,
    devDependencies: { node: version },
  };
  await writeFile(path.join(dir, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`);
  const install = await npmInstall(dir);
  const bin = path.join(dir, 'node_modules', 'node', 'bin', 'node');
  const reported = (await run(bin, ['--version'], dir)).stdout.trim();
  return { version, bin, reported, installMs: install.ms };
}

const nodeBinaries = new Map<string, string>();

interface OxlintProject {
  dir: string;
  oxlintVersion: string;
  installMs: number;
}

/** The oxlint config styles: each a subfolder of the oxlint project, with the same sources under `src/`. */
const OXLINT_STYLES = [
  // The README's file, as checked in (generated from configs.recommended by `npm run update:oxlint`).
  {
    style: 'oxlintrc',
    configFile: '.oxlintrc.json',
    source: path.join(repoRoot, 'examples', 'oxlint', '.oxlintrc.json'),
    args: [],
  },
  // oxlint finds .oxlintrc.json and oxlint.config.ts by itself, a JavaScript config only with -c.
  {
    style: 'config-js',
    configFile: 'oxlint.config.js',
    source: path.join(fixturesDir, 'configs', 'oxlint.config.js.txt'),
    args: ['-c', 'oxlint.config.js'],
  },
] as const;

let oxlintProject: OxlintProject | undefined;

/**
 * oxlint and the tarball, nothing else: `--legacy-peer-deps` keeps npm from adding ESLint (the
 * plugin's peer), so the run shows that the plugin needs no ESLint at runtime under oxlint.
 */
async function createOxlintProject(): Promise<OxlintProject> {
  const dir = path.join(tempRoot, 'oxlint');
  await mkdir(dir, { recursive: true });
  const packageJson = {
    name: 'consumer-oxlint',
    private: true,
    type: 'module',
    devDependencies: { oxlint: OXLINT_VERSION, [PACKAGE_NAME]: `file:${tarball}` },
  };
  await writeFile(path.join(dir, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`);
  const install = await npmInstall(dir, ['--legacy-peer-deps']);
  for (const { style, configFile, source } of OXLINT_STYLES) {
    const cellDir = path.join(dir, style);
    await copySources(cellDir);
    await copyFile(source, path.join(cellDir, configFile));
  }
  const tsDir = path.join(dir, 'config-ts');
  await copySources(tsDir);
  await copyFile(path.join(fixturesDir, 'configs', 'oxlint.config.ts.txt'), path.join(tsDir, 'oxlint.config.ts'));
  const typedDir = path.join(dir, 'check-types');
  await copySources(typedDir);
  await copyFile(
    path.join(fixturesDir, 'configs', 'oxlint-check-types.json.txt'),
    path.join(typedDir, '.oxlintrc.json'),
  );

  const oxlintPackage = (await readJson(path.join(dir, 'node_modules', 'oxlint', 'package.json'))) as {
    version: string;
  };
  return { dir, oxlintVersion: oxlintPackage.version, installMs: install.ms };
}

function getOxlintProject(): OxlintProject {
  if (oxlintProject === undefined) throw new Error('No oxlint project: its install failed.');
  return oxlintProject;
}

function getProject(id: string): Project {
  const project = projects.get(id);
  if (project === undefined) throw new Error(`No project ${id}: its install failed.`);
  return project;
}

beforeAll(async () => {
  if (!existsSync(path.join(repoRoot, 'dist', 'index.js'))) {
    throw new Error('dist/ is missing: run `npm run build` first (`npm run test:consumer` does).');
  }
  await mkdir(npmCacheDir, { recursive: true });
  tempRoot = await mkdtemp(path.join(os.tmpdir(), 'parse-error-codes-consumer-'));

  // `npm run test:consumer` has just built dist/: --ignore-scripts skips prepack's second build.
  const pack = await run(
    'npm',
    ['pack', '--json', '--ignore-scripts', '--pack-destination', tempRoot, '--cache', npmCacheDir],
    repoRoot,
  );
  const [packed] = parseJson(pack.stdout, 'npm pack --json') as { filename: string; files: { path: string }[] }[];
  if (packed === undefined) throw new Error('npm pack packed nothing.');
  tarball = path.join(tempRoot, packed.filename);
  packedFiles = packed.files.map((file) => file.path);
  note('pack', `npm pack: ${packed.filename}, ${packedFiles.length} files (${pack.ms} ms)`);

  // The projects install at once: mostly waiting on the cache and the network.
  const [installed, oxlint, nodes] = await Promise.all([
    Promise.all(ESLINT_PROJECTS.map((spec) => createProject(spec))),
    createOxlintProject(),
    Promise.all(EXTRA_NODE_VERSIONS.map((version) => installNode(version))),
  ]);
  for (const node of nodes) {
    nodeBinaries.set(node.version, node.bin);
    note(`Node ${node.version}`, `npm install node@${node.version}: ${node.reported} (${node.installMs} ms)`);
  }
  for (const [index, { id, label, range }] of ESLINT_PROJECTS.entries()) {
    const project = installed[index];
    if (project === undefined) continue;
    projects.set(id, project);
    note(label, `eslint@${range} resolved to ${project.eslintVersion}; npm install ${project.installMs} ms`);
  }
  oxlintProject = oxlint;
  note(
    `oxlint ${OXLINT_VERSION}`,
    `oxlint@${OXLINT_VERSION} resolved to ${oxlint.oxlintVersion}, --legacy-peer-deps so that no ESLint is installed; npm install ${oxlint.installMs} ms`,
  );
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
      bin: Record<string, string>;
      exports: Record<string, string | Record<string, Record<string, string>>>;
    };

    const targets = [packageJson.main, packageJson.module, packageJson.types, ...Object.values(packageJson.bin)];
    for (const entry of Object.values(packageJson.exports)) {
      if (typeof entry === 'string') {
        targets.push(entry);
      } else {
        for (const condition of Object.values(entry)) targets.push(...Object.values(condition));
      }
    }
    const missing = targets
      .map((target) => target.replace(/^\.\//, ''))
      .filter((target) => !packedFiles.includes(target));
    expect(missing).toEqual([]);
    expect(packedFiles.filter((file) => !/^(dist\/|package\.json$|README|LICEN[CS]E|CHANGELOG)/i.test(file))).toEqual(
      [],
    );
    expect(packedFiles).toEqual(expect.arrayContaining(['dist/catalog.json', 'dist/cli.js']));
    note(
      'package shape',
      `tarball has every main/module/types/bin/exports target (${targets.length} paths), dist/catalog.json among them`,
    );
  });

  it('gives the same plugin and catalog to require() and import', async () => {
    const { dir } = getProject(NEWEST_ESLINT);
    await writeFile(path.join(dir, 'shape.cjs'), SHAPE_SCRIPT_CJS);
    await writeFile(path.join(dir, 'shape.mjs'), SHAPE_SCRIPT_ESM);
    const fromRequire = parseJson((await run('node', ['shape.cjs'], dir)).stdout, 'shape.cjs') as Record<
      string,
      unknown
    >;
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
    const { catalogJson } = fromRequire as {
      catalogJson: { entries: number; catalogEntries: number; matchesCatalog: boolean };
    };
    expect(catalogJson.entries).toBe(catalogJson.catalogEntries);
    expect(catalogJson.matchesCatalog).toBe(true);
    note(
      'package shape',
      `'./catalog.json' loads with require() and import ... with { type: 'json' }: ${catalogJson.entries} entries, as in './catalog'`,
    );
    note(
      'package shape',
      "require() and import of '.', './catalog' and './package.json' agree; require() gives the plugin itself",
    );
    // One object: an ESM config that also loads a CommonJS shared config must not see two plugins
    // named parse-error-codes ("Cannot redefine plugin").
    expect(esm.stderr).toBe('true');
    note('package shape', 'require() and import give the same plugin object');
  });

  it('runs the bin from the installed tarball: npx eslint-plugin-parse-error-codes explain 141', async () => {
    const { dir } = getProject(NEWEST_ESLINT);
    const known = await run('npx', ['--no', '--cache', npmCacheDir, PACKAGE_NAME, 'explain', '141'], dir);
    expect(known.stdout.split('\n').slice(0, 3)).toEqual([
      '141: 6 meanings',
      'Range: -1 to 4999, taken by Parse itself (Parse Server and the SDKs).',
      'SDK constant: Parse.Error.SCRIPT_FAILED',
    ]);
    const unknown = await run('npx', ['--no', '--cache', npmCacheDir, PACKAGE_NAME, 'explain', 'nope'], dir, [1]);
    expect(unknown.stderr).toContain('unknown error code, constant or name: "nope"');
    note(
      'package shape',
      `npx ${PACKAGE_NAME} explain 141: prints the meanings (${known.ms} ms); an unknown input exits 1`,
    );
  });
});

for (const { id, label, tsConfigFixture, tsFlags } of ESLINT_PROJECTS) {
  describe(label, () => {
    for (const { style, configFile } of STYLES) {
      describe(`${configFile} (${style})`, () => {
        const cell = `${label} × ${configFile}`;
        const cellDir = (): string => path.join(getProject(id).dir, style);
        const eslintBin = (): string => path.join(getProject(id).dir, 'node_modules', 'eslint', 'bin', 'eslint.js');
        const flags = style === 'ts' ? tsFlags : [];
        const flagArgs = flags.flatMap((flag) => ['--flag', flag]);
        const apiEnv: Record<string, string> = flags.length > 0 ? { CONSUMER_ESLINT_FLAGS: flags.join(',') } : {};

        /** `eslint --format json src` plus `extraArgs`; exit code 1 is expected, the fixtures have errors. */
        async function lint(
          extraArgs: readonly string[],
          extraEnv: Readonly<Record<string, string>> = {},
        ): Promise<{ reports: string[]; ms: number; stderr: string }> {
          const args = [eslintBin(), '--format', 'json', ...flagArgs, ...extraArgs, 'src'];
          const result = await run('node', args, cellDir(), [0, 1], extraEnv);
          const results = parseJson(result.stdout, `eslint ${extraArgs.join(' ')}`) as LintResult[];
          return { reports: formatReports(results, cellDir()), ms: result.ms, stderr: result.stderr };
        }

        it('reports exactly the expected problems in the JS and TS sources', async () => {
          const { reports, ms } = await lint([]);
          expect(reports).toEqual(await readLines('expected/reports.txt'));
          const flagNote =
            style !== 'ts'
              ? ''
              : flags.length > 0
                ? `, ${flagArgs.join(' ')}, ${tsConfigFixture} (no defineConfig before 9.22), jiti loads the config`
                : ', no --flag unstable_ts_config, jiti loads the config';
          note(cell, `eslint src: ${reports.length} reports on ${SOURCE_FILES.join(', ')} match (${ms} ms${flagNote})`);
        });

        it('gives the same reports twice with --cache', async () => {
          const cacheArgs = ['--cache', '--cache-location', '.eslintcache'];
          // ESLint's cache debug log names each file it has to lint again: all of them at first, none the second time.
          const debugEnv = { DEBUG: 'eslint:lint-result-cache' };
          const misses = (stderr: string): number =>
            stderr.split('\n').filter((line) => line.includes('no longer valid')).length;
          const first = await lint(cacheArgs, debugEnv);
          expect(existsSync(path.join(cellDir(), '.eslintcache'))).toBe(true);
          const second = await lint(cacheArgs, debugEnv);
          const expected = await readLines('expected/reports.txt');
          expect(first.reports).toEqual(expected);
          expect(second.reports).toEqual(expected);
          expect(misses(first.stderr)).toBe(SOURCE_FILES.length);
          expect(misses(second.stderr)).toBe(0);
          note(
            cell,
            `eslint --cache twice: same reports, 2nd run all cache hits (${first.ms} ms, then ${second.ms} ms)`,
          );
        });

        it('gives the same reports with --concurrency (ESLint >= 9.34)', async () => {
          const { eslintVersion } = getProject(id);
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
          note(
            cell,
            `--concurrency=auto and --concurrency=2 (worker threads): same reports (${auto.ms} ms, ${two.ms} ms)`,
          );
        });

        it('fixes and suggests through the ESLint API as an editor does (new ESLint({ fix: true }))', async () => {
          const result = await run('node', ['lint-api.mjs', ...SOURCE_FILES], cellDir(), [0], apiEnv);
          const { results } = parseJson(result.stdout, 'lint-api.mjs') as ApiOutput;
          const sources = new Map<string, string>();
          for (const file of SOURCE_FILES) sources.set(file, await readFixture(`${file}.txt`));

          const outputs = Object.fromEntries(
            results.map((lintResult) => [
              path.relative(cellDir(), lintResult.filePath).split(path.sep).join('/'),
              lintResult.output,
            ]),
          );
          expect(outputs).toEqual({
            'src/cloud.js': await readFixture('expected/cloud.js.txt'),
            'src/handlers.js': null,
            'src/session.ts': await readFixture('expected/session.ts.txt'),
          });
          expect(formatReports(results, cellDir())).toEqual(await readLines('expected/reports-after-fix.txt'));
          const suggestions = formatSuggestions(results, cellDir(), sources);
          expect(suggestions).toEqual(await readLines('expected/suggestions.txt'));
          note(
            cell,
            `ESLint API lintText({ fix: true }): fixed output and ${suggestions.length} LintMessage.suggestions match (${result.ms} ms)`,
          );
        });

        if (style === 'ts') {
          it(`type-checks eslint.config.ts (${tsConfigFixture === 'eslint.config.ts.txt' ? 'defineConfig, extends: [plugin.configs.recommended]' : 'a Linter.Config[] array'}, no casts)`, async () => {
            const tsc = path.join(getProject(id).dir, 'node_modules', 'typescript', 'bin', 'tsc');
            const result = await run('node', [tsc, '--noEmit', '-p', 'tsconfig.json'], cellDir());
            expect(result.stdout).toBe('');
            note(cell, `tsc --noEmit (typescript ~5.9, strict, skipLibCheck off): clean (${result.ms} ms)`);
          });
        }

        if (style === 'cjs') {
          it('type-checks eslint.config.cjs with // @ts-check, as an editor does', async () => {
            const projectDir = getProject(id).dir;
            const tsc = path.join(projectDir, 'node_modules', 'typescript', 'bin', 'tsc');
            const result = await run('node', [tsc, '--noEmit', '-p', 'tsconfig.json'], cellDir());
            expect(result.stdout.split('\n').filter((line) => line.includes('error TS'))).toEqual([]);
            note(
              cell,
              `tsc --noEmit --checkJs on eslint.config.cjs (require() typed as the plugin): clean (${result.ms} ms)`,
            );
          });
        }

        it('rewrites the files as expected with eslint --fix', async () => {
          const { reports, ms } = await lint(['--fix']);
          expect(reports).toEqual(await readLines('expected/reports-after-fix.txt'));
          const written = Object.fromEntries(
            await Promise.all(
              SOURCE_FILES.map(async (file) => [file, await readFile(path.join(cellDir(), file), 'utf8')] as const),
            ),
          );
          expect(written).toEqual({
            'src/cloud.js': await readFixture('expected/cloud.js.txt'),
            'src/handlers.js': await readFixture('src/handlers.js.txt'),
            'src/session.ts': await readFixture('expected/session.ts.txt'),
          });
          note(
            cell,
            `eslint --fix: fixed files match exactly, ${reports.length} reports remain as expected (${ms} ms)`,
          );
        });
      });
    }
  });
}

/** `node eslint --format json src` in a cell of the ESLint 10 project: our reports and parse errors, not typescript-eslint's own. */
async function lintEslint10Cell(
  cell: string,
  extraArgs: readonly string[] = [],
  nodeBin = 'node',
): Promise<{ reports: string[]; ms: number }> {
  const { dir } = getProject(NEWEST_ESLINT);
  const eslintBin = path.join(dir, 'node_modules', 'eslint', 'bin', 'eslint.js');
  const cellDir = path.join(dir, cell);
  const result = await run(nodeBin, [eslintBin, '--format', 'json', ...extraArgs, 'src'], cellDir, [0, 1]);
  const results = parseJson(result.stdout, `eslint in ${cell}`) as LintResult[];
  const ours = formatReports(results, cellDir).filter((line) => / (?:parse-error-codes\/|\(no rule\) )/u.test(line));
  return { reports: ours, ms: result.ms };
}

describe(`ESLint 10 × typed project with JavaScript and TypeScript (typescript-eslint ${TYPESCRIPT_ESLINT_VERSION})`, () => {
  it("lints the JavaScript files without type information under disable-type-checked, the TypeScript files typed (the README's config)", async () => {
    const { reports, ms } = await lintEslint10Cell('typed-mixed');
    expect(reports).toEqual(await expectedTypedReports('warning'));
    note(
      'ESLint 10 × typed mixed JS/TS',
      `recommendedTypeChecked + recommended-type-checked, disableTypeChecked + disable-type-checked on **/*.js: ${reports.length} reports, the string .code reported in string-code.js only, no parse error (${ms} ms)`,
    );
  });

  it('falls back to the untyped analysis in JavaScript files when only typescript-eslint turns type checking off', async () => {
    const { reports, ms } = await lintEslint10Cell('typed-fallback');
    expect(reports).toEqual(await expectedTypedReports('error'));
    note(
      'ESLint 10 × typed mixed JS/TS',
      `strict-type-checked with checkTypes on in **/*.js (only tseslint's disableTypeChecked there): same ${reports.length} reports, no configuration error (${ms} ms)`,
    );
  });
});

describe(`ESLint 10 × Vue single-file component (vue-eslint-parser ${VUE_ESLINT_PARSER_VERSION})`, () => {
  it('reports and fixes the codes in <template> expressions and in <script setup>', async () => {
    const linted = await lintEslint10Cell('vue');
    expect(linted.reports).toEqual(await readLines('vue/reports.txt'));
    const fixed = await lintEslint10Cell('vue', ['--fix']);
    expect(fixed.reports).toEqual([]);
    const written = await readFile(path.join(getProject(NEWEST_ESLINT).dir, 'vue', 'src', 'App.vue'), 'utf8');
    expect(written).toBe(await readFixture('vue/App.fixed.vue.txt'));
    note(
      'ESLint 10 × Vue',
      `eslint src with vue-eslint-parser: ${linted.reports.length} reports (v-if, :class, <script setup>) match (${linted.ms} ms); --fix writes Parse.Error constants in the template too (${fixed.ms} ms)`,
    );
  });
});

for (const version of EXTRA_NODE_VERSIONS) {
  describe(`Node ${version}`, () => {
    const nodeBin = (): string => {
      const bin = nodeBinaries.get(version);
      if (bin === undefined) throw new Error(`No Node ${version}: its install failed.`);
      return bin;
    };
    const cell = `node-${version}`;

    it('runs the ESLint 10 CLI with the ESM config: same reports, same --fix output', async () => {
      const cellDir = path.join(getProject(NEWEST_ESLINT).dir, cell);
      await copySources(cellDir);
      await copyFile(path.join(fixturesDir, 'configs', 'eslint.config.js.txt'), path.join(cellDir, 'eslint.config.js'));
      const linted = await lintEslint10Cell(cell, [], nodeBin());
      expect(linted.reports).toEqual(await readLines('expected/reports.txt'));
      const fixed = await lintEslint10Cell(cell, ['--fix'], nodeBin());
      expect(fixed.reports).toEqual(await readLines('expected/reports-after-fix.txt'));
      expect(await readFile(path.join(cellDir, 'src/cloud.js'), 'utf8')).toBe(
        await readFixture('expected/cloud.js.txt'),
      );
      expect(await readFile(path.join(cellDir, 'src/session.ts'), 'utf8')).toBe(
        await readFixture('expected/session.ts.txt'),
      );
      note(
        `Node ${version}`,
        `ESLint ${getProject(NEWEST_ESLINT).eslintVersion} CLI, eslint.config.js: ${linted.reports.length} reports match (${linted.ms} ms); --fix output matches (${fixed.ms} ms)`,
      );
    });

    it('runs the typed mixed JS/TS project', async () => {
      const { reports, ms } = await lintEslint10Cell('typed-mixed', [], nodeBin());
      expect(reports).toEqual(await expectedTypedReports('warning'));
      note(`Node ${version}`, `typed mixed JS/TS (disable-type-checked): ${reports.length} reports match (${ms} ms)`);
    });

    it(`runs oxlint ${OXLINT_VERSION} with oxlint.config.ts (Node 22.18 or later)`, async () => {
      const oxlintBin = path.join(getOxlintProject().dir, 'node_modules', 'oxlint', 'bin', 'oxlint');
      const cellDir = path.join(getOxlintProject().dir, 'config-ts');
      const result = await run(nodeBin(), [oxlintBin, '-f', 'json', 'src'], cellDir, [0, 1]);
      const reports = formatOxlintReports(parseJson(result.stdout, 'oxlint') as OxlintOutput);
      expect(reports).toEqual(await readLines('expected/reports.txt'));
      note(
        `Node ${version}`,
        `oxlint -f json src with oxlint.config.ts: ${reports.length} reports match (${result.ms} ms)`,
      );
    });
  });
}

/** oxlint's `-f json` output. */
interface OxlintOutput {
  diagnostics: {
    message: string;
    code?: string;
    severity: 'error' | 'warning' | 'advice';
    filename: string;
    labels: { span: { offset: number; length: number; line: number; column: number } }[];
  }[];
  number_of_files: number;
}

/**
 * oxlint's diagnostics as the lines formatReports makes from ESLint's: oxlint names a rule
 * `parse-error-codes(no-magic-numbers)` and places it by its label's 1-based line and column; it
 * prints files in no fixed order, so they are sorted by file, position and rule (ESLint's order).
 */
function formatOxlintReports(output: OxlintOutput): string[] {
  return output.diagnostics
    .map(({ message, code, severity, filename, labels }) => {
      const [label, ...more] = labels;
      if (label === undefined || more.length > 0)
        throw new Error(`oxlint diagnostic without exactly one label: ${message}`);
      const ruleId = code?.replace(/^([\w-]+)\((.+)\)$/, '$1/$2') ?? '(no rule)';
      return {
        file: filename.split(path.sep).join('/'),
        line: label.span.line,
        column: label.span.column,
        ruleId,
        severity,
        message,
      };
    })
    .sort(
      (a, b) =>
        a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId),
    )
    .map(
      ({ file, line, column, severity, ruleId, message }) =>
        `${file}:${line}:${column} ${severity === 'error' ? 'error' : 'warning'} ${ruleId} ${message}`,
    );
}

/** The fixed sources with every suggestion of expected/suggestions.txt applied (each rewrites one line). */
async function expectedWithSuggestions(): Promise<Record<string, string>> {
  const files: Record<string, string> = {
    'src/cloud.js': await readFixture('expected/cloud.js.txt'),
    'src/handlers.js': await readFixture('src/handlers.js.txt'),
    'src/session.ts': await readFixture('expected/session.ts.txt'),
  };
  for (const suggestion of await readLines('expected/suggestions.txt')) {
    const match = /^(\S+?):\d+:\d+ \S+ \| .* \| (\d+): (.*)$/.exec(suggestion);
    const [, file = '', line = '', text = ''] = match ?? [];
    const source = files[file];
    if (source === undefined) throw new Error(`Cannot read the suggestion ${suggestion}`);
    const lines = source.split('\n');
    lines[Number(line) - 1] = text;
    files[file] = lines.join('\n');
  }
  return files;
}

describe(`oxlint ${OXLINT_VERSION}`, () => {
  const oxlintBin = (): string => path.join(getOxlintProject().dir, 'node_modules', 'oxlint', 'bin', 'oxlint');

  /** `oxlint -f json` plus `args`; exit code 1 is expected, the fixtures have errors. */
  async function oxlint(cellDir: string, args: readonly string[]): Promise<{ output: OxlintOutput; ms: number }> {
    const result = await run('node', [oxlintBin(), '-f', 'json', ...args], cellDir, [0, 1]);
    return { output: parseJson(result.stdout, `oxlint ${args.join(' ')}`) as OxlintOutput, ms: result.ms };
  }

  async function oxlintReports(
    cellDir: string,
    args: readonly string[],
  ): Promise<{ output: OxlintOutput; reports: string[]; ms: number }> {
    const { output, ms } = await oxlint(cellDir, args);
    return { output, reports: formatOxlintReports(output), ms };
  }

  async function readSources(cellDir: string): Promise<Record<string, string>> {
    return Object.fromEntries(
      await Promise.all(
        SOURCE_FILES.map(async (file) => [file, await readFile(path.join(cellDir, file), 'utf8')] as const),
      ),
    );
  }

  it('is installed without ESLint', () => {
    expect(existsSync(path.join(getOxlintProject().dir, 'node_modules', 'eslint'))).toBe(false);
    expect(existsSync(path.join(getOxlintProject().dir, 'node_modules', PACKAGE_NAME, 'dist', 'index.cjs'))).toBe(true);
  });

  for (const { style, configFile, args } of OXLINT_STYLES) {
    describe(`${configFile} (${style})`, () => {
      const cell = `oxlint ${OXLINT_VERSION} × ${configFile}`;
      const cellDir = (): string => path.join(getOxlintProject().dir, style);

      it('reports exactly what ESLint reports in the JS and TS sources (rule, position, severity, message)', async () => {
        const { output, reports, ms } = await oxlintReports(cellDir(), [...args, 'src']);
        expect(output.number_of_files).toBe(SOURCE_FILES.length);
        expect(reports).toEqual(await readLines('expected/reports.txt'));
        note(
          cell,
          `oxlint -f json ${[...args, 'src'].join(' ')}: ${reports.length} reports match ESLint's expected/reports.txt (${ms} ms)`,
        );
      });

      it('rewrites the files with --fix exactly as eslint --fix does', async () => {
        const { ms } = await oxlintReports(cellDir(), [...args, '--fix', 'src']);
        // oxlint prints what remains with the messages of the unfixed text (a warning on `101` that
        // the fix made `Parse.Error.OBJECT_NOT_FOUND`); the fixed files, linted again, match ESLint's.
        const { reports } = await oxlintReports(cellDir(), [...args, 'src']);
        expect(reports).toEqual(await readLines('expected/reports-after-fix.txt'));
        expect(await readSources(cellDir())).toEqual({
          'src/cloud.js': await readFixture('expected/cloud.js.txt'),
          'src/handlers.js': await readFixture('src/handlers.js.txt'),
          'src/session.ts': await readFixture('expected/session.ts.txt'),
        });
        note(
          cell,
          `oxlint --fix: files byte-identical to eslint --fix, ${reports.length} reports remain as with ESLint (${ms} ms)`,
        );
      });

      it('applies the suggestions ESLint offers with --fix-suggestions', async () => {
        // From the original sources: --fix-suggestions applies the fixes too.
        await copySources(cellDir());
        const { reports, ms } = await oxlintReports(cellDir(), [...args, '--fix-suggestions', 'src']);
        expect(await readSources(cellDir())).toEqual(await expectedWithSuggestions());
        expect(reports.filter((line) => line.includes('no-magic-numbers'))).toEqual([]);
        note(
          cell,
          `oxlint --fix-suggestions: the ${(await readLines('expected/suggestions.txt')).length} suggestions of expected/suggestions.txt applied, no no-magic-numbers left (${ms} ms)`,
        );
      });
    });
  }

  it('cannot load oxlint.config.ts on Node < 22.18; on newer Node it reports as ESLint does', async () => {
    const cell = `oxlint ${OXLINT_VERSION} × oxlint.config.ts`;
    const cellDir = path.join(getOxlintProject().dir, 'config-ts');
    const [nodeMajor = 0, nodeMinor = 0] = process.versions.node.split('.').map(Number);
    if (nodeMajor > 22 || (nodeMajor === 22 && nodeMinor >= 18)) {
      const { reports, ms } = await oxlintReports(cellDir, ['src']);
      expect(reports).toEqual(await readLines('expected/reports.txt'));
      note(cell, `Node ${process.versions.node}: ${reports.length} reports match (${ms} ms)`);
      return;
    }
    const result = await run('node', [oxlintBin(), '-f', 'json', 'src'], cellDir, [1]);
    expect(result.stdout + result.stderr).toContain('TypeScript config files require Node.js >=22.18.0.');
    note(
      cell,
      `Node ${process.versions.node}: oxlint refuses the config ("TypeScript config files require Node.js >=22.18.0"), as documented`,
    );
  });

  it('has no type information for JS plugins: checkTypes: true runs the untyped analysis', async () => {
    const cell = `oxlint ${OXLINT_VERSION} × checkTypes`;
    const { reports, ms } = await oxlintReports(path.join(getOxlintProject().dir, 'check-types'), ['src']);
    const expected = (await readLines('expected/reports.txt')).filter((line) => line.includes('/no-magic-numbers '));
    expect(reports).toEqual(expected);
    note(
      cell,
      `no-magic-numbers with { checkTypes: true }: the ${reports.length} no-magic-numbers reports of expected/reports.txt, no error (${ms} ms)`,
    );
  });

  it('runs the bin from the installed tarball without ESLint', async () => {
    const { dir } = getOxlintProject();
    const result = await run('npx', ['--no', '--cache', npmCacheDir, PACKAGE_NAME, 'explain', 'OBJECT_NOT_FOUND'], dir);
    expect(result.stdout.split('\n')[0]).toBe('Parse.Error.OBJECT_NOT_FOUND is 101.');
    note(
      `oxlint ${OXLINT_VERSION}`,
      `npx ${PACKAGE_NAME} explain OBJECT_NOT_FOUND in the project without ESLint (${result.ms} ms)`,
    );
  });
});

describe('npm pack from a fresh clone', () => {
  it('builds dist/ in prepack: the tarball of a clean clone has the files of the tested one', async () => {
    const cell = 'pack from a fresh clone';
    const head = (await run('git', ['rev-parse', 'HEAD'], repoRoot)).stdout.trim();
    const cloneDir = path.join(tempRoot, 'clone');
    await run('git', ['clone', '--quiet', repoRoot, cloneDir], tempRoot);
    await run('git', ['checkout', '--quiet', head], cloneDir);
    expect(existsSync(path.join(cloneDir, 'dist'))).toBe(false);
    // The user's npm cache, which CI's own `npm ci` has just filled.
    const install = await run(
      'npm',
      ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'],
      cloneDir,
    );
    const packDir = path.join(tempRoot, 'clone-pack');
    await mkdir(packDir);
    const pack = await run('npm', ['pack', '--loglevel=error', '--pack-destination', packDir], cloneDir);
    const { name, version } = (await readJson(path.join(cloneDir, 'package.json'))) as {
      name: string;
      version: string;
    };
    const listing = await run('tar', ['-tzf', path.join(packDir, `${name}-${version}.tgz`)], packDir);
    const files = listing.stdout
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => line.replace(/^package\//u, ''));
    expect(files.toSorted()).toEqual(packedFiles.toSorted());
    expect(files).toEqual(
      expect.arrayContaining(['dist/index.cjs', 'dist/index.js', 'dist/cli.js', 'dist/catalog.json']),
    );
    note(
      cell,
      `git clone of HEAD ${head.slice(0, 7)}, npm ci (${install.ms} ms), npm pack without a build (prepack builds, ${pack.ms} ms): ${files.length} files, the same as the tested tarball`,
    );
  }, 600_000);
});
