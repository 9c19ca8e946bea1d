import type { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { FixBindings } from '../../../src/utils/sdk/fix-bindings.js';
import { ParseReferenceResolver, type SdkValue } from '../../../src/utils/sdk/parse-reference.js';
import { findSdkImport, type SdkImport } from '../../../src/utils/sdk/sdk-import.js';
import { lintSnippet, type SnippetOptions } from '../analyse.js';

/** The number that marks the site a test asks about. */
const SITE = 119;

interface Probe {
  /** `parseErrorClassTextAt` at each `119` of the snippet, in order. */
  readonly classTexts: (string | undefined)[];
  /** `sdkValueOf` of the argument of each `probe(…)` call, in order. */
  readonly values: (SdkValue | undefined)[];
  readonly sdkImport: SdkImport | undefined;
}

/** Asks one fresh resolver (and its fix bindings) about the snippet's sites and probes (as TypeScript, `file.ts`). */
function resolve(code: string, globals: Linter.Globals = {}): Probe {
  const classTexts: Probe['classTexts'] = [];
  const values: Probe['values'] = [];
  let sdkImport: Probe['sdkImport'];
  lintSnippet(
    code,
    (context) => {
      const resolver = new ParseReferenceResolver(context.sourceCode);
      const fixBindings = new FixBindings(context.sourceCode, resolver);
      return {
        Literal(node) {
          if (node.value === SITE) classTexts.push(fixBindings.parseErrorClassTextAt(node));
        },
        CallExpression(node) {
          const [argument] = node.arguments;
          if (node.callee.type === 'Identifier' && node.callee.name === 'probe' && argument) {
            values.push(resolver.sdkValueOf(argument));
          }
        },
        'Program:exit'() {
          sdkImport = findSdkImport(context.sourceCode, resolver);
        },
      };
    },
    { filename: 'file.ts', globals },
  );
  return { classTexts, values, sdkImport };
}

describe('parseErrorClassTextAt: how a fix names Parse.Error at a site', () => {
  it.each([
    // imports
    ['a default import', "import Parse from 'parse/node';\nif (e.code === 119) {}", 'Parse.Error'],
    ['a default import of parse', "import Parse from 'parse';\nif (e.code === 119) {}", 'Parse.Error'],
    ['a default import of parse/weapp', "import Parse from 'parse/weapp';\nif (e.code === 119) {}", 'Parse.Error'],
    ['a named import', "import { Parse } from 'parse/node';\nif (e.code === 119) {}", 'Parse.Error'],
    ['a renamed default import', "import { default as SDK } from 'parse';\nif (e.code === 119) {}", 'SDK.Error'],
    ['import = require', "import Parse = require('parse/node');\nif (e.code === 119) {}", 'Parse.Error'],
    ['a type-only import', "import type Parse from 'parse';\nif (e.code === 119) {}", undefined],
    ['a type-only named import', "import { type Parse } from 'parse/node';\nif (e.code === 119) {}", undefined],
    ['the SDK ParseError class', "import ParseError from './ParseError';\nif (e.code === 119) {}", 'ParseError'],
    [
      'a namespace import read as the SDK',
      "import * as Parse from 'parse/node';\nthrow new Parse.Error(119, 'x');",
      'Parse.Error',
    ],
    [
      'a namespace import with Parse.User.current()',
      "import * as SDK from 'parse';\nSDK.User.current();\nif (e.code === 119) {}",
      'SDK.Error',
    ],
    ['a namespace import never read', "import * as Parse from 'parse/node';\nif (e.code === 119) {}", undefined],
    [
      'a namespace import read in types only',
      "import * as Parse from 'parse/node';\nfunction f(e: Parse.Error) {\n  return e.code === 119;\n}",
      undefined,
    ],
    [
      'a namespace import read through default only',
      "import * as Parse from 'parse/node';\nconst sdk = Parse.default;\nif (e.code === 119) {}",
      undefined,
    ],
    [
      'a namespace import whose member is only written',
      "import * as Parse from 'parse/node';\nParse.serverURL = url;\nif (e.code === 119) {}",
      undefined,
    ],
    // require
    ['a require alias', "const P = require('parse/node');\nif (e.code === 119) {}", 'P.Error'],
    ['var require', "var Parse = require('parse/node');\nif (e.code === 119) {}", 'Parse.Error'],
    ['require(...).Parse', "const Parse = require('parse/node').Parse;\nif (e.code === 119) {}", 'Parse.Error'],
    ['a destructured require', "const { Parse } = require('parse/node');\nif (e.code === 119) {}", 'Parse.Error'],
    [
      'ParseError destructured from the SDK',
      "const { Error: ParseError } = require('parse');\nif (e.code === 119) {}",
      'ParseError',
    ],
    [
      'ParseError through .default',
      "const ParseError = require('./ParseError').default;\nif (e.code === 119) {}",
      'ParseError',
    ],
    [
      "Babel's _ParseError.default (read, never written)",
      "var _ParseError = _interopRequireDefault(require('./ParseError'));\nif (e.code === 119) {}",
      undefined,
    ],
    [
      "Babel's _node.default (read, never written)",
      "var _node = _interopRequireDefault(require('parse/node'));\nif (e.code === 119) {}",
      undefined,
    ],
    [
      'a require through `as`',
      "const P = require('parse/node') as typeof import('parse/node');\nif (e.code === 119) {}",
      'P.Error',
    ],
    // aliases
    [
      'a const alias of the default import (Parse first)',
      "import Parse from 'parse';\nconst SDK = Parse;\nif (e.code === 119) {}",
      'Parse.Error',
    ],
    [
      'an alias of an alias',
      "import Parse from 'parse/react-native';\nconst SDK = Parse;\nfunction f() { if (e.code === 119) {} }",
      'Parse.Error',
    ],
    [
      'an alias of a require alias',
      "const P = require('parse/node');\nconst SDK = P;\nif (e.code === 119) {}",
      'P.Error',
    ],
    [
      'an alias read before its target is initialized',
      "var P = Parse;\nif (e.code === 119) {}\nvar Parse = require('parse/node');",
      undefined,
    ],
    // globals
    [
      'an undeclared global Parse read elsewhere',
      "Parse.Cloud.define('f', () => {\n  if (e.code === 119) {}\n});",
      'Parse.Error',
    ],
    ['a global Parse read as a type only', 'function f(e: Parse.Error) {\n  return e.code === 119;\n}', undefined],
    ['no binding at all', 'if (e.code === 119) {}', undefined],
    // scope and order
    [
      'a shadowing parameter',
      "import Parse from 'parse/node';\nfunction f(Parse) {\n  if (e.code === 119) {}\n}",
      undefined,
    ],
    ['a binding declared after the site', "if (e.code === 119) {}\nconst Parse = require('parse/node');", undefined],
    ['a reassigned binding', "let Parse = require('parse/node');\nParse = other;\nif (e.code === 119) {}", undefined],
    ['a var in a branch', "if (server) {\n  var Parse = require('parse/node');\n}\nif (e.code === 119) {}", undefined],
    [
      'a var at the top of a function body',
      "function check(e) {\n  var Parse = require('parse/node');\n  return e.code === 119;\n}",
      'Parse.Error',
    ],
  ])('%s', (_form, code, expected) => {
    expect(resolve(code).classTexts).toEqual([expected]);
  });

  it('uses a configured global Parse', () => {
    expect(resolve('if (e.code === 119) {}', { Parse: 'readonly' }).classTexts).toEqual(['Parse.Error']);
  });
});

describe('sdkValueOf: what an expression is in the SDK', () => {
  it.each([
    ['the default import', "import Parse from 'parse/node';\nprobe(Parse);", 'Parse'],
    ['Parse.Error', "import Parse from 'parse/node';\nprobe(Parse.Error);", 'ParseError'],
    ['an undeclared Parse', 'probe(Parse.Error);', 'ParseError'],
    ['require(...).Parse.Error', "probe(require('parse/node').Parse.Error);", 'ParseError'],
    [
      "Babel's interop object",
      "var _node = _interopRequireDefault(require('parse/node'));\nprobe(_node);",
      'ParseModule',
    ],
    [
      "Babel's _node.default.Error",
      "var _node = _interopRequireDefault(require('parse/node'));\nprobe(_node.default.Error);",
      'ParseError',
    ],
    [
      "Babel's _ParseError.default",
      "var _ParseError = _interopRequireDefault(require('./ParseError'));\nprobe(_ParseError.default);",
      'ParseError',
    ],
    [
      'a namespace import read as the SDK',
      "import * as Parse from 'parse';\nParse.initialize('app');\nprobe(Parse.Error);",
      'ParseError',
    ],
    ['a namespace import never read', "import * as Parse from 'parse';\nprobe(Parse);", undefined],
    [
      'a namespace import of another module',
      "import * as Parse from './parse-helpers';\nParse.initialize();\nprobe(Parse.Error);",
      undefined,
    ],
    ['another module', "const P = require('./parse-helpers');\nprobe(P.Error);", undefined],
    ['a non-null wrapper', "const P = require('parse/node');\nprobe(P!.Error);", 'ParseError'],
  ])('%s', (_form, code, expected) => {
    expect(resolve(code).values).toEqual([expected]);
  });

  // A lookup cut short at the alias depth limit must not leave its short answer in the cache:
  // `b` is the SDK however deep the chain the file resolved first went.
  it('resolves an alias the same after a depth-limited lookup went through it', () => {
    const chain = "const a = require('parse/node');\nconst b = a;\nconst c = b;\nconst d = c;\nconst e = d;\n";
    expect(resolve(`${chain}probe(b);`).values).toEqual(['Parse']);
    expect(resolve(`${chain}probe(e.Error);\nprobe(b);`).values).toEqual([undefined, 'Parse']);
  });
});

describe('sdkImport: the SDK module a message tells the file to import from', () => {
  it.each([
    ['none', 'if (e.code === 119) {}', undefined],
    [
      'a type-only import',
      "import type { User } from 'parse/react-native';",
      { module: 'parse/react-native', namespace: false },
    ],
    [
      'a namespace import never read',
      "import * as Parse from 'parse/node';",
      { module: 'parse/node', namespace: true },
    ],
    [
      'a namespace import read as the SDK',
      "import * as Parse from 'parse/node';\nParse.initialize('app');",
      { module: 'parse/node', namespace: false },
    ],
    [
      'an unusable namespace import first',
      "import type { User } from 'parse';\nimport * as Parse from 'parse/node';",
      { module: 'parse/node', namespace: true },
    ],
  ])('%s', (_form, code, expected) => {
    expect(resolve(code).sdkImport).toEqual(expected);
  });
});

interface Resolution {
  readonly lenient: boolean;
  readonly strict: boolean;
}

/** What the resolver says of the object of the one `.CODE` read in `code` (as JavaScript, `file.js`). */
function resolveErrorClass(code: string, options: SnippetOptions = {}): Resolution {
  let resolution: Resolution | undefined;
  lintSnippet(
    code,
    (context) => {
      const resolver = new ParseReferenceResolver(context.sourceCode);
      return {
        MemberExpression(node) {
          if (node.property.type !== 'Identifier' || node.property.name !== 'CODE') return;
          resolution = {
            lenient: resolver.isParseErrorClass(node.object),
            strict: resolver.isSdkErrorClass(node.object),
          };
        },
      };
    },
    options,
  );
  if (!resolution) throw new Error(`no .CODE read in ${code}`);
  return resolution;
}

const SDK = { lenient: true, strict: true };
const NAMED_PARSE_ONLY = { lenient: true, strict: false };
const NOT_SDK = { lenient: false, strict: false };

describe('isSdkErrorClass', () => {
  it.each([
    ["import Parse from 'parse/node';\nParse.Error.CODE;", SDK],
    ["import P from 'parse';\nP.Error.CODE;", SDK],
    ["import ParseError from './ParseError';\nParseError.CODE;", SDK],
    ["var _ParseError = _interopRequireDefault(require('./ParseError'));\n_ParseError.default.CODE;", SDK],
    ["const { Parse } = require('parse/node');\nParse.Error.CODE;", SDK],
    // The Cloud Code global, undeclared.
    ['Parse.Error.CODE;', SDK],
    // Names that only say Parse: the lenient detection takes them, the strict one does not.
    ['function handler(Parse) {\n  Parse.Error.CODE;\n}', NAMED_PARSE_ONLY],
    ['const Parse = { Error: { CODE: 1 } };\nParse.Error.CODE;', NAMED_PARSE_ONLY],
    ["let Parse = require('parse/node');\nParse = makeParse();\nParse.Error.CODE;", NAMED_PARSE_ONLY],
    // Neither.
    ['MyErrors.CODE;', NOT_SDK],
    ['const P = { Error: {} };\nP.Error.CODE;', NOT_SDK],
  ])('%s', (code, expected) => {
    expect(resolveErrorClass(code, { sourceType: 'module' })).toEqual(expected);
  });

  it('takes the configured global Parse as the SDK', () => {
    expect(resolveErrorClass('Parse.Error.CODE;', { sourceType: 'script', globals: { Parse: 'readonly' } })).toEqual(
      SDK,
    );
  });
});
