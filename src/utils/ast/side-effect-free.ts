import type { TSESTree } from '@typescript-eslint/utils';

/**
 * True when evaluating `node` calls nothing and assigns nothing, so that moving it before or after
 * another such expression changes nothing: literals, names, member reads, templates and operators
 * over those. Getters and the conversions of a template (`${value}`) are taken as free of side effects.
 *
 * Not eslint-utils' `!hasSideEffect(node)`, which lists what has effects and passes every other
 * node: it takes a tagged template (`` sql`…` ``, a call), a spread (`[...items]`, the iterator's
 * calls) and JSX (a `createElement` call once compiled) as free of side effects, and the fixes that
 * reorder two values would then reorder calls. This lists what is free instead.
 */
export function isSideEffectFree(node: TSESTree.Node): boolean {
  switch (node.type) {
    case 'Literal':
    case 'Identifier':
    case 'ThisExpression':
      return true;
    case 'MemberExpression':
      return isSideEffectFree(node.object) && (!node.computed || isSideEffectFree(node.property));
    case 'TemplateLiteral':
      return node.expressions.every(isSideEffectFree);
    case 'UnaryExpression':
      return node.operator !== 'delete' && isSideEffectFree(node.argument);
    case 'BinaryExpression':
      return node.left.type !== 'PrivateIdentifier' && isSideEffectFree(node.left) && isSideEffectFree(node.right);
    case 'ChainExpression':
    case 'TSAsExpression':
    case 'TSNonNullExpression':
    case 'TSSatisfiesExpression':
      return isSideEffectFree(node.expression);
    default:
      return false;
  }
}
