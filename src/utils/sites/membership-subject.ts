import type { TSESTree } from '@typescript-eslint/utils';

import { staticPropertyName } from '../ast/index.js';

const ARRAY_MEMBERSHIP_METHODS: ReadonlySet<string> = new Set(['includes', 'indexOf']);
const SET_MEMBERSHIP_METHODS: ReadonlySet<string> = new Set(['has']);

/** `x` in `[…].includes(x)`, `[…].indexOf(x)` and `new Set([…]).has(x)`, for the array `[…]`. */
export function membershipSubject(array: TSESTree.ArrayExpression): TSESTree.Node | undefined {
  let receiver: TSESTree.Node = array;
  let methods = ARRAY_MEMBERSHIP_METHODS;
  const parent = array.parent;
  if (
    parent.type === 'NewExpression' &&
    parent.arguments[0] === array &&
    parent.callee.type === 'Identifier' &&
    parent.callee.name === 'Set'
  ) {
    receiver = parent;
    methods = SET_MEMBERSHIP_METHODS;
  }
  const member = receiver.parent;
  if (member.type !== 'MemberExpression' || member.object !== receiver) return undefined;
  const method = staticPropertyName(member);
  if (method === undefined || !methods.has(method)) return undefined;
  const call = member.parent;
  return call.type === 'CallExpression' && call.callee === member ? call.arguments[0] : undefined;
}
