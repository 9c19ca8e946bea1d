import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';

import { staticPropertyName, isFunction, type FunctionNode } from '../ast/index.js';

/** A way out of a handler with a value that becomes the client's error. */
export interface HandlerErrorExit {
  /** `throw x`, `return Promise.reject(x)`, or `res.error(x)` of an Express-style Cloud function. */
  readonly kind: 'throw' | 'reject' | 'response-error';
  readonly node: TSESTree.ThrowStatement | TSESTree.CallExpression;
  readonly argument: TSESTree.Node | undefined;
}

/**
 * `return Promise.reject(x)` or an arrow's body `() => Promise.reject(x)`. A bare `Promise.reject(x);`
 * is no exit: the handler goes on and succeeds, and the rejection is unhandled.
 */
function isReturnedValue(call: TSESTree.CallExpression): boolean {
  const parent = call.parent;
  return parent.type === 'ReturnStatement' || (parent.type === 'ArrowFunctionExpression' && parent.body === call);
}

/** The parameters a call passes values to: all but TypeScript's `this` parameter. */
export function runtimeParameters(handler: FunctionNode): TSESTree.Parameter[] {
  return handler.params.filter((parameter) => parameter.type !== 'Identifier' || parameter.name !== 'this');
}

/** The function's `length`, which Parse Server reads: the parameters before the first with a default or a rest. */
export function declaredLength(handler: FunctionNode): number {
  const parameters = runtimeParameters(handler);
  const firstOptional = parameters.findIndex(
    (parameter) => parameter.type === 'AssignmentPattern' || parameter.type === 'RestElement',
  );
  return firstOptional === -1 ? parameters.length : firstOptional;
}

/** The calls `res.error(x)`, `res.status(409).error(x)`, `res.header('a', 'b').error(x)` on a response variable. */
export function responseErrorCalls(response: Scope.Variable): HandlerErrorExit[] {
  const exits: HandlerErrorExit[] = [];
  for (const reference of response.references) {
    let node: TSESTree.Node = reference.identifier;
    for (;;) {
      const member: TSESTree.Node = node.parent;
      if (member.type !== 'MemberExpression' || member.object !== node) break;
      const call: TSESTree.Node = member.parent;
      if (call.type !== 'CallExpression' || call.callee !== member) break;
      if (staticPropertyName(member) === 'error') {
        exits.push({ kind: 'response-error', node: call, argument: call.arguments[0] });
        break;
      }
      node = call;
    }
  }
  return exits;
}

/**
 * The function an exit leaves: its nearest enclosing function, unless the exit sits in a `try`
 * block with a `catch` inside that function, which may handle it there.
 */
export function directOwner(node: TSESTree.Node): FunctionNode | undefined {
  let child: TSESTree.Node = node;
  for (let current = node.parent; current; child = current, current = current.parent) {
    if (isFunction(current)) return current;
    if (current.type === 'TryStatement' && current.block === child && current.handler) return undefined;
  }
  return undefined;
}

/** `return Promise.reject(x)`, found from the identifiers spelled `Promise`. */
export function promiseRejections(scopeManager: Scope.ScopeManager): HandlerErrorExit[] {
  const rejections: HandlerErrorExit[] = [];
  const promises =
    scopeManager.globalScope?.through.filter((reference) => reference.identifier.name === 'Promise') ?? [];
  for (const scope of scopeManager.scopes) promises.push(...(scope.set.get('Promise')?.references ?? []));
  for (const { identifier } of promises) {
    const member = identifier.parent;
    if (member.type !== 'MemberExpression' || member.object !== identifier || staticPropertyName(member) !== 'reject')
      continue;
    const call = member.parent;
    if (call.type === 'CallExpression' && call.callee === member && isReturnedValue(call)) {
      rejections.push({ kind: 'reject', node: call, argument: call.arguments[0] });
    }
  }
  return rejections;
}

/** The exits by the function they leave (`directOwner`); an exit a `try` catches inside its function leaves none. */
export function exitsByFunction(exits: readonly HandlerErrorExit[]): Map<FunctionNode, HandlerErrorExit[]> {
  const byFunction = new Map<FunctionNode, HandlerErrorExit[]>();
  for (const exit of exits) {
    const owner = directOwner(exit.node);
    if (!owner) continue;
    const ownExits = byFunction.get(owner);
    if (ownExits) ownExits.push(exit);
    else byFunction.set(owner, [exit]);
  }
  return byFunction;
}
