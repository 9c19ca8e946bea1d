// `npm run bench:typed [-- --reps N] [-- --output FILE]` (issue #8): what our rules add to typed
// linting. Generates a TypeScript project dense with error codes in .cache/bench-typed/, lints it
// with typescript-eslint's `recommendedTypeChecked` alone, with our `recommended` added, and with our
// `recommended-type-checked` added (and our two configs without typescript-eslint's rules), and
// writes the section "Type-checked linting (bench/typed.ts)" of bench/RESULTS.md (the rest of the
// file is kept); see bench/README.md.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import vm from 'node:vm';

import * as tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { defineConfig } from 'eslint/config';
import ts from 'typescript';
import tseslint from 'typescript-eslint';

import { plugin } from '../scripts/built-plugin.js';
import { REPOSITORY_ROOT } from '../scripts/smoke-corpus.js';

const SECTION_TITLE = '## Type-checked linting (bench/typed.ts)';
const CORPUS_DIRECTORY = path.join(REPOSITORY_ROOT, '.cache', 'bench-typed');
const OUR_PREFIX = 'parse-error-codes/';
/**
 * Passes of each configuration before measuring: a pass keeps getting faster for several passes
 * (by a third from the first to the fifth), as V8 optimises more of TypeScript's checker.
 */
const WARM_UP_ROUNDS = 2;
const TSESLINT_PREFIX = '@typescript-eslint/';

const { values } = parseArgs({
  options: {
    reps: { type: 'string', default: '5' },
    output: { type: 'string', default: path.join(REPOSITORY_ROOT, 'bench', 'RESULTS.md') },
  },
});
const REPS = Number(values.reps);
if (!Number.isSafeInteger(REPS) || REPS < 1) throw new Error(`--reps takes a positive integer, not ${values.reps}`);

const log = (line: string): void => {
  console.log(line);
};

// ---------------------------------------------------------------------------------------------
// Corpus: a Parse app in TypeScript, Cloud Code and client, dense with error codes

const DOMAINS = [
  'Order', 'Product', 'Invoice', 'Coupon', 'Cart', 'Review',
  'Shipment', 'Customer', 'Subscription', 'Payment', 'Warehouse', 'Refund',
] as const;
const LINES_PER_FILE = 250;
/** Parse codes an app meets most (and a deprecated one, 156): what handlers compare against. */
const PARSE_CODES = [101, 209, 137, 141, 119, 142, 100, 124, 202, 203, 205, 155, 156, 125, 206];
const PARSE_CONSTANTS = [
  'OBJECT_NOT_FOUND', 'INVALID_SESSION_TOKEN', 'DUPLICATE_VALUE', 'SCRIPT_FAILED', 'OPERATION_FORBIDDEN',
  'CONNECTION_FAILED', 'TIMEOUT', 'VALIDATION_ERROR', 'USERNAME_TAKEN', 'EMAIL_TAKEN',
];
const APP_ERRORS = ['OutOfStock', 'CouponExpired', 'QuantityTooLarge', 'SessionExpired', 'PaymentDeclined', 'AddressInvalid', 'LegacyQuota', 'DuplicateEntry', 'Maintenance'];
/** Numbers a payment provider sends; some collide with Parse codes. */
const PROVIDER_CODES = [100, 101, 137, 141, 155, 402, 429];

interface Block {
  readonly domain: string;
  readonly lower: string;
  /** Differs for every block of the corpus: names and numbers derive from it. */
  readonly id: number;
}

const pick = <T>(list: readonly T[], index: number): T => {
  const item = list[index % list.length];
  if (item === undefined) throw new Error('empty list');
  return item;
};
const code = (block: Block, offset: number): number => pick(PARSE_CODES, block.id * 7 + offset);
const constant = (block: Block, offset: number): string => `Parse.Error.${pick(PARSE_CONSTANTS, block.id * 3 + offset)}`;
const appError = (block: Block, offset: number): string => `AppErrors.${pick(APP_ERRORS, block.id + offset)}`;

type BlockTemplate = (block: Block) => string[];

// Shared by every kind of file: code without error codes.
const summaryBlock: BlockTemplate = ({ domain, id }) => [
  `export function summarize${domain}${id}(rows: readonly Parse.Object[]): { count: number; total: string; tags: string[] } {`,
  '  let total = 0;',
  '  const tags = new Set<string>();',
  '  for (const row of rows) {',
  "    total += Number(row.get('amount') ?? 0);",
  "    const rowTags: unknown = row.get('tags');",
  '    if (!Array.isArray(rowTags)) continue;',
  '    for (const tag of rowTags) {',
  "      if (typeof tag === 'string' && tag.trim() !== '') tags.add(tag.trim().toLowerCase());",
  '    }',
  '  }',
  `  return { count: rows.length, total: formatMoney(total, '${pick(['EUR', 'USD', 'GBP'], id)}'), tags: [...tags].sort() };`,
  '}',
  '',
];

const groupBlock: BlockTemplate = ({ domain, id }) => [
  `export function group${domain}ByStatus${id}<T extends { status: string; updatedAt: Date }>(items: readonly T[]): Map<string, T[]> {`,
  '  const groups = new Map<string, T[]>();',
  '  for (const item of items) {',
  '    const group = groups.get(item.status) ?? [];',
  '    group.push(item);',
  '    groups.set(item.status, group);',
  '  }',
  '  for (const group of groups.values()) group.sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());',
  '  return groups;',
  '}',
  '',
  `export function describe${domain}Age${id}(date: Date, now = new Date()): string {`,
  '  const minutes = Math.floor((now.getTime() - date.getTime()) / 60_000);',
  "  if (minutes < 1) return 'just now';",
  `  if (minutes < 60) return pluralize(minutes, 'minute') + ' ago';`,
  '  const hours = Math.floor(minutes / 60);',
  `  if (hours < ${24 + (id % 3) * 24}) return pluralize(hours, 'hour') + ' ago';`,
  `  return date.toISOString().slice(0, 10);`,
  '}',
  '',
];

// Cloud Code
const cloudFunctionBlock: BlockTemplate = (block) => {
  const { domain, lower, id } = block;
  return [
    `Parse.Cloud.define('${lower}Reserve${id}', async (request: Parse.Cloud.FunctionRequest<${domain}Params>) => {`,
    '  const { id, quantity } = request.params;',
    "  if (!request.user) throw new Parse.Error(Parse.Error.INVALID_SESSION_TOKEN, 'Log in first.');",
    '  if (quantity > MAX_QUANTITY) throw new Parse.Error(AppErrors.QuantityTooLarge, `At most ${MAX_QUANTITY} at a time.`);',
    '  try {',
    `    const item = await new Parse.Query('${domain}').get(id, { useMasterKey: true });`,
    "    const stock = Number(item.get('stock'));",
    `    if (stock < quantity) throw new Parse.Error(${appError(block, 0)}, 'Not enough left.');`,
    "    item.increment('stock', -quantity);",
    '    await item.save(null, { useMasterKey: true });',
    '    return { id, remaining: stock - quantity };',
    '  } catch (e) {',
    '    const error = e as Parse.Error;',
    `    if (error.code === ${code(block, 0)}) throw new Parse.Error(Parse.Error.OBJECT_NOT_FOUND, \`No ${lower} \${id}.\`);`,
    `    if (error.code === ${constant(block, 1)} || error.code === ${code(block, 1)}) {`,
    `      throw new Parse.Error(${code(block, 2)}, 'Try again later.');`,
    '    }',
    '    throw e;',
    '  }',
    '});',
    '',
  ];
};

const beforeSaveBlock: BlockTemplate = (block) => {
  const { domain, id } = block;
  return [
    `Parse.Cloud.beforeSave('${domain}Part${id}', async (request) => {`,
    '  const object = request.object;',
    "  const total = Number(object.get('total') ?? 0);",
    `  if (total < 0) throw new Parse.Error(${code(block, 3)}, 'total must not be negative');`,
    "  if (!object.get('owner')) throw new Parse.Error(Parse.Error.VALIDATION_ERROR, 'owner is required');",
    "  const slug = slugify(String(object.get('name') ?? ''));",
    "  if (slug === '') throw new Parse.Error(LEGACY_INVALID_NAME, 'name is required');",
    "  object.set('slug', slug);",
    `  const duplicates = await new Parse.Query('${domain}Part${id}')`,
    "    .equalTo('slug', slug)",
    "    .notEqualTo('objectId', object.id)",
    '    .count({ useMasterKey: true });',
    `  if (duplicates > 0) throw new Parse.Error(${appError(block, 1)}, \`\${slug} exists.\`);`,
    `  if (total > ${1000 * ((id % 5) + 1)}) object.set('review', true);`,
    '});',
    '',
  ];
};

const webhookBlock: BlockTemplate = (block) => {
  const { domain, id } = block;
  return [
    `export async function handle${domain}Webhook${id}(failure: ProviderFailure): Promise<ErrorBody | null> {`,
    `  if (failure.code === ${pick(PROVIDER_CODES, id)} || failure.code === 'card_declined') {`,
    "    return { code: AppErrors.PaymentDeclined, message: 'Payment declined.' };",
    '  }',
    `  if (failure.code === ${pick(PROVIDER_CODES, id + 3)}) return { code: CODES.WEBHOOK_FAILED, message: failure.message };`,
    '  if (failure.retryable) {',
    `    const attempts = await withRetry(() => Promise.resolve(failure.message.length), ${(id % 4) + 2});`,
    '    if (attempts > 0) return null;',
    '    return { code: CODES.RATE_LIMITED, message: \'Retry later.\' };',
    '  }',
    `  return { code: ${9100 + id}, message: failure.message };`,
    '}',
    '',
  ];
};

const syncBlock: BlockTemplate = (block) => {
  const { domain, id } = block;
  return [
    `export async function sync${domain}${id}(ids: readonly string[]): Promise<number> {`,
    '  let synced = 0;',
    '  for (const id of ids) {',
    '    try {',
    `      const object = await new Parse.Query('${domain}').get(id, { useMasterKey: true });`,
    "      object.set('syncedAt', new Date());",
    '      await object.save(null, { useMasterKey: true });',
    '      synced += 1;',
    '    } catch (error) {',
    '      if (!isParseError(error)) throw error;',
    '      switch (error.code) {',
    `        case ${constant(block, 0)}:`,
    '          continue;',
    `        case ${code(block, 4)}:`,
    `        case ${code(block, 5)}:`,
    `          await withRetry(() => new Parse.Query('${domain}').get(id, { useMasterKey: true }), 2);`,
    '          break;',
    '        case AppErrors.Maintenance:',
    '          return synced;',
    '        default:',
    '          throw error;',
    '      }',
    '    }',
    '  }',
    '  return synced;',
    '}',
    '',
  ];
};

const retryPolicyBlock: BlockTemplate = (block) => {
  const { domain, id } = block;
  return [
    `export function shouldRetry${domain}${id}(error: Parse.Error, attempt: number): boolean {`,
    `  if (attempt > ${(id % 3) + 2}) return false;`,
    `  if ([${code(block, 6)}, ${code(block, 7)}].includes(error.code)) return true;`,
    `  return new Set([${constant(block, 2)}, ${code(block, 8)}]).has(error.code);`,
    '}',
    '',
  ];
};

// Client
const loadBlock: BlockTemplate = (block) => {
  const { domain, id } = block;
  return [
    `export async function load${domain}${id}(id: string): Promise<${domain}View | null> {`,
    '  try {',
    `    const object = await new Parse.Query('${domain}').include('owner').get(id);`,
    '    return toView(object);',
    '  } catch (error) {',
    '    if (!(error instanceof Parse.Error)) throw error;',
    '    switch (error.code) {',
    '      case Parse.Error.OBJECT_NOT_FOUND:',
    '        return null;',
    `      case ${code(block, 0)}:`,
    '        await Parse.User.logOut();',
    `        throw new Parse.Error(${appError(block, 2)}, 'Session expired.');`,
    `      case ${code(block, 1)}:`,
    `      case ${constant(block, 3)}:`,
    `        return withRetry(() => load${domain}${id}(id), ${(id % 3) + 2});`,
    '      default:',
    '        throw error;',
    '    }',
    '  }',
    '}',
    '',
  ];
};

const saveBlock: BlockTemplate = (block) => {
  const { domain, id } = block;
  return [
    `export async function save${domain}${id}(input: ${domain}Input): Promise<string> {`,
    `  const object = new Parse.Object('${domain}');`,
    "  object.set('name', input.name.trim());",
    "  object.set('amount', Math.round(input.amount * 100) / 100);",
    "  if (input.note !== undefined) object.set('note', input.note);",
    '  try {',
    '    const saved = await object.save();',
    '    return saved.id ?? \'\';',
    '  } catch (e) {',
    `    if ((e as Parse.Error).code === ${code(block, 2)}) throw new Parse.Error(${appError(block, 3)}, \`\${input.name} exists.\`);`,
    `    if ((e as Parse.Error).code === ${constant(block, 4)} || (e as Parse.Error).code === ${code(block, 3)}) {`,
    '      await Parse.User.logOut();',
    '    }',
    '    throw e;',
    '  }',
    '}',
    '',
  ];
};

const describeErrorBlock: BlockTemplate = (block) => {
  const { domain, id } = block;
  return [
    `export function describe${domain}Error${id}(error: unknown): ErrorBody {`,
    '  if (!isParseError(error)) return errorBody(error);',
    '  const { code } = error;',
    `  if (code === ${code(block, 4)}) return { code, message: 'Your session expired. Log in again.' };`,
    "  if (code === AppErrors.OutOfStock) return { code, message: 'Sold out.' };",
    `  if (code === ${constant(block, 5)}) return { code: ${appError(block, 4)}, message: error.message };`,
    `  return { code: ${pick([9013, 9014, 4003, 'CODES.LEGACY_NOT_FOUND'], id)}, message: error.message };`,
    '}',
    '',
  ];
};

const signUpBlock: BlockTemplate = (block) => {
  const { id } = block;
  return [
    `export async function signUp${id}(username: string, password: string, email: string): Promise<Parse.User | ErrorBody> {`,
    '  const user = new Parse.User();',
    "  user.set('username', username);",
    "  user.set('password', password);",
    "  user.set('email', email);",
    '  try {',
    '    return await user.signUp();',
    '  } catch (error) {',
    '    const { code, message } = error as Parse.Error;',
    '    switch (code) {',
    '      case 202:',
    "        return { code, message: 'That username is taken.' };",
    '      case Parse.Error.EMAIL_TAKEN:',
    "        return { code, message: 'That email is in use.' };",
    `      case ${pick([125, 204, 200], id)}:`,
    '        return { code: Parse.Error.INVALID_EMAIL_ADDRESS, message };',
    '      default:',
    '        return { code: Parse.Error.OTHER_CAUSE, message };',
    '    }',
    '  }',
    '}',
    '',
  ];
};

const pageBlock: BlockTemplate = ({ domain, id }) => [
  `export async function list${domain}Page${id}(page: number, pageSize = ${10 * ((id % 5) + 1)}): Promise<{ items: ${domain}View[]; hasMore: boolean }> {`,
  `  const query = new Parse.Query('${domain}');`,
  `  query.${pick(['descending', 'ascending'], id)}('${pick(['createdAt', 'updatedAt', 'name'], id)}');`,
  '  query.limit(pageSize + 1);',
  '  query.skip(page * pageSize);',
  '  const rows = await query.find();',
  '  return { items: rows.slice(0, pageSize).map(toView), hasMore: rows.length > pageSize };',
  '}',
  '',
];

// Jobs
const readSnapshotBlock: BlockTemplate = ({ id }) => [
  `export async function readSnapshot${id}(file: string): Promise<unknown> {`,
  '  try {',
  "    return JSON.parse(await readFile(file, 'utf8')) as unknown;",
  '  } catch (e) {',
  '    const err = e as NodeJS.ErrnoException;',
  "    if (err.code === 'ENOENT') return undefined;",
  "    if (err.code === 'EACCES' || err.code === 'EPERM') throw new Error(`Cannot read ${file}: ${err.message}`);",
  '    throw err;',
  '  }',
  '}',
  '',
];

const writeReportBlock: BlockTemplate = ({ id }) => [
  `export async function writeReport${id}(directory: string, name: string, body: string): Promise<boolean> {`,
  '  try {',
  '    await mkdir(directory, { recursive: true });',
  "    await writeFile(path.join(directory, name), body, { flag: 'wx' });",
  '    return true;',
  '  } catch (error) {',
  '    switch ((error as NodeJS.ErrnoException).code) {',
  "      case 'EEXIST':",
  '        return false;',
  "      case 'ENOSPC':",
  "      case 'EDQUOT':",
  "        throw new Parse.Error(AppErrors.Maintenance, 'Disk full.');",
  '      default:',
  '        throw error;',
  '    }',
  '  }',
  '}',
  '',
];

const jobBlock: BlockTemplate = (block) => {
  const { domain, id } = block;
  return [
    `Parse.Cloud.job('cleanup${domain}${id}', async (request) => {`,
    "  request.message('starting');",
    `  const cutoff = new Date(Date.now() - ${(id % 7) + 1} * 24 * 60 * 60 * 1000);`,
    `  const query = new Parse.Query('${domain}').lessThan('updatedAt', cutoff).limit(${100 * ((id % 4) + 1)});`,
    '  let removed = 0;',
    '  for (const object of await query.find({ useMasterKey: true })) {',
    '    try {',
    '      await object.destroy({ useMasterKey: true });',
    '      removed += 1;',
    '    } catch (e) {',
    '      const { code } = e as Parse.Error;',
    `      if (code === ${code(block, 5)}) continue;`,
    `      if (code === ${code(block, 6)} || code === ${constant(block, 6)}) {`,
    "        request.message(`skipped ${object.id ?? '?'}`);",
    '        continue;',
    '      }',
    '      throw e;',
    '    }',
    '  }',
    '  request.message(`removed ${removed}`);',
    '});',
    '',
  ];
};

// Util
const statusBlock: BlockTemplate = (block) => {
  const { id } = block;
  return [
    `export function httpStatus${id}(code: number): number {`,
    '  switch (code) {',
    `    case ${code(block, 7)}:`,
    '    case Parse.Error.OBJECT_NOT_FOUND:',
    '      return 404;',
    '    case 209:',
    `    case ${constant(block, 7)}:`,
    '      return 401;',
    '    case 119:',
    '      return 403;',
    '    default:',
    `      return code >= 9000 && code <= 9999 ? ${pick([400, 409, 422], id)} : 500;`,
    '  }',
    '}',
    '',
    `export function sendError${id}(response: JsonResponse, error: unknown): void {`,
    '  const body = errorBody(error);',
    '  response.status(httpStatus' + String(id) + '(body.code)).json({ code: body.code, error: body.message });',
    '}',
    '',
    `export function notFound${id}(response: JsonResponse, what: string): void {`,
    `  response.status(404).json({ code: ${pick([101, 'Parse.Error.OBJECT_NOT_FOUND'], id)}, error: \`\${what} not found\` });`,
    '}',
    '',
  ];
};

const cacheBlock: BlockTemplate = ({ id }) => [
  `export class Cache${id}<V> {`,
  '  readonly #entries = new Map<string, { value: V; expires: number }>();',
  '',
  `  constructor(private readonly ttl = ${(id % 5) + 1} * 60_000, private readonly max = ${100 * ((id % 3) + 1)}) {}`,
  '',
  '  get(key: string, now = Date.now()): V | undefined {',
  '    const entry = this.#entries.get(key);',
  '    if (!entry) return undefined;',
  '    if (entry.expires <= now) {',
  '      this.#entries.delete(key);',
  '      return undefined;',
  '    }',
  '    this.#entries.delete(key);',
  '    this.#entries.set(key, entry);',
  '    return entry.value;',
  '  }',
  '',
  '  set(key: string, value: V, now = Date.now()): void {',
  '    this.#entries.delete(key);',
  '    this.#entries.set(key, { value, expires: now + this.ttl });',
  '    while (this.#entries.size > this.max) {',
  '      const oldest = this.#entries.keys().next();',
  '      if (oldest.done === true) break;',
  '      this.#entries.delete(oldest.value);',
  '    }',
  '  }',
  '}',
  '',
];

// Tests
const testBlock: BlockTemplate = (block) => {
  const { domain, id } = block;
  return [
    `void describe('${domain} errors ${id}', () => {`,
    "  void it('maps a missing object', () => {",
    `    const error = new Parse.Error(${code(block, 8)}, 'missing');`,
    `    assert.equal(error.code, ${code(block, 8)});`,
    `    assert.strictEqual(errorBody(error).code, ${constant(block, 8)});`,
    '  });',
    "  void it('keeps app codes', () => {",
    `    const error = new Parse.Error(${appError(block, 5)}, 'app');`,
    `    assert.equal(error.code, ${appError(block, 5)});`,
    `    assert.deepEqual(errorBody(error), { code: ${9001 + (id % 9)}, message: 'app' });`,
    '  });',
    "  void it('rejects', async () => {",
    `    await assert.rejects(Promise.reject(new Parse.Error(${code(block, 9)}, 'x')), (error: Parse.Error) => error.code === ${code(block, 9)});`,
    '  });',
    '});',
    '',
  ];
};

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
    "const money = new Map<string, Intl.NumberFormat>();",
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
    '  return `${count} ${noun}${count === 1 ? \'\' : \'s\'}`;',
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

interface Corpus {
  readonly files: number;
  readonly lines: number;
}

function lineCount(text: string): number {
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/** Writes the corpus afresh (it is deterministic) into .cache/bench-typed/. */
function writeCorpus(): Corpus {
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
  writeFileSync(path.join(CORPUS_DIRECTORY, 'package.json'), `${JSON.stringify({ name: 'bench-typed', private: true, type: 'module' }, null, 2)}\n`);

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
function typeCheckCorpus(): void {
  const configFile = path.join(CORPUS_DIRECTORY, 'tsconfig.json');
  const { config } = ts.readConfigFile(configFile, (file) => ts.sys.readFile(file)) as { config: unknown };
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, CORPUS_DIRECTORY);
  const diagnostics = ts.getPreEmitDiagnostics(ts.createProgram(parsed.fileNames, parsed.options));
  if (diagnostics.length > 0) {
    const host = { getCanonicalFileName: (name: string) => name, getCurrentDirectory: () => CORPUS_DIRECTORY, getNewLine: () => '\n' };
    throw new Error(`The generated corpus does not type-check:\n${ts.formatDiagnostics(diagnostics.slice(0, 10), host)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Configurations

type ConfigName = 'a' | 'b' | 'c' | 'd' | 'e';
const CONFIG_NAMES: readonly ConfigName[] = ['a', 'b', 'c', 'd', 'e'];
/** Configurations without typescript-eslint's rules: ours are the only rules, on typed parsing. */
const OURS_ALONE: ReadonlySet<ConfigName> = new Set(['d', 'e']);
const CONFIG_LABELS: Readonly<Record<ConfigName, string>> = {
  a: '(a) `recommendedTypeChecked` (typescript-eslint) alone',
  b: '(b) (a) + our `recommended`',
  c: '(c) (a) + our `recommended-type-checked`',
  d: '(d) our `recommended` alone, typed parsing',
  e: '(e) our `recommended-type-checked` alone, typed parsing',
};

function configFor(name: ConfigName): Linter.Config[] {
  const untypedRules = [plugin.configs.recommended];
  const typedRules = [plugin.configs['recommended-type-checked']];
  const ours = { a: [], b: untypedRules, c: typedRules, d: untypedRules, e: typedRules }[name];
  // `base` only sets typescript-eslint's parser up (and registers its plugin), with no rules.
  const typed = OURS_ALONE.has(name) ? [tseslint.configs.base] : [tseslint.configs.recommendedTypeChecked];
  return defineConfig({
    files: ['**/*.ts'],
    extends: [...typed, ...ours],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: CORPUS_DIRECTORY } },
    linterOptions: { reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' },
  });
}

// ---------------------------------------------------------------------------------------------
// Measuring

interface Sample {
  /** `lintFiles()` from call to answer. */
  wall: number;
  /** CPU time of the process (all threads) meanwhile: less disturbed than `wall` by other processes. */
  cpu: number;
  /** Sums over files of ESLint's `stats`: the whole pass, parsing, our rules, typescript-eslint's rules. */
  total: number;
  parse: number;
  /** The longest parse of one file: the one that built the TypeScript program. */
  programParse: number;
  ours: number;
  tseslint: number;
  /** Problems per rule (ours only). */
  problems: Map<string, number>;
}

/**
 * One lint of the corpus as one `eslint` run does it: typescript-eslint's caches, its project
 * service with them, are cleared first, so the TypeScript program is built afresh (while the first
 * file linted is parsed) and the type checker starts cold; a new ESLint instance, no cache. A new
 * ESLint instance alone would keep the project service, its program and the checker's caches.
 */
async function lintCorpus(name: ConfigName): Promise<Sample> {
  tsParser.clearCaches();
  // The previous pass's program is garbage now: collect it here rather than during the lint.
  collectGarbage();
  const eslint = new ESLint({ cwd: CORPUS_DIRECTORY, overrideConfigFile: true, overrideConfig: configFor(name), stats: true, cache: false });
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const results = await eslint.lintFiles(['src']);
  const wall = performance.now() - started;
  const { user, system } = process.cpuUsage(cpuStarted);
  const sample: Sample = { wall, cpu: (user + system) / 1000, total: 0, parse: 0, programParse: 0, ours: 0, tseslint: 0, problems: new Map() };
  for (const result of results) {
    const fatal = result.messages.find((message) => message.fatal === true);
    if (fatal) throw new Error(`${result.filePath}: ${fatal.message}`);
    const pass = result.stats?.times.passes[0];
    if (!pass) throw new Error(`${result.filePath}: no timing (not linted?)`);
    sample.total += pass.total;
    sample.parse += pass.parse?.total ?? 0;
    sample.programParse = Math.max(sample.programParse, pass.parse?.total ?? 0);
    for (const [ruleId, { total }] of Object.entries(pass.rules ?? {})) {
      if (ruleId.startsWith(OUR_PREFIX)) sample.ours += total;
      else if (ruleId.startsWith(TSESLINT_PREFIX)) sample.tseslint += total;
    }
    for (const { ruleId } of result.messages) {
      if (ruleId?.startsWith(OUR_PREFIX) === true) sample.problems.set(ruleId, (sample.problems.get(ruleId) ?? 0) + 1);
    }
  }
  if (results.length === 0) throw new Error('nothing linted');
  return sample;
}

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

function median(numbers: readonly number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

function format(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}

const started = performance.now();
log(`Writing the corpus into ${path.relative(REPOSITORY_ROOT, CORPUS_DIRECTORY)}/`);
const corpus = writeCorpus();
typeCheckCorpus();
log(`  ${corpus.files} files, ${corpus.lines} lines; type-checks clean`);

log(`Warm-up: ${WARM_UP_ROUNDS} passes of each configuration (discarded)…`);
for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const name of CONFIG_NAMES) await lintCorpus(name);

const samples = new Map<ConfigName, Sample[]>(CONFIG_NAMES.map((name) => [name, []]));
for (let rep = 0; rep < REPS; rep++) {
  // Rotate the order, so that no configuration always runs first after the previous one.
  for (let offset = 0; offset < CONFIG_NAMES.length; offset++) {
    const name = pick(CONFIG_NAMES, rep + offset);
    const sample = await lintCorpus(name);
    samples.get(name)?.push(sample);
    log(`  rep ${rep + 1}/${REPS} ${name}: ${format(sample.wall / 1000, 2)} s, CPU ${format(sample.cpu / 1000, 2)} s (ours ${format(sample.ours)} ms)`);
  }
}
const elapsed = (performance.now() - started) / 1000;

// ---------------------------------------------------------------------------------------------
// Results

const samplesOf = (name: ConfigName): Sample[] => samples.get(name) ?? [];
const med = (name: ConfigName, field: Exclude<keyof Sample, 'problems'>): number => median(samplesOf(name).map((sample) => sample[field]));
const spread = (name: ConfigName, field: Exclude<keyof Sample, 'problems'>): string => {
  const list = samplesOf(name).map((sample) => sample[field]);
  return `${format(Math.min(...list))}–${format(Math.max(...list))}`;
};
const ms = (name: ConfigName, field: Exclude<keyof Sample, 'problems'>): string => `${format(med(name, field))} ms (${spread(name, field)})`;
const problems = (name: ConfigName): Map<string, number> => samplesOf(name)[0]?.problems ?? new Map<string, number>();
const ourRuleIds = Object.keys(plugin.configs.recommended.rules ?? {});

type TotalField = 'wall' | 'total' | 'cpu';
const TOTALS: readonly { field: TotalField; label: string }[] = [
  { field: 'wall', label: 'whole lint (wall clock)' },
  { field: 'total', label: '`stats` total' },
  { field: 'cpu', label: 'CPU time of the process' },
];
/** (c) − (a) as a fraction of (a), from the medians. */
const extra = (field: TotalField): number => (med('c', field) - med('a', field)) / med('a', field);
/** The same, per repetition ((c) and (a) of one repetition ran close together), then the median. */
const pairedExtra = (field: TotalField): number =>
  median(
    samplesOf('c').map((sample, index) => {
      const baseline = samplesOf('a')[index];
      return baseline ? (sample[field] - baseline[field]) / baseline[field] : NaN;
    }),
  );
const percent = (fraction: number): string => `${fraction >= 0 ? '+' : ''}${format(fraction * 100, 1)} %`;

const cpuModel = /^model name\s*:\s*(.+)$/mu.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
const section = [
  SECTION_TITLE,
  '',
  `Written by \`npm run bench:typed\` (bench/typed.ts) on ${new Date().toISOString().slice(0, 10)}: ${REPS} repetitions, medians with min–max in parentheses, ${format(elapsed, 0)} s in all.`,
  '',
  `- Machine: ${os.availableParallelism()} CPUs (nproc), ${cpuModel} (shared, noisy); Node ${process.version}, ESLint ${ESLint.version}, typescript-eslint ${tsParser.version}, TypeScript ${ts.version}; the plugin is the build in dist/.`,
  `- Corpus: a Parse app in TypeScript generated into .cache/bench-typed/ (Cloud Code, client services, jobs, HTTP helpers, \`node:test\` tests; an \`AppErrors\` enum and an \`as const\` table of app codes, \`NodeJS.ErrnoException\` checks, a provider error type whose \`code\` is \`string | number\`): ${corpus.files} files, ${corpus.lines} lines, \`strict\`, \`NodeNext\`, \`@types/node\` and \`parse\`'s own types from the repository's node_modules/; it type-checks clean.`,
  '- Each configuration lints the whole corpus with the `ESLint` API (`lintFiles`, one file at a time, no cache) and `@typescript-eslint/parser` with `parserOptions: { projectService: true, tsconfigRootDir }`.',
  `- Every pass starts from nothing typescript-eslint knows, as one \`eslint\` run does: a new \`ESLint\` instance, and typescript-eslint's caches cleared first (\`clearCaches()\` of \`@typescript-eslint/parser\`, which drops its project service; a new \`ESLint\` instance alone would keep it, and with it the program and the type checker's caches). Each pass so builds the TypeScript program (while the first file linted is parsed: the largest parse of a file below) and type-checks from scratch. ${WARM_UP_ROUNDS} warm-up passes of each configuration, discarded, warm V8 up first (a pass keeps getting faster for several passes, as V8 optimises TypeScript's checker: the figures are those of a warm process, not of a first run); the heap is collected before each pass (\`gc()\`, outside the timing); the order of the configurations rotates from repetition to repetition.`,
  '- "Whole lint" is the wall-clock time of `lintFiles()`, "CPU time" the process\'s CPU time meanwhile (`process.cpuUsage()`, all threads: garbage collection helpers included), which other processes on the machine disturb less; "`stats` total" sums ESLint\'s `stats` pass totals (parse + rules) over the files; rule times are `stats` times (`passes[0].rules[ruleId].total`), summed over `parse-error-codes/*` for "our rules".',
  '',
  '| configuration | whole lint | CPU time | `stats` total | — parsing (incl. program) | — largest parse of a file (builds the program) | typescript-eslint rules | our rules |',
  '|---|---|---|---|---|---|---|---|',
  ...CONFIG_NAMES.map(
    (name) =>
      `| ${CONFIG_LABELS[name]} | ${ms(name, 'wall')} | ${ms(name, 'cpu')} | ${ms(name, 'total')} | ${ms(name, 'parse')} | ${ms(name, 'programParse')} | ${OURS_ALONE.has(name) ? '—' : ms(name, 'tseslint')} | ${name === 'a' ? '—' : ms(name, 'ours')} |`,
  ),
  '',
  'Typed linting with our `recommended-type-checked`, (c), against without our rules, (a):',
  '',
  '| measure | (c) / (a) | (c) − (a), % of (a) | the same, paired per repetition |',
  '|---|---|---|---|',
  ...TOTALS.map(({ field, label }) => `| ${label} | ${format(med('c', field) / med('a', field), 3)}× | ${percent(extra(field))} | ${percent(pairedExtra(field))} |`),
  '',
  'Our rule time (`stats`, summed over `parse-error-codes/*`):',
  '',
  '| ratio | value |',
  '|---|---|',
  `| our rules in (c), as % of (a)'s \`stats\` total | ${format((med('c', 'ours') / med('a', 'total')) * 100, 2)} % |`,
  `| with \`checkTypes\` / without, within typescript-eslint's rules, (c) / (b) | ${format(med('c', 'ours') / med('b', 'ours'), 2)}× |`,
  `| with \`checkTypes\` / without, our rules alone, (e) / (d) | ${format(med('e', 'ours') / med('d', 'ours'), 2)}× |`,
  `| our \`recommended\` (no \`checkTypes\`) within typescript-eslint's rules / alone, (b) / (d) | ${format(med('b', 'ours') / med('d', 'ours'), 2)}× |`,
  '',
  `Problems our rules report (first repetition): ${ourRuleIds
    .map((ruleId) => `\`${ruleId.replace(OUR_PREFIX, '')}\` ${problems('b').get(ruleId) ?? 0} in (b), ${problems('c').get(ruleId) ?? 0} in (c)`)
    .join('; ')}. With \`checkTypes\` the rules drop the sites whose \`.code\` is not a number (the provider's \`string | number\` codes) and resolve \`AppErrors.X\` and \`CODES.X\` codes.`,
  '',
  "A whole typed lint varies from pass to pass by more than our rules cost (building the program and typescript-eslint's rules dominate it), so the ratios of totals can come out below 1× and the percentages below 0 %; our rule times, measured directly, are the reliable figures. In (c) our rules ask the type checker only about the sites the untyped analysis found, and typescript-eslint's rules have often asked about the same nodes first, so the checker's answers are cached; (e), without typescript-eslint's rules, shows our cost when ours are the only rules asking, and (d) the same rules without `checkTypes` for comparison. Rule times also depend on what else the lint runs: ESLint's timers book on a rule whatever happens while its listeners run (garbage collection included), and ours run between typescript-eslint's on every node, so the same untyped rules take longer within (b) than alone in (d).",
  '',
];

const output = values.output;
let existing: string;
try {
  existing = readFileSync(output, 'utf8');
} catch {
  existing = '# Benchmark results\n';
}
const start = existing.indexOf(`\n${SECTION_TITLE}\n`);
let updated: string;
if (start === -1) {
  updated = `${existing.trimEnd()}\n\n${section.join('\n')}`;
} else {
  const next = existing.indexOf('\n## ', start + 1);
  const after = next === -1 ? '' : `\n${existing.slice(next + 1)}`;
  updated = `${existing.slice(0, start).trimEnd()}\n\n${section.join('\n')}${after}`;
}
writeFileSync(output, updated.endsWith('\n') ? updated : `${updated}\n`);
log(`\n${section.join('\n')}`);
log(`Written to ${path.relative(process.cwd(), output)}`);
