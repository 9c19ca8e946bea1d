import type { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { ParseReferenceResolver } from '../../../src/utils/sdk/parse-reference.js';
import { sdkVariableCandidates } from '../../../src/utils/sdk/sdk-variable-candidates.js';
import { lintSnippet } from '../analyse.js';

interface Found {
  /** The candidates' names, in the order `sdkVariableCandidates` gives them. */
  readonly candidates: string[];
  /** The candidates the resolver proves to hold part of the SDK, as `name: value`. */
  readonly sdkVariables: string[];
}

function find(code: string, options: { filename?: string; globals?: Linter.Globals; script?: boolean } = {}): Found {
  let found: Found = { candidates: [], sdkVariables: [] };
  lintSnippet(
    code,
    (context) => ({
      'Program:exit'() {
        const resolver = new ParseReferenceResolver(context.sourceCode);
        found = {
          candidates: sdkVariableCandidates(context.sourceCode).map(({ name }) => name),
          sdkVariables: resolver.sdkVariables().map(({ variable, value }) => `${variable.name}: ${value}`),
        };
      },
    }),
    {
      filename: options.filename ?? 'file.js',
      globals: options.globals ?? {},
      sourceType: options.script === true ? 'script' : 'module',
    },
  );
  return found;
}

describe('sdkVariableCandidates: the variables that can hold the SDK, found forwards from where it enters', () => {
  it.each<[string, string, string[], string[]]>([
    [
      'an import and its aliases',
      "import Parse from 'parse/node';\nconst P = Parse;\nconst E = P.Error;\nconst other = foo.bar;",
      ['Parse', 'P', 'E'],
      ['Parse: Parse', 'P: Parse', 'E: ParseError'],
    ],
    [
      'a require, destructured',
      "const { Parse, Error: ParseError } = require('parse/node');",
      ['Parse', 'ParseError'],
      ['Parse: Parse', 'ParseError: ParseError'],
    ],
    [
      "Babel's interop helper around a require of the SDK's own ParseError module",
      'var _ParseError = _interopRequireDefault(require("./ParseError"));\nvar _other = _interopRequireDefault(require("./Other"));',
      ['_ParseError'],
      ['_ParseError: ParseErrorModule'],
    ],
    [
      "a require through the file's own `require` (an AMD wrapper's parameter)",
      "define(function (require) {\n  const P = require('parse');\n  const Q = require('lodash');\n});",
      ['P'],
      ['P: Parse'],
    ],
    [
      'a variable spelled Parse is a candidate whatever it holds',
      'function handler(Parse) {\n  const E = Parse.Error;\n}\nconst Parse2 = 1;',
      ['Parse', 'E'],
      [],
    ],
    [
      'the undeclared global Parse (Cloud Code) and its aliases',
      'const P = Parse;\nfunction f() {\n  const E = P.Error;\n}',
      ['P', 'E'],
      ['P: Parse', 'E: ParseError'],
    ],
    [
      'a longer name that contains Parse is no entry',
      'const ParseObject = require("./ParseObject");\nconst q = MyParse.Error;',
      [],
      [],
    ],
    ['nothing in a file that names no SDK', "const assert = require('node:assert');\nconst x = y.z;", [], []],
    [
      'a module spelled in a comment or another string only',
      '// require(\'parse/node\')\nconst s = "parse";\nconst t = s.length;',
      [],
      [],
    ],
  ])('%s', (_title, code, candidates, sdkVariables) => {
    expect(find(code)).toEqual({ candidates, sdkVariables });
  });

  it('finds the configured global Parse (declared after the script’s own globals) and its aliases', () => {
    expect(find('var P = Parse;\nvar E = P.Error;', { globals: { Parse: 'readonly' }, script: true })).toEqual({
      candidates: ['P', 'E', 'Parse'],
      sdkVariables: ['P: Parse', 'E: ParseError', 'Parse: Parse'],
    });
  });

  it('finds TypeScript imports, `import x = require(…)` among them, and no type-only import', () => {
    expect(
      find(
        "import P = require('parse/node');\nimport type T from 'parse';\nimport * as NS from 'parse';\nNS.initialize('a');\nconst E = P.Error;",
        { filename: 'file.ts' },
      ),
    ).toEqual({ candidates: ['P', 'T', 'NS', 'E'], sdkVariables: ['P: Parse', 'NS: Parse', 'E: ParseError'] });
  });

  it('gives the candidates in the order of their scopes and declarations, which decides between fix bindings', () => {
    expect(find("const P = Parse;\nconst _node = require('parse/node');\nfunction f(Parse) {}").candidates).toEqual([
      'P',
      '_node',
      'Parse',
    ]);
  });
});
