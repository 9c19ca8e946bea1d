// Blocks of code for the typed bench's corpus: Cloud Code, client services, jobs, HTTP helpers and
// tests, each a template filled for one block (its domain and id).
import { appError, code, constant, pick, PROVIDER_CODES, type BlockTemplate } from './block.js';

// Shared by every kind of file: code without error codes.
export const summaryBlock: BlockTemplate = ({ domain, id }) => [
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

export const groupBlock: BlockTemplate = ({ domain, id }) => [
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
export const cloudFunctionBlock: BlockTemplate = (block) => {
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

export const beforeSaveBlock: BlockTemplate = (block) => {
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

export const webhookBlock: BlockTemplate = (block) => {
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
    "    return { code: CODES.RATE_LIMITED, message: 'Retry later.' };",
    '  }',
    `  return { code: ${9100 + id}, message: failure.message };`,
    '}',
    '',
  ];
};

export const syncBlock: BlockTemplate = (block) => {
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

export const retryPolicyBlock: BlockTemplate = (block) => {
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
export const loadBlock: BlockTemplate = (block) => {
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

export const saveBlock: BlockTemplate = (block) => {
  const { domain, id } = block;
  return [
    `export async function save${domain}${id}(input: ${domain}Input): Promise<string> {`,
    `  const object = new Parse.Object('${domain}');`,
    "  object.set('name', input.name.trim());",
    "  object.set('amount', Math.round(input.amount * 100) / 100);",
    "  if (input.note !== undefined) object.set('note', input.note);",
    '  try {',
    '    const saved = await object.save();',
    "    return saved.id ?? '';",
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

export const describeErrorBlock: BlockTemplate = (block) => {
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

export const signUpBlock: BlockTemplate = (block) => {
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

export const pageBlock: BlockTemplate = ({ domain, id }) => [
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
export const readSnapshotBlock: BlockTemplate = ({ id }) => [
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

export const writeReportBlock: BlockTemplate = ({ id }) => [
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

export const jobBlock: BlockTemplate = (block) => {
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
export const statusBlock: BlockTemplate = (block) => {
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

export const cacheBlock: BlockTemplate = ({ id }) => [
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
export const testBlock: BlockTemplate = (block) => {
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
