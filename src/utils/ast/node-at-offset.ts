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
    for (let child = childAt(node, offset, visitorKeys); child; child = childAt(node, offset, visitorKeys)) {
      node = child;
      path.push(node);
    }
    return node;
  });
}

/**
 * The child of `node` whose range contains `offset`. The common statements and expressions are read
 * by their own properties: a property read by a name in a variable, on nodes of many shapes, costs
 * several times more. Any other node, and any of those whose usual children miss (a type
 * annotation, a decorator), is read through its visitor keys.
 */
function childAt(
  node: TSESTree.Node,
  offset: number,
  visitorKeys: Readonly<SourceCode.VisitorKeys>,
): TSESTree.Node | undefined {
  return commonChildAt(node, offset) ?? keyedChildAt(node, offset, visitorKeys);
}

function commonChildAt(node: TSESTree.Node, offset: number): TSESTree.Node | undefined {
  switch (node.type) {
    case 'Program':
    case 'BlockStatement':
    case 'ClassBody':
    case 'StaticBlock':
      return elementAt(node.body, offset);
    case 'ExpressionStatement':
    case 'ChainExpression':
      return at(node.expression, offset);
    case 'VariableDeclaration':
      return elementAt(node.declarations, offset);
    case 'VariableDeclarator':
      return at(node.id, offset) ?? at(node.init, offset);
    case 'MemberExpression':
      return at(node.object, offset) ?? at(node.property, offset);
    case 'CallExpression':
    case 'NewExpression':
      return at(node.callee, offset) ?? elementAt(node.arguments, offset);
    case 'BinaryExpression':
    case 'LogicalExpression':
    case 'AssignmentExpression':
      return at(node.left, offset) ?? at(node.right, offset);
    case 'IfStatement':
    case 'ConditionalExpression':
      return at(node.test, offset) ?? at(node.consequent, offset) ?? at(node.alternate, offset);
    case 'ReturnStatement':
    case 'ThrowStatement':
    case 'UnaryExpression':
    case 'AwaitExpression':
    case 'SpreadElement':
      return at(node.argument, offset);
    case 'FunctionDeclaration':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      return at(node.id, offset) ?? elementAt(node.params, offset) ?? at(node.body, offset);
    case 'TryStatement':
      return at(node.block, offset) ?? at(node.handler, offset) ?? at(node.finalizer, offset);
    case 'CatchClause':
      return at(node.param, offset) ?? at(node.body, offset);
    case 'SwitchStatement':
      return at(node.discriminant, offset) ?? elementAt(node.cases, offset);
    case 'SwitchCase':
      return at(node.test, offset) ?? elementAt(node.consequent, offset);
    case 'ObjectExpression':
    case 'ObjectPattern':
      return elementAt(node.properties, offset);
    case 'Property':
      return at(node.key, offset) ?? at(node.value, offset);
    case 'ArrayExpression':
      return elementAt(node.elements, offset);
    default:
      return undefined;
  }
}

function keyedChildAt(
  node: TSESTree.Node,
  offset: number,
  visitorKeys: Readonly<SourceCode.VisitorKeys>,
): TSESTree.Node | undefined {
  for (const key of visitorKeys[node.type] ?? []) {
    const child: unknown = (node as unknown as Record<string, unknown>)[key];
    // Visitor keys lead to nodes, lists of them, or nothing.
    const found = Array.isArray(child)
      ? elementAt(child as readonly (TSESTree.Node | null)[], offset)
      : at(child as TSESTree.Node | null | undefined, offset);
    if (found) return found;
  }
  return undefined;
}

/** `node` when there is one and its range contains `offset`. */
function at(node: TSESTree.Node | null | undefined, offset: number): TSESTree.Node | undefined {
  return node && contains(node, offset) ? node : undefined;
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
