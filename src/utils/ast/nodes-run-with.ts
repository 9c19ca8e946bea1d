import type { TSESTree } from '@typescript-eslint/utils';

import { isFunction } from './function-node.js';

/**
 * `root` and the nodes under it that run when it runs: not those inside the functions it only
 * defines. `skipChild(node, key)` leaves out a child and what is under it. Every own key but `parent`
 * is followed, rather than the parser's visitor keys, which not every host provides (oxlint). A
 * plain loop that fills one array: the analyses call it for every `try` block and handler a site
 * leads to, and a generator's resumptions cost more than the walk.
 */
export function nodesRunWith(
  root: TSESTree.Node,
  skipChild?: (node: TSESTree.Node, key: string) => boolean,
): TSESTree.Node[] {
  const nodes: TSESTree.Node[] = [];
  const pending: TSESTree.Node[] = [root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    nodes.push(node);
    for (const key in node) {
      if (key === 'parent' || skipChild?.(node, key)) continue;
      const value = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(value)) {
        for (const child of value) if (isNode(child) && !isFunction(child)) pending.push(child);
      } else if (isNode(value) && !isFunction(value)) {
        pending.push(value);
      }
    }
  }
  return nodes;
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
