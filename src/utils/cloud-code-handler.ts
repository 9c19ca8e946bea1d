import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope, SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { constInitializer, findVariable, soleDefinition, staticPropertyName } from './ast/index.js';
import type { ParseReferenceResolver } from './parse-reference.js';

export type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

/**
 * What Parse Server does with a value a handler throws that is not a `Parse.Error`
 * (`triggers.js` `resolveError`): it wraps it in a new `Parse.Error` with `defaultCode`.
 * - `function`: `Parse.Cloud.define`'s function (141); `validator`: its validator (142);
 * - `job`: `Parse.Cloud.job` (no code reaches anyone: the job status keeps a message only);
 * - `trigger`: the object, login and LiveQuery triggers (141);
 * - `file-trigger`: the `Parse.File` triggers (130 when saving, 153 when deleting).
 */
export type CloudCodeHandlerKind = 'function' | 'validator' | 'job' | 'trigger' | 'file-trigger';

/** A way out of a handler with a value that becomes the client's error. */
export interface HandlerErrorExit {
  /** `throw x`, `return Promise.reject(x)`, or `res.error(x)` of an Express-style Cloud function. */
  readonly kind: 'throw' | 'reject' | 'response-error';
  readonly node: TSESTree.ThrowStatement | TSESTree.CallExpression;
  readonly argument: TSESTree.Node | undefined;
}

/** A function that Cloud Code registers with Parse Server, with the ways out of it. */
export interface CloudCodeHandler {
  /** The `Parse.Cloud` method: `define`, `beforeSave`, … */
  readonly hook: string;
  readonly kind: CloudCodeHandlerKind;
  readonly registration: TSESTree.CallExpression;
  readonly handler: FunctionNode;
  /** The code a thrown value that is not a `Parse.Error` reaches the client with; undefined for jobs. */
  readonly defaultCode: number | undefined;
  /** The exits directly in the handler's body: not in a nested function, not in a `try` block that catches. */
  readonly exits: readonly HandlerErrorExit[];
}

interface HookShape {
  /** Where the handler is among the arguments: after the name or class, or first. */
  readonly handlerIndex: 0 | 1;
  readonly kind: CloudCodeHandlerKind;
  readonly defaultCode: number | undefined;
  /** For object triggers that also take `Parse.File`: the code a file trigger's errors get. */
  readonly fileTrigger?: { readonly defaultCode: number };
  /** For object triggers that do not pass errors on for a class (`afterSave`): then only the file form counts. */
  readonly classErrorsIgnored?: true;
}

const SCRIPT_FAILED = 141;
const VALIDATION_ERROR = 142;
const FILE_SAVE_ERROR = 130;
const FILE_DELETE_ERROR = 153;

const HOOKS: ReadonlyMap<string, HookShape> = new Map<string, HookShape>([
  ['define', { handlerIndex: 1, kind: 'function', defaultCode: SCRIPT_FAILED }],
  ['job', { handlerIndex: 1, kind: 'job', defaultCode: undefined }],
  ['beforeSave', { handlerIndex: 1, kind: 'trigger', defaultCode: SCRIPT_FAILED, fileTrigger: { defaultCode: FILE_SAVE_ERROR } }],
  ['afterSave', { handlerIndex: 1, kind: 'trigger', defaultCode: SCRIPT_FAILED, fileTrigger: { defaultCode: FILE_SAVE_ERROR }, classErrorsIgnored: true }],
  ['beforeDelete', { handlerIndex: 1, kind: 'trigger', defaultCode: SCRIPT_FAILED, fileTrigger: { defaultCode: FILE_DELETE_ERROR } }],
  ['afterDelete', { handlerIndex: 1, kind: 'trigger', defaultCode: SCRIPT_FAILED, fileTrigger: { defaultCode: FILE_DELETE_ERROR } }],
  ['beforeFind', { handlerIndex: 1, kind: 'trigger', defaultCode: SCRIPT_FAILED }],
  ['afterFind', { handlerIndex: 1, kind: 'trigger', defaultCode: SCRIPT_FAILED }],
  ['beforeLogin', { handlerIndex: 0, kind: 'trigger', defaultCode: SCRIPT_FAILED }],
  ['afterLogin', { handlerIndex: 0, kind: 'trigger', defaultCode: SCRIPT_FAILED }],
  ['beforePasswordResetRequest', { handlerIndex: 0, kind: 'trigger', defaultCode: SCRIPT_FAILED }],
  ['beforeSaveFile', { handlerIndex: 0, kind: 'file-trigger', defaultCode: FILE_SAVE_ERROR }],
  ['afterSaveFile', { handlerIndex: 0, kind: 'file-trigger', defaultCode: FILE_SAVE_ERROR }],
  ['beforeDeleteFile', { handlerIndex: 0, kind: 'file-trigger', defaultCode: FILE_DELETE_ERROR }],
  ['afterDeleteFile', { handlerIndex: 0, kind: 'file-trigger', defaultCode: FILE_DELETE_ERROR }],
  ['beforeConnect', { handlerIndex: 0, kind: 'trigger', defaultCode: SCRIPT_FAILED }],
  ['beforeSubscribe', { handlerIndex: 1, kind: 'trigger', defaultCode: SCRIPT_FAILED }],
  ['afterLiveQueryEvent', { handlerIndex: 1, kind: 'trigger', defaultCode: SCRIPT_FAILED }],
]);

/** True when a call's method name may register a Cloud Code handler; a cheap test before any lookup. */
export function isCloudHookName(name: string): boolean {
  return HOOKS.has(name);
}

interface RecordedExit extends HandlerErrorExit {
  /** For `response-error`: the identifier the call chain starts from (`res` in `res.status(400).error(x)`). */
  readonly receiver: TSESTree.Identifier | undefined;
}

/**
 * Collects, while the file is traversed, the Cloud Code registrations and the error exits of every
 * function; at the end of the file it pairs them, since a handler may be declared before or after
 * its registration.
 */
export class CloudCodeCollector {
  readonly #sourceCode: Readonly<SourceCode>;
  readonly #resolver: ParseReferenceResolver;
  readonly #registrations: TSESTree.CallExpression[] = [];
  readonly #exitsByFunction = new Map<FunctionNode, RecordedExit[]>();

  constructor(sourceCode: Readonly<SourceCode>, resolver: ParseReferenceResolver) {
    this.#sourceCode = sourceCode;
    this.#resolver = resolver;
  }

  /** Records `Parse.Cloud.<hook>(…)`, `Promise.reject(x)` and `….error(x)`; `method` is the callee's property name. */
  recordCall(node: TSESTree.CallExpression, callee: TSESTree.MemberExpression, method: string): void {
    if (method === 'reject') {
      if (isReturnedValue(node) && callee.object.type === 'Identifier' && callee.object.name === 'Promise') {
        this.#recordExit({ kind: 'reject', node, argument: node.arguments[0], receiver: undefined });
      }
    } else if (method === 'error') {
      const receiver = chainRoot(callee.object);
      if (receiver) this.#recordExit({ kind: 'response-error', node, argument: node.arguments[0], receiver });
    } else if (isCloudHookName(method) && this.#isParseCloud(callee.object)) {
      this.#registrations.push(node);
    }
  }

  recordThrow(node: TSESTree.ThrowStatement): void {
    this.#recordExit({ kind: 'throw', node, argument: node.argument, receiver: undefined });
  }

  /** The handlers the file registers, each with its exits. */
  handlers(): CloudCodeHandler[] {
    const handlers: CloudCodeHandler[] = [];
    for (const registration of this.#registrations) {
      const method = staticPropertyName(registration.callee as TSESTree.MemberExpression) ?? '';
      const shape = HOOKS.get(method);
      if (!shape) continue;
      const found = this.#handlerOf(registration, shape, method);
      if (found) handlers.push(found);
      if (method === 'define') {
        const validator = this.#functionOf(registration.arguments[2]);
        if (validator) {
          handlers.push(this.#handler(method, 'validator', registration, validator, VALIDATION_ERROR, false));
        }
      }
    }
    return handlers;
  }

  #handlerOf(registration: TSESTree.CallExpression, shape: HookShape, method: string): CloudCodeHandler | undefined {
    const handler = this.#functionOf(registration.arguments[shape.handlerIndex]);
    if (!handler) return undefined;
    let kind = shape.kind;
    let defaultCode = shape.defaultCode;
    if (shape.handlerIndex === 1 && shape.kind === 'trigger' && shape.fileTrigger) {
      const isFile = this.#isParseFile(registration.arguments[0]);
      if (isFile) {
        kind = 'file-trigger';
        defaultCode = shape.fileTrigger.defaultCode;
      } else if (shape.classErrorsIgnored) {
        return undefined;
      }
    }
    // Parse Server calls a Cloud function Express-style, with a response, when it declares two parameters.
    const hasResponse = method === 'define' && handler.params.length >= 2;
    return this.#handler(method, kind, registration, handler, defaultCode, hasResponse);
  }

  #handler(
    hook: string,
    kind: CloudCodeHandlerKind,
    registration: TSESTree.CallExpression,
    handler: FunctionNode,
    defaultCode: number | undefined,
    hasResponse: boolean,
  ): CloudCodeHandler {
    const response = hasResponse ? this.#parameterVariable(handler, 1) : undefined;
    const exits = (this.#exitsByFunction.get(handler) ?? [])
      .filter((exit) => exit.kind !== 'response-error' || (response !== undefined && this.#variableOf(exit.receiver) === response))
      .map(({ kind: exitKind, node, argument }) => ({ kind: exitKind, node, argument }));
    return { hook, kind, registration, handler, defaultCode, exits };
  }

  #recordExit(exit: RecordedExit): void {
    const owner = directOwner(exit.node);
    if (!owner) return;
    const exits = this.#exitsByFunction.get(owner);
    if (exits) exits.push(exit);
    else this.#exitsByFunction.set(owner, [exit]);
  }

  /** `Parse.Cloud`, through any binding of the SDK; a `Parse` that is not the SDK's counts, as everywhere. */
  #isParseCloud(node: TSESTree.Node): boolean {
    if (node.type !== 'MemberExpression' || staticPropertyName(node) !== 'Cloud') return false;
    const object = node.object;
    return (object.type === 'Identifier' && object.name === 'Parse') || this.#resolver.sdkValueOf(object) === 'Parse';
  }

  #isParseFile(node: TSESTree.Node | undefined): boolean {
    if (node?.type !== 'MemberExpression' || staticPropertyName(node) !== 'File') return false;
    const object = node.object;
    return (object.type === 'Identifier' && object.name === 'Parse') || this.#resolver.sdkValueOf(object) === 'Parse';
  }

  /** The function an argument passes: inline, or by a name the file declares as a function or a `const` function. */
  #functionOf(node: TSESTree.Node | undefined): FunctionNode | undefined {
    if (!node) return undefined;
    if (isFunction(node)) return node;
    if (node.type !== 'Identifier') return undefined;
    const variable = this.#variableOf(node);
    if (!variable) return undefined;
    const definition = soleDefinition(variable);
    if (definition?.type === 'FunctionName' && definition.node.type === 'FunctionDeclaration') return definition.node;
    const init = constInitializer(variable);
    return init && isFunction(init) ? init : undefined;
  }

  #parameterVariable(handler: FunctionNode, index: number): Scope.Variable | undefined {
    const parameter = handler.params[index];
    if (parameter?.type !== 'Identifier') return undefined;
    return this.#sourceCode.scopeManager?.getDeclaredVariables(parameter)[0];
  }

  #variableOf(identifier: TSESTree.Identifier | undefined): Scope.Variable | undefined {
    return identifier && findVariable(this.#sourceCode.getScope(identifier), identifier.name);
  }
}

function isFunction(node: TSESTree.Node): node is FunctionNode {
  return node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression' || node.type === 'FunctionDeclaration';
}

/** `return Promise.reject(x)`, `Promise.reject(x);`, or an arrow's body `() => Promise.reject(x)`. */
function isReturnedValue(call: TSESTree.CallExpression): boolean {
  const parent = call.parent;
  return (
    parent.type === 'ReturnStatement' ||
    parent.type === 'ExpressionStatement' ||
    (parent.type === 'ArrowFunctionExpression' && parent.body === call)
  );
}

/** `res` in `res.error`, `res.status(409).error`, `res.header('a', 'b').error`. */
function chainRoot(node: TSESTree.Node): TSESTree.Identifier | undefined {
  let current = node;
  for (;;) {
    if (current.type === 'Identifier') return current;
    if (current.type === 'CallExpression' && current.callee.type === 'MemberExpression') current = current.callee.object;
    else return undefined;
  }
}

/**
 * The function an exit leaves: its nearest enclosing function, unless the exit sits in a `try`
 * block with a `catch` inside that function, which may handle it there.
 */
function directOwner(node: TSESTree.Node): FunctionNode | undefined {
  let child: TSESTree.Node = node;
  for (let current = node.parent; current; child = current, current = current.parent) {
    if (isFunction(current)) return current;
    if (current.type === 'TryStatement' && current.block === child && current.handler) return undefined;
  }
  return undefined;
}
