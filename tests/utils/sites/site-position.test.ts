import { AST_NODE_TYPES, parse, simpleTraverse, type TSESTree } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';

import { mayBeLiteralSite } from '../../../src/utils/sites/site-position.js';
import { analyse } from '../analyse.js';

/** The numeric literal 101 of `code`, with parents set. */
function literal101(code: string): TSESTree.Literal {
  let found: TSESTree.Literal | undefined;
  simpleTraverse(
    parse(code, { range: true }),
    {
      enter(node) {
        if (node.type === AST_NODE_TYPES.Literal && node.value === 101) found ??= node;
      },
    },
    true,
  );
  if (!found) throw new Error(`no 101 in ${code}`);
  return found;
}

// Every literal a site can start from, and some of the many that cannot: the pre-test every numeric
// literal of a file passes must keep the first and may drop the second before any analysis is made.
const SITES = [
  "import Parse from 'parse/node'; if (err.code === 101) f();",
  "import Parse from 'parse/node'; if (err.code != -101) f();",
  "import Parse from 'parse/node'; switch (err.code) { case 101: break; }",
  "import Parse from 'parse/node'; if ([101, 209].includes(err.code)) f();",
  "import Parse from 'parse/node'; if (new Set([101]).has(err.code)) f();",
  "import Parse from 'parse/node'; error.code = 101;",
  "import Parse from 'parse/node'; expect(err.code).toBe(101);",
  "import Parse from 'parse/node'; expect(err).to.have.property('code', 101);",
  "import Parse from 'parse/node'; assert.strictEqual(err.code, 101);",
  "import Parse from 'parse/node'; import { equal } from 'node:assert'; equal(err.code, 101);",
];
const NO_SITES = [
  'if (err.code < 101) f();',
  'if (list.length === 101) f();',
  'switch (list.length) { case 101: break; }',
  'const doubled = [101, 209].map(double);',
  'total.count = 101;',
  'const total = err.code + 101;',
  'switch (101) { default: }',
  'const codes = [101, 209];',
  'error.code += 101;',
  'error[101] = code;',
  'setTimeout(retry, 101);',
  'list.slice(0, 101);',
  '(101)(err.code);',
];

describe('mayBeLiteralSite: the pre-test of every numeric literal', () => {
  it.each(SITES)('keeps the literal of a site: %s', (code) => {
    expect(mayBeLiteralSite(literal101(code))).toBe(true);
    expect(analyse(code).sites.map(({ value }) => value)).toContainEqual(expect.stringMatching(/^-?101$/u));
  });

  it.each(NO_SITES)('drops a literal that cannot be a site: %s', (code) => {
    expect(mayBeLiteralSite(literal101(code))).toBe(false);
  });
});
