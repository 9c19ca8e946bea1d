import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';

/**
 * The innermost node whose range contains each of `offsets` (given in ascending order), undefined
 * outside the program. Children are in the order of the code, so each list of them is searched by
 * halves, and each lookup starts from the deepest node of the previous one that still contains its
 * offset: a file's lookups together cost about one walk down to each, not the size of the file
 * (`SourceCode#getNodeByRangeIndex` visits every earlier sibling, for each lookup).
 */
export function nodesAtOffsets(
  sourceCode: Readonly<SourceCode>,
  offsets: readonly number[],
): (TSESTree.Node | undefined)[] {
  const { visitorKeys } = sourceCode;
  const path: TSESTree.Node[] = [];
  return offsets.map((offset) => {
    while (path.length > 0 && !contains(path[path.length - 1] as TSESTree.Node, offset)) path.pop();
    if (path.length === 0) {
      if (!contains(sourceCode.ast, offset)) return undefined;
      path.push(sourceCode.ast);
    }
    let node = path[path.length - 1] as TSESTree.Node;
    descend: for (;;) {
      for (const key of visitorKeys[node.type] ?? []) {
        const child: unknown = (node as unknown as Record<string, unknown>)[key];
        // Visitor keys lead to nodes, lists of them, or nothing.
        const found = (Array.isArray(child) ? elementAt(child as readonly (TSESTree.Node | null)[], offset) : child) as
          TSESTree.Node | null | undefined;
        if (found && contains(found, offset)) {
          node = found;
          path.push(node);
          continue descend;
        }
      }
      return node;
    }
  });
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

function contains(node: TSESTree.Node, offset: number): boolean {
  return node.range[0] <= offset && offset < node.range[1];
}
