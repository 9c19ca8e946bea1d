import { describe, expect, it } from 'vitest';

import { quotedSdkModules } from '../../../src/utils/sdk/quoted-sdk-modules.js';
import { lintSnippet } from '../analyse.js';

/** The SDK modules `code` quotes, as `value at the text from the opening quote`. */
function quoted(code: string): string[] {
  let found: string[] = [];
  lintSnippet(
    code,
    (context) => ({
      Program() {
        found = quotedSdkModules(context.sourceCode).map(
          ({ offset, value }) => `${value} at ${code.slice(offset).split(/[\n;)]/u)[0] ?? ''}`,
        );
      },
    }),
    { sourceType: 'module' },
  );
  return found;
}

describe('quotedSdkModules: where the code quotes a module of the SDK', () => {
  it('finds the package, its entry points and relative ParseError modules, in the order of the text', () => {
    expect(
      quoted(
        [
          'require("./ParseError.js");',
          "import P from 'parse/node';",
          'require(`parse`);',
          "require('../../lib/ParseError');",
          "import Q from 'parse/react-native';",
        ].join('\n'),
      ),
    ).toEqual([
      'ParseErrorModule at "./ParseError.js"',
      "Parse at 'parse/node'",
      'Parse at `parse`',
      "ParseErrorModule at '../../lib/ParseError'",
      "Parse at 'parse/react-native'",
    ]);
  });

  it.each([
    ['JSON.parse and words around', 'const o = JSON.parse(text);\nlog("parse it");'],
    ['other packages', "require('parse-server');\nrequire('papaparse');\nrequire('parse/lib/unknown-entry');"],
    [
      'a ParseError that is no relative module',
      "require('ParseError');\nrequire('x/ParseError');\nconst p = '/ParseError';",
    ],
    ['a name broken by a line', 'require(`./a\nParseError`);'],
  ])('finds nothing in %s', (_, code) => {
    expect(quoted(code)).toEqual([]);
  });

  it('leaves out a trailing source map', () => {
    expect(quoted("f();\n//# sourceMappingURL=data:,require('parse')")).toEqual([]);
  });
});
