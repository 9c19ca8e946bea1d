import type { TSESTree } from '@typescript-eslint/utils';

import { isFunction, nodesRunWith, skipExpressionWrappers, staticPropertyName } from '../ast/index.js';

type Call = TSESTree.CallExpression | TSESTree.NewExpression;

/**
 * The calls `root` makes when it runs, not those of functions it only defines: the calls whose
 * failure a `catch` around `root` handles.
 */
export function callsIn(root: TSESTree.Node): Call[] {
  const calls: Call[] = [];
  for (const node of nodesRunWith(root)) {
    if (node.type === 'CallExpression' || node.type === 'NewExpression') calls.push(node);
  }
  return calls;
}

/**
 * The calls whose rejection reaches the handler `.catch(h)`, `.then(ok, h)` or `.finally` puts on
 * `receiver`: the chain's first call and what every `then`/`catch`/`finally` callback of the chain
 * calls (a callback's rejection travels down the chain). Undefined when a step's callback is not
 * written inline: what it calls is unknown.
 */
export function callsOfChain(receiver: TSESTree.Node): Call[] | undefined {
  const calls: Call[] = [];
  let node = skipExpressionWrappers(receiver);
  for (;;) {
    if (node.type === 'AwaitExpression') node = skipExpressionWrappers(node.argument);
    if (node.type !== 'CallExpression') return [...calls, ...callsIn(node)];
    const callee = skipExpressionWrappers(node.callee);
    const step = callee.type === 'MemberExpression' ? staticPropertyName(callee) : undefined;
    if (callee.type !== 'MemberExpression' || (step !== 'then' && step !== 'catch' && step !== 'finally')) {
      calls.push(...callsIn(node));
      return calls;
    }
    for (const callback of node.arguments) {
      if (!isFunction(callback)) return undefined;
      calls.push(...callsIn(callback.body));
    }
    node = skipExpressionWrappers(callee.object);
  }
}
