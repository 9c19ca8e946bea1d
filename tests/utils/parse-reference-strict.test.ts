import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';

import { ParseReferenceResolver } from '../../src/utils/parse-reference.js';

interface Resolution {
  readonly lenient: boolean;
  readonly strict: boolean;
}

/** What the resolver says of the object of the one `.CODE` read in `code`. */
function resolve(code: string, languageOptions: Linter.Config['languageOptions'] = {}): Resolution {
  let resolution: Resolution | undefined;
  const rule: Rule.RuleModule = {
    meta: { type: 'problem', schema: [] },
    create(context) {
      const resolver = new ParseReferenceResolver(context.sourceCode as unknown as SourceCode);
      return {
        'MemberExpression[property.name="CODE"]'(node: Rule.Node) {
          const object = (node as unknown as TSESTree.MemberExpression).object;
          resolution = { lenient: resolver.isParseErrorClass(object), strict: resolver.isSdkErrorClass(object) };
        },
      };
    },
  };
  const messages = new Linter().verify(
    code,
    { plugins: { test: { rules: { resolve: rule } } }, rules: { 'test/resolve': 'error' }, languageOptions },
    'file.js',
  );
  expect(messages).toEqual([]);
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
    expect(resolve(code, { sourceType: 'module' })).toEqual(expected);
  });

  it('takes the configured global Parse as the SDK', () => {
    expect(resolve('Parse.Error.CODE;', { sourceType: 'script', globals: { Parse: 'readonly' } })).toEqual(SDK);
  });
});
