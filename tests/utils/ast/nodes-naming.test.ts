import { describe, expect, it } from 'vitest';

import { nodesNaming, wordOffsets } from '../../../src/utils/ast/index.js';
import { lintSnippet, type SnippetOptions } from '../analyse.js';

/** The nodes naming `word` in `code`, as `type: text`. */
function naming(code: string, word: string, options: SnippetOptions = {}): string[] {
  let found: string[] = [];
  lintSnippet(
    code,
    (context) => ({
      Program() {
        const { sourceCode } = context;
        found = nodesNaming(sourceCode, sourceCode.text, word).map(
          (node) => `${node.type}: ${sourceCode.getText(node)}`,
        );
      },
    }),
    options,
  );
  return found;
}

describe('nodesNaming: the members, keys and imports that name a word, found from the text', () => {
  it.each<[string, string, string[]]>([
    ['a member', 'Parse.Error.X;', ['MemberExpression: Parse.Error']],
    ['an optional member', 'Parse?.Error;', ['MemberExpression: Parse?.Error']],
    [
      'computed keys',
      "Parse['Error'];\nParse[`Error`];",
      ["MemberExpression: Parse['Error']", 'MemberExpression: Parse[`Error`]'],
    ],
    [
      'a member across lines and comments',
      'Parse\n  .Error;\nParse. /* c */ Error;\nParse. // c\n  Error;',
      [
        'MemberExpression: Parse\n  .Error',
        'MemberExpression: Parse. /* c */ Error',
        'MemberExpression: Parse. // c\n  Error',
      ],
    ],
    [
      'the keys of a pattern',
      'const { Error: E } = Parse;\nconst {\n  Error,\n} = P;',
      ['Property: Error: E', 'Property: Error'],
    ],
    ['an import', "import { Error as E } from 'parse';", ['ImportSpecifier: Error as E']],
  ])('finds %s', (_, code, expected) => {
    expect(naming(code, 'Error', { sourceType: 'module' })).toEqual(expected);
  });

  it.each<[string, string]>([
    ['a value', 'throw new Error("x");\nif (e instanceof Error) {}\nconst E = (Error);'],
    ['a computed name that is not a string', 'Parse[Error];'],
    ['a longer name', 'Parse.ErrorCode;\nconst TypeError2 = 1;'],
    ['a string and a comment', 'log("an Error");\n// Error handling'],
    ['a member whose object is the word', 'Error.captureStackTrace(this);'],
  ])('finds nothing in %s', (_, code) => {
    expect(naming(code, 'Error')).toEqual([]);
  });
});

describe('wordOffsets', () => {
  it('finds whole words only', () => {
    expect(wordOffsets('Parse ParseObject _Parse Parse.x $Parse', 'Parse')).toEqual([0, 25]);
  });
});
