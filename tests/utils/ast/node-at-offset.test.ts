import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { nodesAtOffsets } from '../../../src/utils/ast/index.js';
import { lintSnippet, type SnippetOptions } from '../analyse.js';

/** The type and text of the node at each offset, looked up together. */
function nodesAt(code: string, offsets: number[], options: SnippetOptions = {}): string[] {
  let found: string[] = [];
  lintSnippet(
    code,
    (context) => ({
      Program() {
        const { sourceCode } = context;
        found = nodesAtOffsets(sourceCode, offsets).map((node: TSESTree.Node | undefined) =>
          node ? `${node.type} ${sourceCode.getText(node)}` : 'none',
        );
      },
    }),
    options,
  );
  return found;
}

/** The type and text of the node at the first occurrence of `marker` in `code`. */
function nodeAt(code: string, marker: string, options: SnippetOptions = {}): string {
  return nodesAt(code, [code.indexOf(marker)], options)[0] ?? 'none';
}

describe('nodesAtOffsets: the innermost node at each offset, found by halves', () => {
  it.each<[string, string, string, string]>([
    ['a member’s property', 'const a = 1;\nParse.Cloud.define("f", g);\nconst b = 2;', 'Cloud', 'Identifier Cloud'],
    ['a computed key', "Parse['Cloud'].run('f');", 'Cloud', "Literal 'Cloud'"],
    ['a template key', 'Parse[`Cloud`].run("f");', 'Cloud', 'TemplateElement `Cloud`'],
    ['a statement among many', 'a();\nb();\nc();\nd();\ne();\nf();\ng();', 'e', 'Identifier e'],
    ['an element after a hole', 'const [, , third] = list;', 'third', 'Identifier third'],
    ['a property key of a pattern', 'const { Error: E } = Parse;', 'Error', 'Identifier Error'],
    ['a comment inside a call', 'run(/* Error */ 1);', 'Error', 'CallExpression run(/* Error */ 1)'],
  ])('finds %s', (_, code, marker, expected) => {
    expect(nodeAt(code, marker)).toBe(expected);
  });

  it('finds a name inside a TypeScript assertion and a type', () => {
    expect(nodeAt('(Parse as any).Error.X;', 'Error', { filename: 'file.ts' })).toBe('Identifier Error');
    expect(nodeAt('let e: Parse.Error;', 'Error', { filename: 'file.ts' })).toBe('Identifier Error');
    // A child the common node types do not list (a return type) is found through the visitor keys.
    expect(nodeAt('function f(): Parse.Error { return g(); }', 'Error', { filename: 'file.ts' })).toBe(
      'Identifier Error',
    );
  });

  it('finds the nodes of many offsets in one walk, in and out of the functions around them', () => {
    const code = 'function f() {\n  g(alpha.beta);\n}\nfunction h() {\n  return gamma;\n}\ndelta;';
    const offsets = ['alpha', 'beta', 'gamma', 'delta'].map((name) => code.indexOf(name));
    expect(nodesAt(code, offsets)).toEqual([
      'Identifier alpha',
      'Identifier beta',
      'Identifier gamma',
      'Identifier delta',
    ]);
  });

  it('finds nothing outside the program', () => {
    expect(nodeAt('run();\n\n// the end', 'the end')).toBe('Program run();\n\n// the end');
    expect(nodeAt('run();', 'missing')).toBe('none');
  });
});
