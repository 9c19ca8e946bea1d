import type { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { ParseReferenceResolver } from '../../../src/utils/sdk/parse-reference.js';
import { findSdkUses, readsSdk } from '../../../src/utils/sdk/sdk-uses.js';
import { lintSnippet } from '../analyse.js';

interface Found {
  /** Each use as `text` (provably the SDK's) or `text?` (only spelled `Parse`). */
  readonly errorClasses: string[];
  readonly cloudObjects: string[];
  readonly readsSdk: boolean;
}

function find(code: string, options: { filename?: string; globals?: Linter.Globals } = {}): Found {
  let found: Found = { errorClasses: [], cloudObjects: [], readsSdk: false };
  lintSnippet(
    code,
    (context) => ({
      'Program:exit'() {
        const { sourceCode } = context;
        const resolver = new ParseReferenceResolver(sourceCode);
        const uses = findSdkUses(sourceCode, resolver);
        const text = ({
          node,
          resolvesToSdk,
        }: {
          node: Parameters<typeof sourceCode.getText>[0];
          resolvesToSdk: boolean;
        }) => `${sourceCode.getText(node)}${resolvesToSdk ? '' : '?'}`;
        found = {
          errorClasses: uses.errorClasses.map(text),
          cloudObjects: uses.cloudObjects.map(text),
          readsSdk: readsSdk(sourceCode, new ParseReferenceResolver(sourceCode)),
        };
      },
    }),
    { filename: options.filename ?? 'file.js', globals: options.globals ?? {}, sourceType: 'module' },
  );
  return found;
}

describe('findSdkUses: the error classes and Cloud objects a file names', () => {
  it.each<[string, string, string[], string[]]>([
    [
      'an import, its members and an alias of the class, whose declaration is a reference of it too',
      "import Parse from 'parse/node';\nconst E = Parse.Error;\nnew E(1, 'x');\nParse.Cloud.define('f', g);",
      ['Parse.Error', 'E', 'E'],
      ['Parse'],
    ],
    [
      "Babel's interop objects",
      'var _node = _interopRequireDefault(require("parse/node"));\nvar _ParseError = _interopRequireDefault(require("./ParseError"));\n' +
        'throw new _ParseError.default(_node.default.Error.X, "x");\n_node.default.Cloud.run("f");',
      ['_node.default.Error', '_ParseError.default'],
      ['_node.default'],
    ],
    [
      'destructuring and TypeScript assertions',
      "const { Error: PE } = require('parse/node');\nconst P = require('parse/node');\n(P as any).Error.X;\nP!.Cloud.beforeSave('A', h);\nnew PE(1, 'x');",
      ['(P as any).Error', 'PE', 'PE'],
      ['P!'],
    ],
    [
      'the leniency for a `Parse` that is not provably the SDK',
      "function f(Parse) {\n  new Parse.Error(1, 'x');\n  Parse.Cloud.run('f');\n}",
      ['Parse.Error?'],
      ['Parse?'],
    ],
    [
      'names written in computed keys, and none in values or strings',
      "import Parse from 'parse';\nParse['Error'].X;\nParse[`Cloud`].run('f');\nthrow new Error('Parse.Error');\nParse.ErrorCode;",
      ["Parse['Error']"],
      ['Parse'],
    ],
  ])('finds %s', (_, code, errorClasses, cloudObjects) => {
    const found = find(code, { filename: code.includes(' as any') ? 'file.ts' : 'file.js' });
    expect(found.errorClasses.sort()).toEqual(errorClasses.sort());
    expect(found.cloudObjects).toEqual(cloudObjects);
  });

  it('takes the undeclared global for the SDK unless the file assigns it', () => {
    expect(find("Parse.Cloud.define('f', g);\nnew Parse.Error(1, 'x');")).toEqual({
      errorClasses: ['Parse.Error'],
      cloudObjects: ['Parse'],
      readsSdk: true,
    });
    expect(find("Parse = require('papaparse');\nParse.Cloud.run('f');").cloudObjects).toEqual(['Parse?']);
  });
});

describe('readsSdk: whether the file uses the SDK anywhere', () => {
  it.each<[string, string, boolean]>([
    ['the Cloud Code global', 'new Parse.Query("A");', true],
    ['an import named otherwise', "import P from 'parse';\nnew P.Query('A');", true],
    [
      'the default of an interop object',
      'var _node = _interopRequireDefault(require("parse/node"));\n_node.default.initialize("a");',
      true,
    ],
    [
      'an interop object read only for other members',
      'var _node = _interopRequireDefault(require("parse/node"));\n_node.other;',
      false,
    ],
    ['an import never read', "import P from 'parse';", false],
    ['the word in a comment and a string', '// Parse\nlog("Parse");', false],
  ])('%s', (_, code, expected) => {
    expect(find(code).readsSdk).toBe(expected);
  });
});
