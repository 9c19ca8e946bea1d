import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope, SourceCode } from '@typescript-eslint/utils/ts-eslint';

import {
  constInitializer,
  destructuredPropertyName,
  findVariable,
  isNeverReassigned,
  skipExpressionWrappers,
  soleDefinition,
  staticPropertyName,
} from '../ast/index.js';

/**
 * Decides whether an expression reads an error's code: a `.code` member (`err.code`, `e?.code`,
 * `e['code']`, `res.data.code`), a variable destructured from a `code` property (`const { code } = err`,
 * `catch ({ code })`), or a `const` copied from a `.code` member, directly or through a conditional or
 * logical expression that only chooses between such members. A plain variable or parameter that
 * is merely named `code` is not one: `code => code === 1` is an exit code, not a Parse error.
 */
export class ErrorCodeExpressionMatcher {
  readonly #sourceCode: Readonly<SourceCode>;
  readonly #variableVerdicts = new Map<Scope.Variable, boolean>();

  constructor(sourceCode: Readonly<SourceCode>) {
    this.#sourceCode = sourceCode;
  }

  matches(expression: TSESTree.Node): boolean {
    const node = skipExpressionWrappers(expression);
    if (node.type !== 'Identifier') return mayReadCode(node);
    const variable = findVariable(this.#sourceCode.getScope(node), node.name);
    if (!variable) return false;
    let verdict = this.#variableVerdicts.get(variable);
    if (verdict === undefined) {
      verdict = isCodeCopy(variable);
      this.#variableVerdicts.set(variable, verdict);
    }
    return verdict;
  }
}

/**
 * False for an expression that cannot read a code, from its shape alone: only a `.code` member and a
 * variable can (`ErrorCodeExpressionMatcher#matches` then looks at what the variable holds).
 */
export function mayReadCode(expression: TSESTree.Node): boolean {
  const node = skipExpressionWrappers(expression);
  return node.type === 'Identifier' || (node.type === 'MemberExpression' && staticPropertyName(node) === 'code');
}

function isCodeCopy(variable: Scope.Variable): boolean {
  const definition = soleDefinition(variable);
  if (!definition || !isNeverReassigned(variable)) return false;
  if (destructuredPropertyName(definition.name) === 'code') return true;
  const init = constInitializer(variable);
  return init !== undefined && isCodeRead(init);
}

/**
 * `x.code`, or a choice between code reads: `error.response ? error.response.code : error.code`,
 * `err.code ?? err.response?.data?.code`. Every operand must read a code, but the tests of conditionals.
 */
function isCodeRead(node: TSESTree.Node): boolean {
  const value = skipExpressionWrappers(node);
  switch (value.type) {
    case 'MemberExpression':
      return staticPropertyName(value) === 'code';
    case 'LogicalExpression':
      return value.operator !== '&&' && isCodeRead(value.left) && isCodeRead(value.right);
    case 'ConditionalExpression':
      return isCodeRead(value.consequent) && isCodeRead(value.alternate);
    default:
      return false;
  }
}
