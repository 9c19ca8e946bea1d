import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { isFunction, nodesRunWith, skipExpressionWrappers, staticPropertyName } from '../ast/index.js';

/**
 * True when the test around a code comparison also reads the same error's message
 * (`err.code === 141 && err.message.startsWith('Invalid function')`, or an `if` on the message
 * around it): the code and the message together tell the meanings apart.
 */
export function testsMessageToo(
  site: TSESTree.Node,
  subject: TSESTree.Node,
  sourceCode: Readonly<SourceCode>,
): boolean {
  const code = skipExpressionWrappers(subject);
  if (code.type !== 'MemberExpression') return false;
  const errorText = sourceCode.getText(code.object);
  let child = site;
  let parent = site.parent;
  while (parent && !isFunction(parent)) {
    if (parent.type === 'LogicalExpression' && parent.operator === '&&') {
      const other = parent.left === child ? parent.right : parent.left;
      if (readsMessageOf(other, errorText, sourceCode)) return true;
    } else if (parent.type === 'IfStatement' && parent.consequent === child) {
      if (readsMessageOf(parent.test, errorText, sourceCode)) return true;
    }
    child = parent;
    parent = parent.parent;
  }
  return false;
}

function readsMessageOf(expression: TSESTree.Node, errorText: string, sourceCode: Readonly<SourceCode>): boolean {
  for (const node of nodesRunWith(expression)) {
    if (
      node.type === 'MemberExpression' &&
      staticPropertyName(node) === 'message' &&
      sourceCode.getText(skipExpressionWrappers(node.object)) === errorText
    ) {
      return true;
    }
  }
  return false;
}
