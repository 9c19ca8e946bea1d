// The typed bench's corpus: a Parse app in TypeScript generated into .cache/bench-typed/, which must
// type-check clean.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import ts from 'typescript';

import { REPOSITORY_ROOT } from '../../scripts/smoke-corpus.js';
import { DOMAINS, LINES_PER_FILE, pick, type BlockTemplate } from './block.js';
import {
  beforeSaveBlock,
  cacheBlock,
  cloudFunctionBlock,
  describeErrorBlock,
  groupBlock,
  jobBlock,
  loadBlock,
  pageBlock,
  readSnapshotBlock,
  retryPolicyBlock,
  saveBlock,
  signUpBlock,
  statusBlock,
  summaryBlock,
  syncBlock,
  testBlock,
  webhookBlock,
  writeReportBlock,
} from './blocks.js';

export const CORPUS_DIRECTORY = path.join(REPOSITORY_ROOT, '.cache', 'bench-typed');

interface FileKind {
  readonly header: (domain: string, lower: string) => string[];
  readonly blocks: readonly BlockTemplate[];
}

const FILE_KINDS = {
  cloud: {
    header: (domain) => [
      "import Parse from 'parse/node';",
      '',
      "import { AppErrors, CODES, isParseError, type ErrorBody, type ProviderFailure } from '../errors.js';",
      "import { formatMoney, pluralize, slugify } from '../util/format.js';",
      "import { withRetry } from '../util/retry.js';",
      '',
      `interface ${domain}Params {`,
      '  id: string;',
      '  quantity: number;',
      '}',
      '',
      'const MAX_QUANTITY = 25;',
      '/** Kept for old clients. */',
      'const LEGACY_INVALID_NAME = 4002;',
      '',
    ],
    blocks: [cloudFunctionBlock, beforeSaveBlock, webhookBlock, summaryBlock, syncBlock, retryPolicyBlock, groupBlock],
  },
  client: {
    header: (domain) => [
      "import Parse from 'parse/node';",
      '',
      "import { AppErrors, CODES, errorBody, isParseError, type ErrorBody } from '../errors.js';",
      "import { formatMoney, pluralize } from '../util/format.js';",
      "import { withRetry } from '../util/retry.js';",
      '',
      `export interface ${domain}View {`,
      '  id: string;',
      '  name: string;',
      '  amount: number;',
      '  owner: string | undefined;',
      '}',
      '',
      `export interface ${domain}Input {`,
      '  name: string;',
      '  amount: number;',
      '  note?: string;',
      '}',
      '',
      `function toView(object: Parse.Object): ${domain}View {`,
      "  const owner: unknown = object.get('owner');",
      '  return {',
      "    id: object.id ?? '',",
      "    name: String(object.get('name') ?? ''),",
      "    amount: Number(object.get('amount') ?? 0),",
      '    owner: owner instanceof Parse.Object ? owner.id : undefined,',
      '  };',
      '}',
      '',
    ],
    blocks: [loadBlock, saveBlock, describeErrorBlock, pageBlock, signUpBlock, summaryBlock, groupBlock],
  },
  job: {
    header: () => [
      "import { mkdir, readFile, writeFile } from 'node:fs/promises';",
      "import path from 'node:path';",
      '',
      "import Parse from 'parse/node';",
      '',
      "import { AppErrors, isParseError } from '../errors.js';",
      "import { formatMoney, pluralize } from '../util/format.js';",
      "import { withRetry } from '../util/retry.js';",
      '',
    ],
    blocks: [readSnapshotBlock, jobBlock, writeReportBlock, syncBlock, summaryBlock, groupBlock],
  },
  util: {
    header: () => [
      "import Parse from 'parse/node';",
      '',
      "import { errorBody } from '../errors.js';",
      "import { formatMoney, pluralize } from './format.js';",
      '',
      'export interface JsonResponse {',
      '  status(code: number): JsonResponse;',
      '  json(body: unknown): void;',
      '}',
      '',
    ],
    blocks: [statusBlock, cacheBlock, summaryBlock, groupBlock],
  },
  test: {
    header: () => [
      "import assert from 'node:assert/strict';",
      "import { describe, it } from 'node:test';",
      '',
      "import Parse from 'parse/node';",
      '',
      "import { AppErrors, errorBody } from '../errors.js';",
      '',
    ],
    blocks: [testBlock],
  },
} satisfies Record<string, FileKind>;

/** Files every other file imports, written by hand. */
const SHARED_FILES: Readonly<Record<string, string[]>> = {
  'errors.ts': [
    "import Parse from 'parse/node';",
    '',
    "/** The app's own error codes, thrown from Cloud Code (9000–9999 is the app's range). */",
    'export enum AppErrors {',
    '  OutOfStock = 9001,',
    '  CouponExpired = 9002,',
    '  QuantityTooLarge = 9003,',
    '  SessionExpired = 9004,',
    '  PaymentDeclined = 9005,',
    '  AddressInvalid = 9006,',
    "  /** Kept for old clients; in Parse Server's range. */",
    '  LegacyQuota = 4001,',
    '  DuplicateEntry = 9008,',
    '  Maintenance = 9009,',
    '}',
    '',
    'export const CODES = {',
    '  RATE_LIMITED: 9010,',
    '  WEBHOOK_FAILED: 9011,',
    '  LEGACY_NOT_FOUND: 4040,',
    '} as const;',
    '',
    'export interface ErrorBody {',
    '  code: number;',
    '  message: string;',
    '}',
    '',
    "/** A failure a payment provider's webhook reports: providers send numbers or strings. */",
    'export interface ProviderFailure {',
    '  code: string | number;',
    '  message: string;',
    '  retryable: boolean;',
    '}',
    '',
    'export function isParseError(value: unknown): value is Parse.Error {',
    '  return value instanceof Parse.Error;',
    '}',
    '',
    'export function errorBody(error: unknown): ErrorBody {',
    '  if (isParseError(error)) return { code: error.code, message: error.message };',
    '  if (error instanceof Error) return { code: Parse.Error.INTERNAL_SERVER_ERROR, message: error.message };',
    '  return { code: Parse.Error.OTHER_CAUSE, message: String(error) };',
    '}',
    '',
    'export function isRetryable(error: unknown): boolean {',
    '  if (!isParseError(error)) return false;',
    '  return [Parse.Error.CONNECTION_FAILED, Parse.Error.TIMEOUT, 100, 124].includes(error.code);',
    '}',
    '',
  ],
  'util/format.ts': [
    'const money = new Map<string, Intl.NumberFormat>();',
    '',
    'export function formatMoney(amount: number, currency: string): string {',
    '  let format = money.get(currency);',
    '  if (!format) {',
    "    format = new Intl.NumberFormat('en-US', { style: 'currency', currency });",
    '    money.set(currency, format);',
    '  }',
    '  return format.format(amount);',
    '}',
    '',
    'export function pluralize(count: number, noun: string): string {',
    "  return `${count} ${noun}${count === 1 ? '' : 's'}`;",
    '}',
    '',
    'export function slugify(text: string): string {',
    '  return text',
    "    .normalize('NFKD')",
    "    .replace(/[\\u0300-\\u036f]/gu, '')",
    '    .toLowerCase()',
    "    .replace(/[^a-z0-9]+/gu, '-')",
    "    .replace(/^-+|-+$/gu, '');",
    '}',
    '',
  ],
  'util/retry.ts': [
    "import { isRetryable } from '../errors.js';",
    '',
    '/** Calls `task` until it settles without a retryable Parse error, at most `attempts` times. */',
    'export async function withRetry<T>(task: () => Promise<T>, attempts: number, delay = 100): Promise<T> {',
    '  for (let attempt = 1; ; attempt++) {',
    '    try {',
    '      return await task();',
    '    } catch (error) {',
    '      if (attempt >= attempts || !isRetryable(error)) throw error;',
    '      await new Promise((resolve) => setTimeout(resolve, delay * 2 ** attempt));',
    '    }',
    '  }',
    '}',
    '',
  ],
};

/** Which generated files make up the corpus: 40 files in all. */
const GENERATED: readonly { kind: keyof typeof FILE_KINDS; file: (domain: string) => string; count: number }[] = [
  { kind: 'cloud', file: (domain) => `cloud/${domain.toLowerCase()}.ts`, count: 12 },
  { kind: 'client', file: (domain) => `client/${domain.toLowerCase()}.ts`, count: 12 },
  { kind: 'job', file: (domain) => `jobs/${domain.toLowerCase()}.ts`, count: 5 },
  { kind: 'util', file: (domain) => `util/${domain.toLowerCase()}-http.ts`, count: 4 },
  { kind: 'test', file: (domain) => `test/${domain.toLowerCase()}.test.ts`, count: 4 },
];

export interface Corpus {
  readonly files: number;
  readonly lines: number;
}

function lineCount(text: string): number {
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/** Writes the corpus afresh (it is deterministic) into .cache/bench-typed/. */
export function writeCorpus(): Corpus {
  rmSync(CORPUS_DIRECTORY, { recursive: true, force: true });
  mkdirSync(CORPUS_DIRECTORY, { recursive: true });
  const sourceDirectory = path.join(CORPUS_DIRECTORY, 'src');
  const write = (relative: string, text: string): number => {
    const file = path.join(sourceDirectory, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return lineCount(text);
  };
  // No `typeRoots`: @types/node and parse (which ships its types) resolve from the repository's
  // node_modules/, an ancestor of this directory.
  const tsconfig = {
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      lib: ['ES2023'],
      types: ['node'],
      strict: true,
      esModuleInterop: true,
      skipLibCheck: true,
      noEmit: true,
    },
    include: ['src'],
  };
  writeFileSync(path.join(CORPUS_DIRECTORY, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);
  writeFileSync(
    path.join(CORPUS_DIRECTORY, 'package.json'),
    `${JSON.stringify({ name: 'bench-typed', private: true, type: 'module' }, null, 2)}\n`,
  );

  let files = 0;
  let lines = 0;
  for (const [name, text] of Object.entries(SHARED_FILES)) {
    lines += write(name, text.join('\n'));
    files++;
  }
  let blockId = 0;
  for (const { kind, file, count } of GENERATED) {
    const { header, blocks } = FILE_KINDS[kind] as FileKind;
    for (let index = 0; index < count; index++) {
      const domain = pick(DOMAINS, index);
      const lower = domain.charAt(0).toLowerCase() + domain.slice(1);
      const out = header(domain, lower);
      for (let next = 0; out.length < LINES_PER_FILE; next++) {
        out.push(...pick(blocks, next)({ domain, lower, id: blockId++ }));
      }
      lines += write(file(domain), out.join('\n'));
      files++;
    }
  }
  return { files, lines };
}

/** The corpus must be valid TypeScript, or the typed rules would see error types. */
export function typeCheckCorpus(): void {
  const configFile = path.join(CORPUS_DIRECTORY, 'tsconfig.json');
  const { config } = ts.readConfigFile(configFile, (file) => ts.sys.readFile(file)) as { config: unknown };
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, CORPUS_DIRECTORY);
  const diagnostics = ts.getPreEmitDiagnostics(ts.createProgram(parsed.fileNames, parsed.options));
  if (diagnostics.length > 0) {
    const host = {
      getCanonicalFileName: (name: string) => name,
      getCurrentDirectory: () => CORPUS_DIRECTORY,
      getNewLine: () => '\n',
    };
    throw new Error(
      `The generated corpus does not type-check:\n${ts.formatDiagnostics(diagnostics.slice(0, 10), host)}`,
    );
  }
}
