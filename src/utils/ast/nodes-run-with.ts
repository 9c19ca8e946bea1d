import type { TSESTree } from '@typescript-eslint/utils';

import { isFunction } from './function-node.js';

/**
 * `root` and the nodes under it that run when it runs: not those inside the functions it only
 * defines. `skipChild(node, key)` leaves out a child and what is under it. Every own key but `parent`
 * is followed, rather than the parser's visitor keys, which not every host provides (oxlint).
 */
export function* nodesRunWith(
  root: TSESTree.Node,
  skipChild?: (node: TSESTree.Node, key: string) => boolean,
): Generator<TSESTree.Node> {
  const pending: TSESTree.Node[] = [root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    yield node;
    for (const key of Object.keys(node)) {
      if (key === 'parent' || skipChild?.(node, key)) continue;
      const value = (node as unknown as Record<string, unknown>)[key];
      for (const child of Array.isArray(value) ? value : [value]) {
        if (isNode(child) && !isFunction(child)) pending.push(child);
      }
    }
  }
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
