import type { TSESTree } from '@typescript-eslint/utils';

import type { HandlerErrorExit } from './exits.js';
import { nodesRunWith, type FunctionNode } from '../ast/index.js';

/** What the file's analysis knows of the functions a handler may call. */
export interface CalledFunctions {
  /** The exits directly in a function: not in a nested function, not in a `try` block that catches. */
  readonly exitsOf: (fn: FunctionNode) => readonly HandlerErrorExit[];
  /** The function a callee names, when the file declares it (a function declaration or a `const` function). */
  readonly functionOf: (callee: TSESTree.Node) => FunctionNode | undefined;
}

/**
 * An exit of some function and how it leaves a caller: as a synchronous throw, or as a rejected
 * promise, which reaches the caller's caller only where the call is awaited or returned.
 */
interface Outcome {
  readonly exit: HandlerErrorExit;
  readonly rejects: boolean;
}

/**
 * The exits of the functions `handler` calls in the same file, followed through further calls,
 * whose errors leave the handler: a synchronous throw from any call the handler makes outside a
 * `try` that catches, and a rejection where the call is awaited or returned (a promise nobody
 * waits for rejects unhandled, and the handler succeeds). Calls in nested functions (callbacks)
 * are not followed; nor are methods, or functions passed around as values.
 */
export function exitsThroughCalls(handler: FunctionNode, functions: CalledFunctions): HandlerErrorExit[] {
  const outcomesByFunction = new Map<FunctionNode, readonly Outcome[]>();
  const callOutcomes = (fn: FunctionNode): Outcome[] => {
    const outcomes: Outcome[] = [];
    for (const call of directCalls(fn)) {
      const callee = functions.functionOf(call.callee);
      if (!callee) continue;
      const consumed = isAwaitedOrReturned(call);
      for (const { exit, rejects } of outcomesOf(callee)) {
        if (!rejects) outcomes.push({ exit, rejects: fn.async });
        else if (consumed) outcomes.push({ exit, rejects: true });
      }
    }
    return outcomes;
  };
  const outcomesOf = (fn: FunctionNode): readonly Outcome[] => {
    const known = outcomesByFunction.get(fn);
    if (known) return known;
    // A recursive call adds nothing new: the cycle's exits are found from its first function.
    outcomesByFunction.set(fn, []);
    const own = functions
      .exitsOf(fn)
      .filter((exit) => exit.kind !== 'response-error')
      .map((exit) => ({ exit, rejects: exit.kind === 'reject' || fn.async }));
    const outcomes = [...own, ...callOutcomes(fn)];
    outcomesByFunction.set(fn, outcomes);
    return outcomes;
  };
  outcomesByFunction.set(handler, []);
  const exits = new Set(callOutcomes(handler).map(({ exit }) => exit));
  return [...exits].sort((a, b) => a.node.range[0] - b.node.range[0]);
}

/** The calls `fn` makes itself: not those in nested functions, nor those in a `try` block that catches. */
function directCalls(fn: FunctionNode): TSESTree.CallExpression[] {
  const calls: TSESTree.CallExpression[] = [];
  const guardedBlock = (node: TSESTree.Node, key: string): boolean =>
    node.type === 'TryStatement' && key === 'block' && node.handler !== null;
  for (const node of nodesRunWith(fn.body, guardedBlock)) {
    if (node.type === 'CallExpression') calls.push(node);
  }
  return calls;
}

/** `await f()`, `return f()`, `() => f()`: the caller's promise settles with the call's. */
function isAwaitedOrReturned(call: TSESTree.CallExpression): boolean {
  const parent = call.parent;
  return (
    parent.type === 'AwaitExpression' ||
    parent.type === 'ReturnStatement' ||
    (parent.type === 'ArrowFunctionExpression' && parent.body === call)
  );
}
