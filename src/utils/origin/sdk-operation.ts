import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';

import type { OperationFamily } from '../../data/index.js';
import {
  findVariable,
  isNeverReassigned,
  skipExpressionWrappers,
  soleDefinition,
  staticPropertyName,
} from '../ast/index.js';
import type { ParseReferenceResolver } from '../sdk/parse-reference.js';
import { restOperationFamily } from './rest-operation.js';

/**
 * What a call does, as far as an error from Parse goes: an SDK operation of some family, `local`
 * for a call that sends no request to Parse (`query.equalTo`, `object.set`, `console.log`), or
 * `unknown` for anything else (a helper of the app, which may call Parse in any way).
 */
export type CallEffect = OperationFamily | 'local' | 'unknown';

/** What an expression is, of the SDK's classes and their instances. */
type SdkKind = 'Parse' | 'User' | 'Object' | 'Cloud' | 'Query' | 'File' | 'user' | 'object' | 'query' | 'file';

const CLASS_NAMES: ReadonlySet<string> = new Set(['User', 'Object', 'Cloud', 'Query', 'File']);
const INSTANCE_OF_CLASS: Readonly<Record<string, SdkKind>> = {
  User: 'user',
  Object: 'object',
  Query: 'query',
  File: 'file',
};

const USER_CLASS_OPERATIONS: Readonly<Record<string, CallEffect>> = {
  logIn: 'log-in',
  signUp: 'log-in',
  logInWithAdditionalAuth: 'log-in',
  become: 'become',
  me: 'become',
  logInWith: 'third-party-auth',
  requestPasswordReset: 'password-reset',
  current: 'local',
  extend: 'local',
};
const OBJECT_CLASS_OPERATIONS: Readonly<Record<string, CallEffect>> = {
  saveAll: 'object-write',
  destroyAll: 'object-write',
  fetchAll: 'object-read',
  fetchAllIfNeeded: 'object-read',
  fetchAllWithInclude: 'object-read',
  extend: 'local',
};
const OBJECT_OPERATIONS: Readonly<Record<string, CallEffect>> = {
  save: 'object-write',
  destroy: 'object-write',
  fetch: 'object-read',
  fetchWithInclude: 'object-read',
};
const USER_OPERATIONS: Readonly<Record<string, CallEffect>> = {
  ...OBJECT_OPERATIONS,
  signUp: 'log-in',
  logIn: 'log-in',
  linkWith: 'third-party-auth',
};
const QUERY_OPERATIONS: Readonly<Record<string, CallEffect>> = {
  get: 'object-read',
  find: 'object-read',
  first: 'object-read',
  count: 'object-read',
  findAll: 'object-read',
  each: 'object-read',
  distinct: 'object-read',
  aggregate: 'object-read',
  subscribe: 'unknown',
};
const CLOUD_OPERATIONS: Readonly<Record<string, CallEffect>> = { run: 'cloud-function', startJob: 'job' };
const FILE_OPERATIONS: Readonly<Record<string, CallEffect>> = { save: 'file', destroy: 'file' };
/** Globals whose methods send nothing to Parse and reject with no Parse code. */
const LOCAL_GLOBALS: ReadonlySet<string> = new Set([
  'console',
  'JSON',
  'Math',
  'Object',
  'Array',
  'Number',
  'String',
  'Date',
]);
const LOCAL_FUNCTIONS: ReadonlySet<string> = new Set(['String', 'Number', 'Boolean', 'parseInt', 'parseFloat']);
/** Aliases are followed this far, as the resolver does. */
const MAX_DEPTH = 4;

/** Classifies calls by the SDK operation they run, from the variables that hold the SDK. */
export class SdkOperationClassifier {
  readonly #sourceCode: Readonly<SourceCode>;
  readonly #resolver: ParseReferenceResolver;

  constructor(sourceCode: Readonly<SourceCode>, resolver: ParseReferenceResolver) {
    this.#sourceCode = sourceCode;
    this.#resolver = resolver;
  }

  /** What `call` does (see `CallEffect`). */
  effectOf(call: TSESTree.CallExpression | TSESTree.NewExpression): CallEffect {
    if (call.type === 'NewExpression') return 'local';
    const callee = skipExpressionWrappers(call.callee);
    if (callee.type === 'Identifier') {
      if (LOCAL_FUNCTIONS.has(callee.name)) return 'local';
      return restOperationFamily(call) ?? 'unknown';
    }
    if (callee.type !== 'MemberExpression') return 'unknown';
    const method = staticPropertyName(callee);
    if (method === undefined) return 'unknown';
    const receiver = skipExpressionWrappers(callee.object);
    if (
      receiver.type === 'Identifier' &&
      LOCAL_GLOBALS.has(receiver.name) &&
      !findVariable(this.#sourceCode.getScope(receiver), receiver.name)?.defs.length
    ) {
      return 'local';
    }
    const kind = this.#kindOf(receiver, 0);
    switch (kind) {
      case 'User':
        return USER_CLASS_OPERATIONS[method] ?? 'unknown';
      case 'Object':
        return OBJECT_CLASS_OPERATIONS[method] ?? 'unknown';
      case 'Cloud':
        return (
          CLOUD_OPERATIONS[method] ?? (method === 'httpRequest' ? (restOperationFamily(call) ?? 'unknown') : 'unknown')
        );
      case 'user':
        return USER_OPERATIONS[method] ?? 'local';
      case 'object':
        return OBJECT_OPERATIONS[method] ?? 'local';
      case 'query':
        return QUERY_OPERATIONS[method] ?? 'local';
      case 'file':
        return FILE_OPERATIONS[method] ?? 'local';
      default:
        return restOperationFamily(call) ?? 'unknown';
    }
  }

  #kindOf(expression: TSESTree.Node, depth: number): SdkKind | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const node = skipExpressionWrappers(expression);
    switch (node.type) {
      case 'Identifier': {
        if (this.#resolver.sdkValueOf(node) === 'Parse') return 'Parse';
        const variable = findVariable(this.#sourceCode.getScope(node), node.name);
        const definition = variable && soleDefinition(variable);
        if (!variable || definition?.type !== 'Variable' || !isNeverReassigned(variable)) return undefined;
        const init = definition.node.init;
        return init && definition.node.id.type === 'Identifier' ? this.#kindOf(init, depth + 1) : undefined;
      }
      case 'MemberExpression': {
        const name = staticPropertyName(node);
        if (name === undefined || !CLASS_NAMES.has(name)) return undefined;
        return this.#kindOf(node.object, depth + 1) === 'Parse' ? (name as SdkKind) : undefined;
      }
      case 'NewExpression': {
        const kind = this.#kindOf(node.callee, depth + 1);
        return kind === undefined ? undefined : INSTANCE_OF_CLASS[kind];
      }
      case 'AwaitExpression':
        return this.#resultKindOf(node.argument);
      case 'CallExpression': {
        // `Parse.Object.extend('Trip')` is a class of objects; `query.equalTo(…)` returns the query.
        const callee = skipExpressionWrappers(node.callee);
        if (callee.type !== 'MemberExpression') return undefined;
        const method = staticPropertyName(callee);
        const receiver = this.#kindOf(callee.object, depth + 1);
        if (method === 'extend' && (receiver === 'Object' || receiver === 'User')) return receiver;
        if (method === 'current' && receiver === 'User') return 'user';
        if (receiver === 'query' && method !== undefined && !(method in QUERY_OPERATIONS)) return 'query';
        return undefined;
      }
      default:
        return undefined;
    }
  }

  /** What an awaited call resolves with: a user for a log-in, an object for `get`/`first`. */
  #resultKindOf(expression: TSESTree.Node): SdkKind | undefined {
    const node = skipExpressionWrappers(expression);
    if (node.type !== 'CallExpression') return undefined;
    const effect = this.effectOf(node);
    if (effect === 'log-in' || effect === 'become' || effect === 'third-party-auth') return 'user';
    const callee = skipExpressionWrappers(node.callee);
    const method = callee.type === 'MemberExpression' ? staticPropertyName(callee) : undefined;
    return effect === 'object-read' && (method === 'get' || method === 'first') ? 'object' : undefined;
  }
}
