// Copies of the built bundle with lines edited, for the benchmarks that take part of the work away
// (`bench:ratio -- --stages`) or time it from inside (`bench:cold`): the shared visitor has no seam a
// wrapper can reach. An edit whose line the build no longer has stops the bench instead of
// measuring the wrong thing.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import type { plugin as builtPlugin } from '../../scripts/built-plugin.js';
import { REPOSITORY_ROOT } from '../../scripts/smoke-corpus.js';

type Plugin = typeof builtPlugin;

/** The text of dist/index.cjs, the bundle every copy starts from. */
export function bundleText(): string {
  return readFileSync(path.join(REPOSITORY_ROOT, 'dist', 'index.cjs'), 'utf8');
}

/** `text` with its one `from` replaced by `to`; stops the bench when the bundle has no such line, or several. */
export function edited(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at === -1 || text.indexOf(from, at + 1) !== -1) {
    throw new Error(
      `dist/index.cjs has ${at === -1 ? 'no' : 'more than one'} \`${from}\`: update the bench's edit to the source as it is now`,
    );
  }
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** The plugin an edited copy of the bundle exports, written to .cache/bench/<directory>/<name>.cjs. */
export function loadedCopy(directory: string, name: string, text: string): Plugin {
  const file = path.join(REPOSITORY_ROOT, '.cache', 'bench', directory, `${name}.cjs`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return createRequire(file)(file) as Plugin;
}
