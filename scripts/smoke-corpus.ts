/**
 * The published code that `npm run smoke` and `npm run bench` lint: the installed `parse` SDK's
 * `lib/` and Parse Server's `lib/`, which `npm pack` fetches into .cache/smoke/ (not a dependency).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PARSE_SERVER_VERSION = '9.10.0';

export const REPOSITORY_ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE_DIRECTORY = path.join(REPOSITORY_ROOT, '.cache', 'smoke');
const PARSE_DIRECTORY = path.join(REPOSITORY_ROOT, 'node_modules', 'parse');

export type CorpusPackage = 'parse' | 'parse-server';

export interface CorpusFile {
  readonly packageName: CorpusPackage;
  readonly path: string;
  /** Relative to the package's root, e.g. `lib/node/ParseObject.js`. */
  readonly name: string;
  readonly text: string;
  readonly lines: number;
  readonly sourceType: 'module' | 'commonjs';
}

export function parseVersion(): string {
  return (JSON.parse(readFileSync(path.join(PARSE_DIRECTORY, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Parse Server's package root, fetched and extracted once; later runs reuse it. */
export function ensureParseServer(log: (line: string) => void = console.log): string {
  const directory = path.join(CACHE_DIRECTORY, `parse-server-${PARSE_SERVER_VERSION}`);
  if (existsSync(path.join(directory, 'lib'))) return directory;
  mkdirSync(CACHE_DIRECTORY, { recursive: true });
  const tarball = path.join(CACHE_DIRECTORY, `parse-server-${PARSE_SERVER_VERSION}.tgz`);
  if (!existsSync(tarball)) {
    log(
      `Fetching parse-server@${PARSE_SERVER_VERSION} with npm pack into ${path.relative(REPOSITORY_ROOT, CACHE_DIRECTORY)}/`,
    );
    execFileSync(
      'npm',
      ['pack', `parse-server@${PARSE_SERVER_VERSION}`, '--pack-destination', CACHE_DIRECTORY, '--silent'],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
  }
  // Extract beside the target and rename, so that an interrupted run leaves no half-extracted package.
  const partial = `${directory}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', partial, '--strip-components=1'], { stdio: 'inherit' });
  renameSync(partial, directory);
  return directory;
}

/** Babel's CommonJS output is a script; anything with top-level `import`/`export` is a module. */
export function sourceTypeOf(text: string): 'module' | 'commonjs' {
  return /^\s*(?:import\s*[\w{*'"]|export\s)/mu.test(text) ? 'module' : 'commonjs';
}

function javaScriptFiles(packageName: CorpusPackage, root: string, limit: number | undefined): CorpusFile[] {
  const names = readdirSync(path.join(root, 'lib'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.js'))
    .map((name) => path.posix.join('lib', name.split(path.sep).join('/')))
    .sort();
  return names.slice(0, limit).map((name) => {
    const file = path.join(root, name);
    const text = readFileSync(file, 'utf8');
    return { packageName, path: file, name, text, lines: text.split('\n').length, sourceType: sourceTypeOf(text) };
  });
}

/** Every `.js` file under both packages' `lib/`, in a stable order; `limit` caps the files per package. */
export function smokeCorpus(limit?: number, log?: (line: string) => void): CorpusFile[] {
  return [
    ...javaScriptFiles('parse', PARSE_DIRECTORY, limit),
    ...javaScriptFiles('parse-server', ensureParseServer(log), limit),
  ];
}
