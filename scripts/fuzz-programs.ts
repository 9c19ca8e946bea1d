/**
 * Random programs for `npm run fuzz` and tests/fuzz: eslump's random JavaScript, eslump programs
 * mutated towards Parse (identifiers renamed to `Parse`/`code`/…, numbers replaced by error codes),
 * and programs built from templates of every error-code site kind. Every program comes from one
 * 32-bit seed, so a failure is replayed from the seed alone.
 */
import { createRequire } from 'node:module';

import { parse } from '@typescript-eslint/parser';

const require = createRequire(import.meta.url);

interface EslumpOptions {
  sourceType: 'module' | 'script';
  maxDepth: number;
  comments: boolean;
  whitespace: boolean;
}
// eslump ships no types; this is the one function the fuzzer uses.
const { generateRandomJS } = require('eslump') as { generateRandomJS: (options: EslumpOptions) => string };

const sdkError = (require('parse/node') as { Error: Record<string, unknown> }).Error;

/** `Parse.Error`'s numeric statics, from the real SDK: the names templates read constants by. */
export const SDK_CONSTANTS: readonly string[] = Object.keys(sdkError).filter(
  (name) => typeof sdkError[name] === 'number',
);

/**
 * Statics `Parse.Error` does not have: misspelled constants, documentation names, an app's own
 * constant (which a template sometimes assigns) and a member that is no code constant.
 */
const UNKNOWN_STATICS: readonly string[] = [
  'OBJECT_NOTFOUND',
  'INVALID_SESION_TOKEN',
  'ObjectNotFound',
  'UserEmailTaken',
  'MY_APP_CODE',
  'prototype',
];

export type Random = () => number;

/** mulberry32: a small, fast PRNG with a 32-bit state, good enough to pick templates. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of the `index`-th program of a run seeded with `runSeed` (a murmur3-style mix). */
export function programSeedOf(runSeed: number, index: number): number {
  let h = (Math.imul(runSeed >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

class Picker {
  readonly random: Random;

  constructor(random: Random) {
    this.random = random;
  }

  chance(probability: number): boolean {
    return this.random() < probability;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.random() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** One of `choices`, each with its weight. */
  weighted<T>(choices: readonly (readonly [weight: number, value: T])[]): T {
    const total = choices.reduce((sum, [weight]) => sum + weight, 0);
    let point = this.random() * total;
    for (const [weight, value] of choices) {
      point -= weight;
      if (point < 0) return value;
    }
    return this.pick(choices)[1];
  }
}

export type ProgramKind = 'template' | 'eslump' | 'eslump-mutated' | 'eslump-mixed';

export interface GeneratedProgram {
  readonly seed: number;
  readonly kind: ProgramKind;
  readonly text: string;
  readonly filename: string;
  readonly sourceType: 'module' | 'commonjs';
  /** Globals configured in `languageOptions.globals`, as a project with Cloud Code would. */
  readonly globals: Readonly<Record<string, 'readonly' | 'writable'>>;
}

/** The program for `seed`: about two thirds are built from templates, the rest start from eslump. */
export function generateProgram(seed: number, codes: readonly number[]): GeneratedProgram {
  const picker = new Picker(createRandom(seed));
  const kind = picker.weighted<ProgramKind>([
    [64, 'template'],
    [8, 'eslump'],
    [16, 'eslump-mutated'],
    [12, 'eslump-mixed'],
  ]);
  const globals: Record<string, 'readonly' | 'writable'> = picker.chance(0.2)
    ? { Parse: picker.pick(['readonly', 'writable'] as const) }
    : {};
  if (kind === 'template') {
    const program = new TemplateProgram(picker, codes).build();
    return { seed, kind, globals, ...program };
  }
  const sourceType = picker.pick(['module', 'commonjs'] as const);
  let text = eslumpProgram(picker, sourceType === 'module' ? 'module' : 'script');
  if (kind !== 'eslump') text = mutateTowardsParse(picker, text, codes, sourceType);
  if (kind === 'eslump-mixed') {
    const template = new TemplateProgram(picker, codes, sourceType).build();
    // eslump's top level and the template share one scope: its declarations may shadow the template's aliases.
    text = picker.chance(0.5) ? `${template.text}\n${text}\n` : `${text}\n;\n${template.text}`;
  }
  return { seed, kind, globals, text, filename: `fuzz-${seed}.js`, sourceType };
}

/** eslump's random JavaScript, made deterministic by handing it our PRNG as `Math.random` for the call. */
function eslumpProgram(picker: Picker, sourceType: 'module' | 'script'): string {
  const descriptor = Object.getOwnPropertyDescriptor(Math, 'random');
  if (!descriptor) throw new Error('Math.random has no property descriptor');
  Object.defineProperty(Math, 'random', { ...descriptor, value: picker.random });
  try {
    return generateRandomJS({
      sourceType,
      maxDepth: picker.int(3, 6),
      comments: picker.chance(0.5),
      whitespace: picker.chance(0.5),
    });
  } finally {
    Object.defineProperty(Math, 'random', descriptor);
  }
}

const MUTATION_NAMES = ['Parse', 'Parse', 'P', 'ParseError', 'code', 'code', 'e', 'err', 'Error', 'require'];

/**
 * Renames some identifiers and property names to the ones the rules look for and replaces some
 * numbers with error codes, token by token. The result need not parse; the fuzzer skips it then.
 */
function mutateTowardsParse(
  picker: Picker,
  text: string,
  codes: readonly number[],
  sourceType: 'module' | 'commonjs',
): string {
  let tokens;
  try {
    tokens = parse(text, {
      range: true,
      tokens: true,
      sourceType: sourceType === 'module' ? 'module' : 'script',
    }).tokens;
  } catch {
    return text;
  }
  const renameChance = picker.random() * 0.4;
  const numberChance = 0.3 + picker.random() * 0.7;
  let output = '';
  let last = 0;
  for (const token of tokens) {
    let replacement: string | undefined;
    if (token.type === 'Identifier' && picker.chance(renameChance)) replacement = picker.pick(MUTATION_NAMES);
    else if (token.type === 'Numeric' && picker.chance(numberChance)) {
      // No leading `-` or `(`: the token may follow `-` or sit where parentheses are not allowed.
      replacement = numberText(picker, Math.abs(pickCode(picker, codes)), false);
    }
    if (replacement === undefined) continue;
    output += text.slice(last, token.range[0]) + replacement;
    last = token.range[1];
  }
  return output + text.slice(last);
}

/** A code to write: mostly from the catalog, sometimes 143 or -1 on purpose, sometimes any number. */
function pickCode(picker: Picker, codes: readonly number[]): number {
  return picker.weighted<() => number>([
    [55, () => picker.pick(codes)],
    [6, () => 143],
    [5, () => -1],
    [8, () => picker.int(0, 1000)],
    [8, () => picker.int(9000, 9999)],
    [4, () => picker.int(5000, 8999)],
    [4, () => picker.int(10_000, 99_999)],
    [3, () => -picker.int(2, 500)],
    [3, () => picker.pick(codes) + 0.5],
    [4, () => picker.int(0, 3)],
  ])();
}

/** How a program may write `n`: plain, parenthesized, commented, in another base, negated in several ways. */
function numberText(picker: Picker, n: number, allowWrapping = true): string {
  const absolute = Math.abs(n);
  const digits = String(absolute);
  const forms: (() => string)[] = [() => digits, () => digits, () => digits];
  if (Number.isInteger(absolute)) {
    forms.push(
      () => `0x${absolute.toString(16)}`,
      () => `0o${absolute.toString(8)}`,
      () => `${digits}.0`,
      () => `${digits}e0`,
    );
    if (digits.length > 1) forms.push(() => `${digits.slice(0, 1)}_${digits.slice(1)}`);
  }
  let text = picker.pick(forms)();
  if (allowWrapping) {
    text = picker.weighted<() => string>([
      [10, () => text],
      [2, () => `(${text})`],
      [1, () => `((${text}))`],
      [1, () => `/* c */ ${text}`],
      [1, () => `${text} /* c */`],
    ])();
  }
  if (n >= 0) return text;
  if (!allowWrapping) return `-${text}`;
  return picker.weighted<() => string>([
    [6, () => `-${text}`],
    [2, () => `- ${text}`],
    [2, () => `- /* c */ ${text}`],
    [1, () => `-(${text})`],
    [1, () => `(-${text})`],
    [1, () => `-/* c */(${text})`],
    [1, () => `- // c\n${text}`],
  ])();
}

interface Alias {
  /** The declaration, or a comment. */
  readonly text: string;
  /** How code reaches the `Parse.Error` class through this alias, if it does. */
  readonly errorClass?: string;
  readonly module?: boolean;
  readonly typescript?: boolean;
}

const ALIASES: readonly Alias[] = [
  { text: "import Parse from 'parse/node';", errorClass: 'Parse.Error', module: true },
  { text: "import P from 'parse';", errorClass: 'P.Error', module: true },
  { text: "import { Parse } from 'parse/node';", errorClass: 'Parse.Error', module: true },
  { text: "import ParseError from './ParseError';", errorClass: 'ParseError', module: true },
  { text: "import ParseError from '../lib/ParseError.js';", errorClass: 'ParseError', module: true },
  { text: "import * as ParseNs from 'parse/node';", errorClass: 'ParseNs.Error', module: true },
  { text: "import type Parse from 'parse/node';", errorClass: 'Parse.Error', module: true, typescript: true },
  { text: "import Parse = require('parse/node');", errorClass: 'Parse.Error', typescript: true },
  { text: "const Parse = require('parse/node');", errorClass: 'Parse.Error' },
  { text: "const P = require('parse/node');", errorClass: 'P.Error' },
  { text: "var P = require('parse/node').Parse;", errorClass: 'P.Error' },
  { text: "const { Parse } = require('parse/node');", errorClass: 'Parse.Error' },
  { text: "const { Error: PE } = require('parse/node');", errorClass: 'PE' },
  { text: "const ParseError = require('./ParseError').default;", errorClass: 'ParseError' },
  { text: "var _ParseError = _interopRequireDefault(require('./ParseError'));", errorClass: '_ParseError.default' },
  { text: "var _node = require('parse/node');", errorClass: '_node.Parse.Error' },
  { text: "var _node2 = _interopRequireDefault(require('parse/node'));", errorClass: '_node2.default.Error' },
  { text: "let P = require('parse/node');\nP = makeParse();", errorClass: 'P.Error' },
  { text: 'const Parse = makeFakeParse();', errorClass: 'Parse.Error' },
  { text: 'const P = Parse;', errorClass: 'P.Error' },
  { text: '/* global Parse */', errorClass: 'Parse.Error' },
  // a global `Parse` that is another library's, or the SDK only once this line has run (#22)
  { text: "Parse = require('papaparse');", errorClass: 'Parse.Error' },
  { text: "Parse = require('parse/node');", errorClass: 'Parse.Error' },
  // a TypeScript file that names `Parse` only in a type: no global `Parse` at run time (#22)
  { text: 'type ParseErrorClass = typeof Parse.Error;', errorClass: 'Parse.Error', typescript: true },
  { text: "import { strictEqual } from 'node:assert';", module: true },
  { text: "const { strictEqual } = require('assert');" },
  { text: '', errorClass: 'Parse.Error' },
];

const COMPARISON_OPERATORS = ['===', '!==', '==', '!='];

/** Builds one program: aliases, then blocks that wrap error-code sites in handlers of many shapes. */
class TemplateProgram {
  readonly #picker: Picker;
  readonly #codes: readonly number[];
  readonly #sourceType: 'module' | 'commonjs';
  readonly #typescript: boolean;
  readonly #errorClasses: string[] = ['Parse.Error'];
  readonly #namedCodes: string[] = [];
  readonly #top: string[] = [];
  #blockIndex = 0;

  constructor(picker: Picker, codes: readonly number[], sourceType?: 'module' | 'commonjs') {
    this.#picker = picker;
    this.#codes = codes;
    this.#typescript = sourceType === undefined && picker.chance(0.25);
    this.#sourceType = sourceType ?? (picker.chance(0.5) ? 'module' : 'commonjs');
  }

  build(): { text: string; filename: string; sourceType: 'module' | 'commonjs' } {
    const p = this.#picker;
    const aliases = ALIASES.filter(
      (alias) => (this.#sourceType === 'module' || !alias.module) && (this.#typescript || !alias.typescript),
    );
    const chosen = Array.from({ length: p.int(0, 3) }, () => p.pick(aliases));
    const early: string[] = [];
    const late: string[] = [];
    for (const alias of chosen) {
      if (alias.errorClass !== undefined) this.#errorClasses.push(alias.errorClass);
      // Imports are hoisted anyway; a late declaration tests that fixes do not use a binding before it exists.
      (alias.module !== true && p.chance(0.15) ? late : early).push(alias.text);
    }
    if (p.chance(0.2)) this.#errorClasses.push('Foo.Error', 'Parse.Err', 'this.Parse.Error');
    for (let index = 0, count = p.int(0, 2); index < count; index++) {
      const name = `CODE_${index}`;
      const keyword = p.weighted([
        [6, 'const'],
        [1, 'let'],
        [1, 'var'],
      ] as const);
      this.#top.push(`${keyword} ${name} = ${numberText(p, pickCode(p, this.#codes))};`);
      this.#namedCodes.push(name);
    }
    const blocks = Array.from({ length: p.int(1, 6) }, () => this.#block());
    // A call that runs a function before the aliases after it are initialized (#22): `f(e);` first,
    // `function f(e) { … }` among the blocks reads them.
    const calls: string[] = [];
    if (p.chance(0.12)) {
      const name = `early${this.#blockIndex++}`;
      calls.push(`${name}(request.error);`);
      blocks.push(this.#functionDeclaration(name));
    }
    // A file that changes `Parse.Error` or its constants (#22): its constants no longer prove a value.
    if (p.chance(0.04)) this.#top.push(this.#errorClassWrite());
    const text = [...calls, ...early, ...this.#top, ...blocks, ...late].join('\n') + '\n';
    return { text, filename: `fuzz.${this.#typescript ? 'ts' : 'js'}`, sourceType: this.#sourceType };
  }

  /** `function name(e) { … }` around a few sites. */
  #functionDeclaration(name: string): string {
    const statements = Array.from({ length: this.#picker.int(1, 3) }, () => this.#statement(this.#errorSubjects('e')));
    return `function ${name}(e) {\n${statements.join('\n')}\n}`;
  }

  /** A write of `Parse.Error` or of a constant on it, the way an app or a test double changes the class. */
  #errorClassWrite(): string {
    const p = this.#picker;
    const errorClass = p.pick(this.#errorClasses);
    const constant = p.pick(SDK_CONSTANTS);
    return p.weighted<() => string>([
      [3, () => `${errorClass}.${constant} = ${numberText(p, pickCode(p, this.#codes))};`],
      [1, () => `${errorClass}['${constant}'] = ${numberText(p, pickCode(p, this.#codes))};`],
      [1, () => `${errorClass}.${constant}++;`],
      [1, () => `delete ${errorClass}.${constant};`],
      [2, () => `${errorClass} = class extends Error {};`],
      [2, () => `Object.assign(${errorClass}, { ${constant}: ${numberText(p, pickCode(p, this.#codes))} });`],
      [1, () => `Object.defineProperty(${errorClass}, '${constant}', { value: 1 });`],
    ])();
  }

  /**
   * Sites where a negative code touches the keyword before it (`case-1:`, `return-1===e.code`): a
   * constant written there without a space merges with the keyword (#22).
   */
  #keywordAdjacentBlock(index: number): string {
    const p = this.#picker;
    const subject = p.pick(this.#errorSubjects('e'));
    const negative = (): string => p.pick(['-1', '-1', '-0x1', `-${p.int(2, 500)}`, '-1.0']);
    const compared = (): string => `${negative()}===${subject}`;
    return p.weighted<() => string>([
      [
        3,
        () => `function cases${index}(e) {\n  switch (${subject}) {\n    case${negative()}:\n      return 1;\n  }\n}`,
      ],
      [3, () => `function returns${index}(e) {\n  return${compared()};\n}`],
      [1, () => `function* yields${index}(e) {\n  yield${compared()};\n}`],
      [1, () => `function branches${index}(e) {\n  if (ready) handled();\n  else${compared()}&&handled();\n}`],
      [1, () => `function loops${index}(e) {\n  do${compared()}&&handled(); while (ready);\n}`],
      [1, () => `function keys${index}(e) {\n  for (const k in${compared()}?a:b) handled(k);\n}`],
      [1, () => `function values${index}(e) {\n  for (const v of${compared()}?[a]:[b]) handled(v);\n}`],
      [1, () => `function types${index}(e) {\n  return typeof${negative()}===typeof${subject}&&void${negative()};\n}`],
      [1, () => `async function waits${index}(e) {\n  return await${compared()};\n}`],
    ])();
  }

  /** A handler that has an error `e` (or a destructured `code`) in scope, around a few sites. */
  #block(): string {
    const p = this.#picker;
    const index = this.#blockIndex++;
    const body = (subjects: readonly string[]): string =>
      Array.from({ length: p.int(1, 4) }, () => this.#statement(subjects)).join('\n');
    const errorSubjects = this.#errorSubjects('e');
    return p.weighted<() => string>([
      [4, () => `try {\n  run();\n} catch (e) {\n${body(errorSubjects)}\n}`],
      [3, () => `promise.catch((e) => {\n${body(errorSubjects)}\n});`],
      // Handlers of SDK operations, whose shared codes no-ambiguous-codes judges by the operation.
      [2, () => `Parse.Cloud.run('task${index}').catch((e) => {\n${body(errorSubjects)}\n});`],
      [
        1,
        () =>
          `Parse.User.logIn(name, password)\n  .then(() => new Parse.Query('Trip').get(id))\n  .catch((e) => {\n${body(errorSubjects)}\n});`,
      ],
      [3, () => `function handle${index}(e) {\n${body(errorSubjects)}\n}`],
      [2, () => `function shadowed${index}(Parse, e) {\n${body(errorSubjects)}\n}`],
      [1, () => `const arrow${index} = (P, e) => {\n${body(errorSubjects)}\n};`],
      [1, () => `function shadowedError${index}(ParseError, e) {\n${body(errorSubjects)}\n}`],
      [
        1,
        () => `{\n  const Parse = { Error: class {} };\n  try { run(); } catch (e) {\n${body(errorSubjects)}\n  }\n}`,
      ],
      [1, () => `try { run(); } catch (Parse) {\n  const e = Parse;\n${body(errorSubjects)}\n}`],
      [1, () => `class Handler${index} {\n  handle(e) {\n${body(errorSubjects)}\n  }\n}`],
      [
        2,
        () =>
          `async function load${index}() {\n  try {\n    await run();\n  } catch ({ code, message }) {\n${body(['code'])}\n  }\n}`,
      ],
      [
        1,
        () =>
          `function bind${index}(e) {\n  const c = e.code;\n  const { code: k } = e;\n${body(['c', 'k', 'e.code'])}\n}`,
      ],
      [
        2,
        () =>
          `describe('errors', () => {\n  it('fails', async () => {\n    const e = await failing();\n${body(errorSubjects)}\n  });\n});`,
      ],
      [
        1,
        () =>
          `if (ready) {\n  var Parse = require('parse/node');\n}\nfunction late${index}(e) {\n${body(errorSubjects)}\n}`,
      ],
      [
        1,
        () => `function tdz${index}(e) {\n${body(errorSubjects)}\n  const P = require('parse/node');\n  return P;\n}`,
      ],
      [4, () => this.#cloudHandler(index, body(errorSubjects))],
      [2, () => this.#keywordAdjacentBlock(index)],
    ])();
  }

  /** A Cloud Code handler, inline or by name, that leaves with a plain `{ code }` object, a `Parse.Error` or a string. */
  #cloudHandler(index: number, statements: string): string {
    const p = this.#picker;
    const [hook, leading] = p.pick([
      ['define', `'f${index}', `],
      ['define', `'f${index}', () => 1, `],
      ['job', `'j${index}', `],
      ['beforeSave', "'Order', "],
      ['beforeSave', 'Parse.File, '],
      ['afterSave', "'Order', "],
      ['afterSave', 'Parse.File, '],
      ['beforeDelete', 'Parse.File, '],
      ['beforeLogin', ''],
      ['beforeLogin', 'Parse.User, '],
      ['afterLogout', ''],
      ['beforeConnect', ''],
      ['beforeSubscribe', "'Order', "],
    ] as const);
    const value = (): string =>
      p.weighted<() => string>([
        [
          4,
          () =>
            `{ code: ${this.#code()}, ${p.pick(['message', 'error'])}: ${p.pick(["'failed'", 'msg', '/* c */ msg'])} }`,
        ],
        [1, () => `{ message: 'failed', code: ${this.#code()} }`],
        [1, () => `{ code: ${this.#code()} }`],
        [1, () => `{ ...base, code: ${this.#code()}, status: 400 }`],
        [2, () => `new ${p.pick(this.#errorClasses)}(${this.#code()}, 'failed')`],
        [1, () => "'failed'"],
      ])();
    const exit = p.weighted<() => string>([
      [4, () => `  throw ${value()};`],
      // no space after `throw`: a suggestion must not write `thrownew` (#22)
      [1, () => `  throw{code:${this.#code()},error:'failed'};`],
      [3, () => `  return Promise.reject(${value()});`],
      [2, () => `  res.status(409).error(${value()});`],
      [1, () => `  Promise.reject(${value()});`],
      [1, () => `  [1].forEach(() => { throw ${value()}; });`],
      // the legacy `(request, response)` API (issue #21): `res.error(code, message)` builds a Parse.Error
      [1, () => `  return res.error(${this.#code()}, 'failed');`],
      // code 1 answers HTTP 500, which the SDK retries (no-internal-server-error, issue #25)
      [
        1,
        () =>
          `  throw new ${p.pick(this.#errorClasses)}(${p.pick(['1', 'Parse.Error.INTERNAL_SERVER_ERROR'])}, 'failed');`,
      ],
      [
        1,
        () =>
          `  try {\n    throw ${value()};\n  } catch (caught) {\n    throw new Parse.Error(${this.#code()}, caught);\n  }`,
      ],
    ])();
    const handler = `${p.pick(['async ', ''])}(request, res) => {\n  const e = request.error;\n${statements}\n${exit}\n}`;
    if (p.chance(0.7)) return `Parse.Cloud.${hook}(${leading}${handler});`;
    return `const handler${index} = ${handler};\nParse.Cloud.${hook}(${leading}handler${index});`;
  }

  #errorSubjects(error: string): string[] {
    const subjects = [
      `${error}.code`,
      `${error}.code`,
      `${error}?.code`,
      `${error}['code']`,
      `(${error}).code`,
      `res.data.code`,
    ];
    if (this.#typescript) subjects.push(`(${error} as Parse.Error).code`, `${error}.code!`, `(${error} as any).code`);
    return subjects;
  }

  /** A code as a program writes it: a number, a `Parse.Error` constant, a named constant, or something else. */
  #code(): string {
    const p = this.#picker;
    return p.weighted<() => string>([
      [70, () => numberText(p, pickCode(p, this.#codes))],
      [15, () => `${p.pick(this.#errorClasses)}.${p.pick(SDK_CONSTANTS)}`],
      [2, () => `${p.pick(this.#errorClasses)}.${p.pick(UNKNOWN_STATICS)}`],
      [this.#namedCodes.length > 0 ? 8 : 0, () => p.pick(this.#namedCodes)],
      [3, () => p.pick(['Number("101")', 'x', '101 + 0', 'codes[0]', '`101`', "'101'", 'null'])],
    ])();
  }

  #codeList(count: number): string {
    return Array.from({ length: count }, () => this.#code()).join(', ');
  }

  #statement(subjects: readonly string[]): string {
    const p = this.#picker;
    const subject = (): string => p.pick(subjects);
    const errorClass = (): string => p.pick(this.#errorClasses);
    const message = (): string => p.pick(["'failed'", '`failed ${x}`', 'msg']);
    const comparison = (): string =>
      p.chance(0.7)
        ? `${subject()} ${p.pick(COMPARISON_OPERATORS)} ${this.#code()}`
        : `${this.#code()} ${p.pick(COMPARISON_OPERATORS)} ${subject()}`;
    return p.weighted<() => string>([
      // comparison
      [6, () => `  if (${comparison()}) {\n    handled();\n  }`],
      [2, () => `  const ok = ${comparison()} || ${comparison()};`],
      [1, () => `  if (${subject()} && (${comparison()})) handled();`],
      // switch-case
      [
        4,
        () =>
          `  switch (${subject()}) {\n${Array.from({ length: p.int(1, 4) }, () => `    case ${this.#code()}:`).join('\n')}\n      handled();\n      break;\n    case ${this.#code()}: {\n      break;\n    }\n    default:\n  }`,
      ],
      // membership
      [2, () => `  if ([${this.#codeList(p.int(1, 4))}].includes(${subject()})) handled();`],
      [2, () => `  if (new Set([${this.#codeList(p.int(1, 4))}]).has(${subject()})) handled();`],
      // construction
      [5, () => `  throw new ${errorClass()}(${this.#code()}, ${message()});`],
      [1, () => `  reject(new (${errorClass()})(${this.#code()}));`],
      [1, () => `  throw new ${errorClass()}(${message()}, ${this.#code()});`],
      [1, () => `  throw new ${errorClass()}(${p.pick([message(), ''])});`],
      [1, () => `  throw new ${errorClass()}(${this.#code()}, e);`],
      // error-object
      [2, () => `  respond({ code: ${this.#code()}, error: ${message()} });`],
      [1, () => `  respond({ 'code': ${this.#code()}, message: ${message()}, status: 400 });`],
      [1, () => `  const payload = { error: ${message()}, code: ${this.#code()} };`],
      // assertion
      [2, () => `  expect(${subject()}).toBe(${this.#code()});`],
      [1, () => `  expect(${subject()}).not.toEqual(${this.#code()});`],
      [1, () => `  expect(${subject()}).to.equal(${this.#code()});`],
      [1, () => `  ${subject()}.should.equal(${this.#code()});`],
      [1, () => `  assert.equal(${subject()}, ${this.#code()});`],
      [1, () => `  assert.strictEqual(${this.#code()}, ${subject()});`],
      [1, () => `  expect(${subject()}).rejects.toBe(${this.#code()});`],
      [1, () => `  strictEqual(${subject()}, ${this.#code()});`],
      // assertion on an expected error (issue #21): patterns and property assertions, no `.code` read
      [1, () => `  await expect(p).rejects.toMatchObject({ code: ${this.#code()} });`],
      [1, () => `  expect(fn).toHaveBeenCalledWith(expect.objectContaining({ code: ${this.#code()}, message: msg }));`],
      [1, () => `  expect(e).toHaveProperty('code', ${this.#code()});`],
      [1, () => `  ${p.pick(['assert.rejects', 'assert.throws', 't.throwsAsync'])}(p, { code: ${this.#code()} });`],
      [1, () => `  e.should.have.property('code', ${this.#code()});`],
      // a code given to a plain Error (issue #21)
      [1, () => `  const plain = new Error(${message()});\n  plain.code = ${this.#code()};\n  throw plain;`],
      [1, () => `  throw Object.assign(new Error(${message()}), { code: ${this.#code()} });`],
      // misbuilt constructions (issue #21)
      [1, () => `  throw new ${errorClass()}(${this.#code()}, 'Failed: %j', details);`],
      // numbers that are not error codes, and constants read elsewhere
      [1, () => `  retry(${this.#code()}, ${numberText(p, pickCode(p, this.#codes))});`],
      [1, () => `  const limit = ${this.#code()} + 1;`],
      [1, () => `  if (res.status === ${numberText(p, pickCode(p, this.#codes))}) handled();`],
      // messages: unwrapped in a 141 branch, checked against one Parse Server sends
      [
        1,
        () =>
          `  if (${subject()} === ${p.pick(['141', `${errorClass()}.SCRIPT_FAILED`])}) handled(JSON.parse(e.message), e.message.code);\n  if (e.message === 'Invalid session token') handled();`,
      ],
      // an app's own constant
      [1, () => `  ${errorClass()}.MY_APP_CODE = ${numberText(p, pickCode(p, this.#codes))};`],
      // the SDK's constants changed (#22)
      [0.3, () => `  ${this.#errorClassWrite()}`],
    ])();
  }
}
