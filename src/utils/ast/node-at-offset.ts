import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';

/**
 * The innermost node whose range contains `offset`, or undefined outside the program. Children are
 * in the order of the code, so each list of them is searched by halves: a lookup costs the depth of
 * the node, not the size of the file (`SourceCode#getNodeByRangeIndex` visits every earlier sibling).
 */
export function nodeAtOffset(sourceCode: Readonly<SourceCode>, offset: number): TSESTree.Node | undefined {
  const { visitorKeys } = sourceCode;
  let node: TSESTree.Node = sourceCode.ast;
  if (!contains(node, offset)) return undefined;
  descend: for (;;) {
    for (const key of visitorKeys[node.type] ?? []) {
      const child: unknown = (node as unknown as Record<string, unknown>)[key];
      const found: unknown = Array.isArray(child)
        ? elementAt(child as readonly (TSESTree.Node | null)[], offset)
        : child;
      if (isNode(found) && contains(found, offset)) {
        node = found;
        continue descend;
      }
    }
    return node;
  }
}

/** The element whose range contains `offset`; a list with holes (`[, a]`) is searched in full. */
function elementAt(elements: readonly (TSESTree.Node | null)[], offset: number): TSESTree.Node | undefined {
  let low = 0;
  let high = elements.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const element = elements[middle];
    if (!element) return elements.find((candidate) => candidate !== null && contains(candidate, offset)) ?? undefined;
    if (offset < element.range[0]) high = middle - 1;
    else if (offset >= element.range[1]) low = middle + 1;
    else return element;
  }
  return undefined;
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && 'type' in value && 'range' in value;
}

function contains(node: TSESTree.Node, offset: number): boolean {
  return node.range[0] <= offset && offset < node.range[1];
}
