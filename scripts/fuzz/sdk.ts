// The real SDK, and how a fix's replaced text and replacement are read.
import { createRequire } from 'node:module';

import * as tsParser from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';

const require = createRequire(import.meta.url);
/** `Parse.Error` of the real SDK (`require('parse/node')`): the values its constants have. */
export const sdkError = (require('parse/node') as { Error: Record<string, unknown> }).Error;

/** The number a replaced slice of source writes (`101`, `(0x65)`, `- /* c *\/ 1`), or undefined. */
export function numberWrittenBy(slice: string): number | undefined {
  let program;
  try {
    program = tsParser.parse(`(\n${slice}\n)`, { range: false });
  } catch {
    return undefined;
  }
  const [statement] = program.body;
  if (program.body.length !== 1 || statement?.type !== 'ExpressionStatement') return undefined;
  const evaluate = (node: TSESTree.Expression): number | undefined => {
    if (node.type === 'Literal') return typeof node.value === 'number' ? node.value : undefined;
    if (node.type === 'UnaryExpression' && (node.operator === '-' || node.operator === '+')) {
      const operand = evaluate(node.argument);
      return operand === undefined ? undefined : node.operator === '-' ? -operand : operand;
    }
    return undefined;
  };
  return evaluate(statement.expression);
}

/** `root.path.CONSTANT`, as a fix writes a constant: the last name is the constant. */
export const REPLACEMENT = /^([A-Za-z_$][\w$]*)((?:\.[A-Za-z_$][\w$]*)*)\.([A-Za-z_$][\w$]*)$/u;
