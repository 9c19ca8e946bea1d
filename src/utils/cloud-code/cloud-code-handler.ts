import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope, SourceCode } from '@typescript-eslint/utils/ts-eslint';

import {
  constInitializer,
  findVariable,
  reachableVariables,
  soleDefinition,
  staticPropertyName,
  isFunction,
  type FunctionNode,
} from '../ast/index.js';
import {
  declaredLength,
  directOwner,
  exitsByFunction,
  promiseRejections,
  responseErrorCalls,
  runtimeParameters,
  type HandlerErrorExit,
} from './exits.js';
import { exitsThroughCalls } from './handler-calls.js';
import { hookShape, RESPONSE_HOOKS, VALIDATION_ERROR, type CloudCodeHandlerKind, type HookShape } from './hooks.js';
import type { ParseReferenceResolver } from '../sdk/parse-reference.js';
import { spellsSdkMember, type SdkMember } from '../sdk/sdk-shape.js';
import type { SdkObjectUse } from '../sdk/sdk-uses.js';

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
  /**
   * The exits of the functions the handler calls in the same file whose errors leave the handler
   * too (handler-calls.ts); found when asked, since few rules need them.
   */
  readonly calledExits: () => readonly HandlerErrorExit[];
}

/** A `Parse.Cloud.<hook>(…)` call, with the hook it registers and that hook's shape. */
interface Registration {
  readonly call: TSESTree.CallExpression;
  readonly hook: string;
  readonly shape: HookShape;
}

/**
 * Collects, while the file is traversed, the Cloud Code registrations and the error exits of every
 * function; at the end of the file it pairs them, since a handler may be declared before or after
 * its registration.
 */
export class CloudCodeCollector {
  readonly #sourceCode: Readonly<SourceCode>;
  readonly #resolver: ParseReferenceResolver;
  readonly #registrations: Registration[] = [];
  /** Every exit of the file; paired with functions only in a file that registers handlers, most do not. */
  readonly #exits: HandlerErrorExit[] = [];
  #exitsByFunction: Map<FunctionNode, HandlerErrorExit[]> | undefined;

  constructor(sourceCode: Readonly<SourceCode>, resolver: ParseReferenceResolver) {
    this.#sourceCode = sourceCode;
    this.#resolver = resolver;
  }

  /**
   * Records `Parse.Cloud.<hook>(…)` where `sdk` is its `Parse`: the SDK-use search has proved that
   * `sdk` is the SDK object (or spelled `Parse`), so it is not resolved again.
   */
  recordRegistrationAt({ node: sdk }: SdkObjectUse): void {
    const cloud = sdk.parent;
    if (cloud?.type !== 'MemberExpression' || cloud.object !== sdk || staticPropertyName(cloud) !== 'Cloud') return;
    const callee = cloud.parent;
    if (callee.type !== 'MemberExpression' || callee.object !== cloud) return;
    const call = callee.parent;
    const hook = staticPropertyName(callee);
    const shape = hook === undefined ? undefined : hookShape(hook);
    if (call.type !== 'CallExpression' || call.callee !== callee || hook === undefined || !shape) return;
    this.#registrations.push({ call, hook, shape });
  }

  recordThrow(node: TSESTree.ThrowStatement): void {
    this.#recordExit({ kind: 'throw', node, argument: node.argument });
  }

  /** The handlers the file registers, each with its exits, and the validators that run before them. */
  handlers(): CloudCodeHandler[] {
    const handlers: CloudCodeHandler[] = [];
    if (this.#registrations.length === 0) return handlers;
    this.#recordPromiseRejections();
    for (const { call: registration, hook, shape } of this.#registrations) {
      const target = this.#targetOf(registration, shape);
      if (!target) continue;
      const index = this.#handlerIndex(registration, shape);
      const handler = this.#functionOf(registration.arguments[index]);
      if (handler) {
        // Parse Server calls a Cloud function Express-style, with a response, when its `length` is 2 or more.
        const hasResponse = hook === 'define' && declaredLength(handler) >= 2;
        handlers.push(this.#handler(hook, target.kind, registration, handler, target.defaultCode, hasResponse));
      }
      const validator = shape.runsValidator ? this.#functionOf(registration.arguments[index + 1]) : undefined;
      if (validator) handlers.push(this.#handler(hook, 'validator', registration, validator, VALIDATION_ERROR, false));
    }
    return handlers;
  }

  /**
   * The response objects whose `error(code, message)` builds a `Parse.Error`: the second parameter of
   * a Cloud function or a `beforeSave`/`beforeDelete` trigger (`(request, response)`, parse-server 2.x;
   * a Cloud function's Express-style `res` since 9.1), and the parameters of the file's functions the
   * file passes such an object to by name (`fail(response)`).
   */
  responseVariables(): Scope.Variable[] {
    const starts = this.#registrations.map(({ call: registration, hook, shape }) => {
      if (!RESPONSE_HOOKS.has(hook)) return undefined;
      const handler = this.#functionOf(registration.arguments[this.#handlerIndex(registration, shape)]);
      return handler && this.#parameterVariable(handler, 1);
    });
    const passedTo = (variable: Scope.Variable): (Scope.Variable | undefined)[] =>
      variable.references.map(({ identifier }) => {
        const call = identifier.parent;
        if (call.type !== 'CallExpression' || call.callee === identifier) return undefined;
        const callee = this.#functionOf(call.callee);
        return callee && this.#parameterVariable(callee, call.arguments.indexOf(identifier as TSESTree.Identifier));
      });
    return [...reachableVariables(starts, passedTo)];
  }

  /** What a registration's errors become, or undefined when Parse Server does not pass them on. */
  #targetOf(
    registration: TSESTree.CallExpression,
    shape: HookShape,
  ): { readonly kind: CloudCodeHandlerKind; readonly defaultCode: number | undefined } | undefined {
    const [first] = registration.arguments;
    if (shape.fileTrigger && this.#isParseMember(first, 'File')) {
      return { kind: 'file-trigger', defaultCode: shape.fileTrigger.defaultCode };
    }
    if (shape.classErrorsIgnored && !this.#isParseMember(first, 'Config')) return undefined;
    return { kind: shape.kind, defaultCode: shape.defaultCode };
  }

  #handlerIndex(registration: TSESTree.CallExpression, shape: HookShape): number {
    if (shape.leading === 'none') return 0;
    if (shape.leading === 'name') return 1;
    return this.#functionOf(registration.arguments[0]) ? 0 : 1;
  }

  #handler(
    hook: string,
    kind: CloudCodeHandlerKind,
    registration: TSESTree.CallExpression,
    handler: FunctionNode,
    defaultCode: number | undefined,
    hasResponse: boolean,
  ): CloudCodeHandler {
    const response = hasResponse ? this.#responseVariable(handler) : undefined;
    const responseExits = response
      ? responseErrorCalls(response).filter((exit) => directOwner(exit.node) === handler)
      : [];
    const exits = [...(this.#getExitsByFunction().get(handler) ?? []), ...responseExits].sort(
      (a, b) => a.node.range[0] - b.node.range[0],
    );
    let calledExits: readonly HandlerErrorExit[] | undefined;
    const functions = {
      exitsOf: (fn: FunctionNode) => this.#getExitsByFunction().get(fn) ?? [],
      functionOf: (callee: TSESTree.Node) => this.#functionOf(callee),
    };
    return {
      hook,
      kind,
      registration,
      handler,
      defaultCode,
      exits,
      calledExits: () => (calledExits ??= exitsThroughCalls(handler, functions)),
    };
  }

  #recordExit(exit: HandlerErrorExit): void {
    this.#exits.push(exit);
  }

  #recordPromiseRejections(): void {
    const scopeManager = this.#sourceCode.scopeManager;
    if (scopeManager) this.#exits.push(...promiseRejections(scopeManager));
  }

  #getExitsByFunction(): Map<FunctionNode, HandlerErrorExit[]> {
    this.#exitsByFunction ??= exitsByFunction(this.#exits);
    return this.#exitsByFunction;
  }

  /**
   * `Parse.<member>` (`Parse.File`, `Parse.Config`), through any binding of the SDK; a `Parse` that
   * is not the SDK's counts, as everywhere (`sdk-shape.ts`).
   */
  #isParseMember(node: TSESTree.Node | undefined, member: SdkMember): boolean {
    if (!node) return false;
    if (spellsSdkMember(node, member)) return true;
    return (
      node.type === 'MemberExpression' &&
      staticPropertyName(node) === member &&
      this.#resolver.sdkValueOf(node.object) === 'Parse'
    );
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

  /** The variable of the response parameter, `res` in `(req, res) => …`. */
  #responseVariable(handler: FunctionNode): Scope.Variable | undefined {
    return this.#parameterVariable(handler, 1);
  }

  /** The variable of the function's parameter at `index`, when it is a plain name. */
  #parameterVariable(handler: FunctionNode, index: number): Scope.Variable | undefined {
    const response = index < 0 ? undefined : runtimeParameters(handler)[index];
    if (response?.type !== 'Identifier') return undefined;
    return this.#sourceCode.scopeManager
      ?.getDeclaredVariables(handler)
      .find((variable) => variable.identifiers.includes(response));
  }

  #variableOf(identifier: TSESTree.Identifier | undefined): Scope.Variable | undefined {
    return identifier && findVariable(this.#sourceCode.getScope(identifier), identifier.name);
  }
}
