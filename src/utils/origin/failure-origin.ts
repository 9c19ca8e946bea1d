import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope, SourceCode } from '@typescript-eslint/utils/ts-eslint';

import type { OperationFamily } from '../../data/index.js';
import { findVariable, skipExpressionWrappers, soleDefinition, staticPropertyName, isFunction } from '../ast/index.js';
import type { ParseReferenceResolver } from '../sdk/parse-reference.js';
import { callsIn, callsOfChain } from './covered-calls.js';
import { SdkOperationClassifier } from './sdk-operation.js';

/**
 * The SDK operations whose failure a site handles, where the code shows them; computed only for the
 * sites a rule asks about, and cached per error variable. The error comes from:
 * - the `catch` of a `try` whose block runs the operations (awaited or not);
 * - a rejection handler, `.catch(h)` or `.then(ok, h)`, of a chain that runs them;
 * - the `error` callback of the legacy `{ success, error }` options of the operation.
 * Undefined (unknown) for anything else, and when any call the handler covers is not known to be
 * an SDK operation or a call that sends nothing to Parse.
 */
export class FailureOrigins {
  readonly #sourceCode: Readonly<SourceCode>;
  readonly #operations: SdkOperationClassifier;
  readonly #byVariable = new Map<Scope.Variable, readonly OperationFamily[] | undefined>();

  constructor(sourceCode: Readonly<SourceCode>, resolver: ParseReferenceResolver) {
    this.#sourceCode = sourceCode;
    this.#operations = new SdkOperationClassifier(sourceCode, resolver);
  }

  /** The families of the operations whose failure `subject` (`err.code`, a copy of it) reads the code of. */
  of(subject: TSESTree.Node): readonly OperationFamily[] | undefined {
    const variable = this.#errorVariable(subject);
    if (!variable) return undefined;
    if (!this.#byVariable.has(variable)) this.#byVariable.set(variable, this.#originOfVariable(variable));
    return this.#byVariable.get(variable);
  }

  /** `err` in `err.code`, and the error a copy of the code was taken from (`const { code } = err`, `catch ({ code })`). */
  #errorVariable(subject: TSESTree.Node): Scope.Variable | undefined {
    const node = skipExpressionWrappers(subject);
    if (node.type === 'MemberExpression') {
      const object = skipExpressionWrappers(node.object);
      return object.type === 'Identifier' ? this.#variableOf(object) : undefined;
    }
    if (node.type !== 'Identifier') return undefined;
    const variable = this.#variableOf(node);
    const definition = variable && soleDefinition(variable);
    if (!definition) return undefined;
    // `catch ({ code })`, `.catch(({ code }) => …)`: the code's own variable tells where it comes from.
    if (definition.type === 'CatchClause' || definition.type === 'Parameter') return variable;
    if (definition.type !== 'Variable' || !definition.node.init) return undefined;
    const init = skipExpressionWrappers(definition.node.init);
    const holder = init.type === 'MemberExpression' && definition.node.id.type === 'Identifier' ? init.object : init;
    const error = skipExpressionWrappers(holder);
    return error.type === 'Identifier' ? this.#variableOf(error) : undefined;
  }

  #variableOf(identifier: TSESTree.Identifier): Scope.Variable | undefined {
    return findVariable(this.#sourceCode.getScope(identifier), identifier.name);
  }

  #originOfVariable(variable: Scope.Variable): readonly OperationFamily[] | undefined {
    const definition = soleDefinition(variable);
    if (definition?.type === 'CatchClause') {
      return this.#familiesOf(callsIn(definition.node.parent.block));
    }
    if (definition?.type !== 'Parameter') return undefined;
    const handler = definition.node;
    if (!isFunction(handler)) return undefined;
    const parent = handler.parent;
    if (parent.type === 'CallExpression') {
      const callee = skipExpressionWrappers(parent.callee);
      if (callee.type !== 'MemberExpression') return undefined;
      const step = staticPropertyName(callee);
      const isRejectionHandler =
        (step === 'catch' && parent.arguments[0] === handler) || (step === 'then' && parent.arguments[1] === handler);
      if (!isRejectionHandler || handler.params[0] !== paramOf(definition.name)) return undefined;
      const calls = callsOfChain(callee.object);
      return calls && this.#familiesOf(calls);
    }
    // `query.find({ success(results) {…}, error(error) {…} })`, `{ error: (user, error) => … }`.
    if (parent.type === 'Property' && parent.value === handler && staticPropertyName(parent) === 'error') {
      const options = parent.parent;
      const call = options.parent;
      if (options.type !== 'ObjectExpression' || call.type !== 'CallExpression' || !call.arguments.includes(options)) {
        return undefined;
      }
      return this.#familiesOf([call]);
    }
    return undefined;
  }

  #familiesOf(
    calls: readonly (TSESTree.CallExpression | TSESTree.NewExpression)[],
  ): readonly OperationFamily[] | undefined {
    const families = new Set<OperationFamily>();
    for (const call of calls) {
      const effect = this.#operations.effectOf(call);
      if (effect === 'unknown') return undefined;
      if (effect !== 'local') families.add(effect);
    }
    return families.size === 0 ? undefined : [...families];
  }
}

/** The parameter a definition's name belongs to: the name itself, or the pattern that holds it. */
function paramOf(name: TSESTree.Node): TSESTree.Node {
  let node = name;
  while (
    node.parent &&
    (node.parent.type === 'Property' ||
      node.parent.type === 'ObjectPattern' ||
      node.parent.type === 'AssignmentPattern')
  ) {
    node = node.parent;
  }
  return node;
}
