import type { TSESTree } from '@typescript-eslint/utils';

import { staticPropertyName } from '../ast/index.js';

/**
 * Where an object literal goes, as far as telling an error from an HTTP answer goes:
 * - `thrown`: `throw { code, message }`;
 * - `rejected`: `reject({ … })`, `Promise.reject({ … })`;
 * - `response-body`: the body of an HTTP response, `res.json({ … })`, `res.status(404).send({ … })`,
 *   `reply.send({ … })`, `Response.json({ … })`;
 * - `other`: returned, assigned, passed anywhere else.
 */
export type ErrorObjectUse = 'thrown' | 'rejected' | 'response-body' | 'other';

/** The methods that write an HTTP response body (Express, Fastify, Node's `http`, the Fetch API). */
const RESPONSE_BODY_METHODS = new Set(['json', 'send', 'jsonp', 'end', 'write']);

export function errorObjectUse(node: TSESTree.ObjectExpression): ErrorObjectUse {
  const parent = node.parent;
  if (parent.type === 'ThrowStatement') return 'thrown';
  if (parent.type !== 'CallExpression' || !parent.arguments.includes(node)) return 'other';
  const callee = parent.callee;
  const method =
    callee.type === 'Identifier'
      ? callee.name
      : callee.type === 'MemberExpression'
        ? staticPropertyName(callee)
        : undefined;
  if (method === 'reject') return 'rejected';
  return callee.type === 'MemberExpression' && method !== undefined && RESPONSE_BODY_METHODS.has(method)
    ? 'response-body'
    : 'other';
}
