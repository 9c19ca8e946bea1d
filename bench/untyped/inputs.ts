// What `npm run bench` lints: the smoke corpus (from scripts/smoke-corpus.ts), generated files dense
// with error codes, and, for issue #4, the parse SDK's lib/ plus examples/.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { REPOSITORY_ROOT, sourceTypeOf } from '../../scripts/smoke-corpus.js';

export interface BenchFile {
  /** A virtual path outside node_modules/, which ESLint ignores. */
  readonly filename: string;
  readonly text: string;
  readonly lines: number;
  readonly sourceType: 'module' | 'commonjs';
  readonly globals?: Readonly<Record<string, 'readonly'>>;
}

export function benchFile(filename: string, text: string, globals?: Readonly<Record<string, 'readonly'>>): BenchFile {
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  return {
    filename: path.join(REPOSITORY_ROOT, 'bench-input', filename),
    text,
    lines,
    sourceType: sourceTypeOf(text),
    ...(globals ? { globals } : {}),
  };
}

/** A file of `lines` lines in which about every other line holds an error code, in every site kind. */
function denseFile(lines: number): string {
  const codes = [101, 209, 137, 141, 119, 142, 100, 124, 202, 203, 205, 206, 155, 131, 143, -1, 9001, 4321, 250, 251];
  const constants = [
    'OBJECT_NOT_FOUND',
    'INVALID_SESSION_TOKEN',
    'DUPLICATE_VALUE',
    'SCRIPT_FAILED',
    'OPERATION_FORBIDDEN',
  ];
  const out = ["'use strict';", "const Parse = require('parse/node');", "const assert = require('node:assert');", ''];
  const blockLines = 20;
  for (let index = 0; out.length + blockLines <= lines; index++) {
    const code = (offset: number): number => codes[(index * 7 + offset) % codes.length] ?? 101;
    const constant = constants[index % constants.length] ?? 'OBJECT_NOT_FOUND';
    out.push(
      `async function handle${index}(request, response) {`,
      `  const limit = request.params.limit ?? ${(index % 90) + 10};`,
      '  try {',
      `    const rows = await new Parse.Query('Item${index % 17}').limit(limit).skip(${index % 13}).find();`,
      `    return rows.map((row) => row.get('score') * ${(index % 9) + 2} + row.get('bonus'));`,
      '  } catch (e) {',
      `    if (e.code === ${code(0)} || e.code === Parse.Error.${constant}) return null;`,
      `    if ([${code(1)}, ${code(2)}].includes(e.code)) throw new Parse.Error(${code(3)}, 'failed ${index}');`,
      '    switch (e.code) {',
      `      case ${code(4)}:`,
      `        return response.status(${400 + (index % 5)}).json({ code: ${code(5)}, error: e.message });`,
      `      case Parse.Error.${constant}:`,
      `        assert.equal(e.code, ${code(6)});`,
      '        break;',
      '      default:',
      '        throw e;',
      '    }',
      `    return new Set([${code(7)}, ${code(8)}]).has(e.code) ? ${index} : -${(index % 3) + 1};`,
      '  }',
      '}',
    );
  }
  while (out.length < lines) out.push(`// line ${out.length + 1}`);
  return out.join('\n') + '\n';
}

/**
 * Issue #22 item 6: functions that each declare the SDK and test a code, `lines` lines of them;
 * each site sees one binding of many (the resolution was quadratic in them).
 */
function bindingPerFunctionFile(lines: number): string {
  const out: string[] = [];
  for (let index = 0; out.length + 5 <= lines; index++) {
    out.push(
      `function check${index}(e) {`,
      "  const Parse = require('parse/node');",
      `  if (e.code === ${index % 2 === 0 ? 209 : 101}) return null;`,
      '  return e;',
      '}',
    );
  }
  return out.join('\n') + '\n';
}

export function generatedFiles(): Map<string, BenchFile> {
  const directory = path.join(REPOSITORY_ROOT, '.cache', 'bench');
  mkdirSync(directory, { recursive: true });
  const files = new Map<string, BenchFile>();
  for (const [label, lines] of [
    ['1k', 1_000],
    ['10k', 10_000],
    ['100k', 100_000],
  ] as const) {
    for (const [prefix, text] of [
      ['', denseFile(lines)],
      ['binding-per-function-', bindingPerFunctionFile(lines)],
    ] as const) {
      const name = `generated-${prefix}${label}.js`;
      writeFileSync(path.join(directory, name), text);
      files.set(`${prefix}${label}`, benchFile(name, text));
    }
  }
  return files;
}

/** `--corpus DIR`: the `.js`, `.cjs` and `.mjs` files under DIR (not node_modules/), by name relative to DIR, sorted. */
export function corpusFileNames(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.[cm]?js$/u.test(name) && !name.split(path.sep).includes('node_modules'))
    .sort();
}

/** The files of `corpusFileNames`, read, each named after DIR's last folder. */
export function directoryFiles(directory: string): BenchFile[] {
  return corpusFileNames(directory).map((name) =>
    benchFile(path.join(path.basename(directory), name), readFileSync(path.join(directory, name), 'utf8')),
  );
}

export function issue4Files(): BenchFile[] {
  const files: BenchFile[] = [];
  for (const [root, prefix] of [
    [path.join(REPOSITORY_ROOT, 'node_modules', 'parse', 'lib'), 'parse/lib'],
    [path.join(REPOSITORY_ROOT, 'examples'), 'examples'],
  ] as const) {
    const names = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.[cm]?[jt]s$/u.test(name) && !name.endsWith('.d.ts') && !name.endsWith('eslint.config.js'))
      .sort();
    for (const name of names) {
      const text = readFileSync(path.join(root, name), 'utf8');
      files.push(benchFile(path.join(prefix, name), text, prefix === 'examples' ? { Parse: 'readonly' } : undefined));
    }
  }
  return files;
}

export const lineCount = (files: readonly BenchFile[]): number => files.reduce((sum, file) => sum + file.lines, 0);

export const sizes = ['1k', '10k', '100k'] as const;
export type Size = (typeof sizes)[number];
/** The small files are linted several times per sample, so that each sample is long enough to time. */
export const timesFor: Readonly<Record<Size, number>> = { '1k': 20, '10k': 2, '100k': 1 };

/** A generated file: dense with error codes, or with one binding per function (`bindingPerFunction`). */
export function generatedFileOf(
  generated: ReadonlyMap<string, BenchFile>,
  size: Size,
  bindingPerFunction = false,
): BenchFile {
  const file = generated.get(bindingPerFunction ? `binding-per-function-${size}` : size);
  if (!file) throw new Error(`no generated ${size} file`);
  return file;
}
