// The message list is taken from parse-server's published code: every message must still be written,
// with its code, by each file it names, and be sanitized exactly where parse-server sanitizes it.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

import { describe, expect, it } from 'vitest';

import { sdkConstantFor } from '../../src/data/index.js';
import { fixedPartsOf, serverMessages } from '../../src/data/server-messages.js';

const require = createRequire(import.meta.url);
const lib = join(dirname(require.resolve('parse-server/package.json')), 'lib');

function javaScriptFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return javaScriptFiles(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

/** Each line of parse-server's `lib/`, by file relative to `lib/`. */
const linesByFile = new Map(
  javaScriptFiles(lib).map((path) => [
    relative(lib, path).split('\\').join('/'),
    readFileSync(path, 'utf8').split('\n'),
  ]),
);

/** The lines that write every fixed part of the message, in order. */
function linesWriting(lines: readonly string[], parts: readonly string[]): string[] {
  return lines.filter((line) => {
    let from = 0;
    for (const part of parts) {
      const at = line.indexOf(part, from);
      if (at === -1) return false;
      from = at + part.length;
    }
    return true;
  });
}

describe('the messages Parse Server sends (parse-server lib/)', () => {
  it('reads the installed parse-server 9.10.0', () => {
    expect((require('parse-server/package.json') as { version: string }).version).toBe('9.10.0');
  });

  it.each(serverMessages.map((entry) => [entry.text, entry] as const))('%s', (_text, entry) => {
    const parts = fixedPartsOf(entry);
    const constant = sdkConstantFor(entry.code);
    expect(constant, `code ${entry.code} has an SDK constant`).toBeDefined();
    for (const file of entry.files) {
      const written = linesWriting(linesByFile.get(file) ?? [], parts);
      expect(written.length, `${file} writes it`).toBeGreaterThan(0);
      for (const line of written) expect(line, `${file} writes it with ${constant}`).toContain(`Error.${constant}`);
    }
    const everywhere = [...linesByFile.values()].flatMap((lines) => linesWriting(lines, parts));
    expect(everywhere.some((line) => line.includes('createSanitizedError'))).toBe(entry.sanitized);
  });
});
