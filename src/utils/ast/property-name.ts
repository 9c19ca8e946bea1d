import type { TSESTree } from '@typescript-eslint/utils';

/** The name a member access or object key spells statically (`a.code`, `a['code']`, `` a[`code`] ``). */
export function staticPropertyName(node: TSESTree.MemberExpression | TSESTree.Property): string | undefined {
  const key = node.type === 'MemberExpression' ? node.property : node.key;
  if (!node.computed) {
    if (key.type === 'Identifier') return key.name;
    if (key.type === 'Literal') return String(key.value);
    return undefined;
  }
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
  if (key.type === 'TemplateLiteral' && key.expressions.length === 0) return key.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}
