// The catalog's "sent" facts against the installed packages: parse-server's lib/ and the SDK's
// lib/node/ are searched, as text, for the codes they create (`new Parse.Error(Parse.Error.X, …)`,
// `_ParseError.default.X`, `{ code: _node.default.Error.X }`, `new Parse.Error(143, …)`).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { entryForSdkConstant, errorCodes } from '../../src/data/index.js';
import { SENT_EVIDENCE } from '../../src/data/sent-evidence.js';

const NODE_MODULES = fileURLToPath(new URL('../../node_modules/', import.meta.url));
const ROOTS = ['parse-server/lib', 'parse/lib/node'];
/** A constant or a number, read from the error class, not compared with (`=== X`, `case X:`). */
const CREATION =
  /(===|!==|==|!=|case)?\s*(?:[\w$]+(?:\.default)?\.Error|_ParseError\.default|ParseError)\.([A-Z][A-Z_]+)\b|\.Error\)?\((-?\d+),/g;
const LIVE_QUERY_PUSH = /pushError\(\w+, (\d+),/g;

function withoutComments(text: string): string {
  return text.replaceAll(/\/\*[\s\S]*?\*\//g, '').replaceAll(/(^|[^:'"\\])\/\/.*$/gm, '$1');
}

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((dirent) => {
    const file = path.join(directory, dirent.name);
    if (dirent.isDirectory()) return filesUnder(file);
    return file.endsWith('.js') ? [file] : [];
  });
}

function codesCreatedIn(text: string): Set<number> {
  const codes = new Set<number>();
  for (const [, comparison, constant, number] of withoutComments(text).matchAll(CREATION)) {
    if (comparison !== undefined) continue;
    const code = number === undefined ? entryForSdkConstant(constant ?? '')?.code : Number(number);
    if (code !== undefined) codes.add(code);
  }
  return codes;
}

const createdByFile = new Map<string, Set<number>>();
for (const root of ROOTS) {
  for (const file of filesUnder(path.join(NODE_MODULES, root))) {
    createdByFile.set(
      path.relative(NODE_MODULES, file).split(path.sep).join('/'),
      codesCreatedIn(readFileSync(file, 'utf8')),
    );
  }
}
const created = new Set([...createdByFile.values()].flatMap((codes) => [...codes]));
const parseErrorEntries = errorCodes.filter((entry) => entry.category !== 'live-query');

describe('the catalog says what Parse sends', () => {
  it('lists every code parse-server or the SDK creates as sent, and no other', () => {
    const sent = new Set(parseErrorEntries.filter((entry) => entry.sentBy.length > 0).map((entry) => entry.code));
    expect([...sent].sort((a, b) => a - b)).toEqual([...created].sort((a, b) => a - b));
  });

  it.each(
    parseErrorEntries
      .filter((entry) => entry.sentIn.length > 0)
      .map((entry) => [`${entry.code} ${entry.name}`, entry] as const),
  )('%s: each evidence file creates the code', (_, entry) => {
    for (const file of entry.sentIn) expect(createdByFile.get(file)?.has(entry.code), file).toBe(true);
  });

  it("finds LiveQuery's own codes in its server's error messages", () => {
    const server = readFileSync(path.join(NODE_MODULES, 'parse-server/lib/LiveQuery/ParseLiveQueryServer.js'), 'utf8');
    const pushed = new Set([...server.matchAll(LIVE_QUERY_PUSH)].map(([, code]) => Number(code)));
    const liveQuery = errorCodes.filter((entry) => entry.category === 'live-query');
    expect(liveQuery.map((entry) => entry.code)).toEqual([...pushed].sort((a, b) => a - b));
    for (const entry of liveQuery) expect(entry.sentBy).toEqual(['parse-server']);
  });

  it('has evidence only for entries of the catalog', () => {
    const keys = new Set(errorCodes.map((entry) => `${entry.code} ${entry.name}`));
    expect(Object.keys(SENT_EVIDENCE).filter((key) => !keys.has(key))).toEqual([]);
  });

  it.each([
    [251, 101],
    [250, 101],
    [210, 141],
    [211, 141],
    [124, 100],
  ])('never creates %i; %i arrives instead', (neverSent, instead) => {
    expect(created.has(neverSent)).toBe(false);
    expect(created.has(instead)).toBe(true);
  });
});
