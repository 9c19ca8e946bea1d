import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope, SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { findVariable } from '../ast/index.js';
import { InitialisationOrder } from './initialisation-order.js';
import type { ParseReferenceResolver } from './parse-reference.js';
import { SDK_OBJECT_NAME } from './sdk-shape.js';

/** A name a fix may write for the SDK or its `Parse.Error` class. */
interface FixBinding {
  readonly name: string;
  /** Undefined for the implicit global, which a lookup from any scope also finds as undefined. */
  readonly variable: Scope.Variable | undefined;
  readonly value: 'Parse' | 'ParseError';
  /** Where the binding's value is initialised; undefined when it exists from the start (imports, globals). */
  readonly initialisation: InitialisationOrder | undefined;
  /** Its rank among the file's bindings: lower is preferred. */
  readonly order: number;
}

/** The file's fix bindings by the scope that declares them, and the implicit global `Parse`. */
interface FileFixBindings {
  readonly byScope: ReadonlyMap<Scope.Scope, readonly FixBinding[]>;
  readonly global: FixBinding | undefined;
}

function bindingPreference(binding: Omit<FixBinding, 'order'>): number {
  if (binding.value === 'ParseError') return 2;
  return binding.name === SDK_OBJECT_NAME ? 0 : 1;
}

/** Which name a fix may write for `Parse.Error` at a place of one file; collected once, cached per scope. */
export class FixBindings {
  readonly #sourceCode: Readonly<SourceCode>;
  readonly #resolver: ParseReferenceResolver;
  #fileBindings: FileFixBindings | undefined;
  readonly #visibleBindings = new Map<Scope.Scope, readonly FixBinding[]>();

  constructor(sourceCode: Readonly<SourceCode>, resolver: ParseReferenceResolver) {
    this.#sourceCode = sourceCode;
    this.#resolver = resolver;
  }

  /**
   * How the code at `node` can name `Parse.Error` without a new import: `Parse.Error`, `P.Error`,
   * or `ParseError`, through a binding that is in scope there, not shadowed, and initialized before it.
   */
  parseErrorClassTextAt(node: TSESTree.Node): string | undefined {
    for (const binding of this.#bindingsVisibleFrom(this.#sourceCode.getScope(node))) {
      if (binding.initialisation && !binding.initialisation.isInitialisedAt(node)) continue;
      return binding.value === 'Parse' ? `${binding.name}.Error` : binding.name;
    }
    return undefined;
  }

  /**
   * The SDK bindings a scope sees, not shadowed there, in order of preference; computed once per
   * scope from the bindings of the scopes around it only (a file with a binding in each of 20,000
   * functions looks at one binding per site, not 20,000).
   */
  #bindingsVisibleFrom(scope: Scope.Scope): readonly FixBinding[] {
    let visible = this.#visibleBindings.get(scope);
    if (!visible) {
      const { byScope, global } = this.#getFileBindings();
      const candidates: FixBinding[] = [];
      for (let current: Scope.Scope | null = scope; current; current = current.upper) {
        candidates.push(...(byScope.get(current) ?? []));
      }
      if (global) candidates.push(global);
      visible = candidates
        .filter((binding) => findVariable(scope, binding.name) === binding.variable)
        .sort((a, b) => a.order - b.order);
      this.#visibleBindings.set(scope, visible);
    }
    return visible;
  }

  #getFileBindings(): FileFixBindings {
    this.#fileBindings ??= this.#collectFixBindings();
    return this.#fileBindings;
  }

  #collectFixBindings(): FileFixBindings {
    const bindings: Omit<FixBinding, 'order'>[] = [];
    const scopeManager = this.#sourceCode.scopeManager;
    if (!scopeManager) return { byScope: new Map(), global: undefined };
    for (const { variable, value } of this.#resolver.sdkVariables()) {
      const [definition] = variable.defs;
      if ((value === 'Parse' || value === 'ParseError') && definition) {
        const initialisation =
          definition.type === 'ImportBinding'
            ? undefined
            : new InitialisationOrder(this.#sourceCode, { variable, declaredAt: definition.node.range[1] });
        bindings.push({ name: variable.name, variable, value, initialisation });
      }
    }
    if (this.#resolver.globalParseIsSdk()) {
      const configured = scopeManager.globalScope?.set.get(SDK_OBJECT_NAME);
      bindings.push({ name: SDK_OBJECT_NAME, variable: configured, value: 'Parse', initialisation: undefined });
    }
    // `Parse.Error.X` reads best; `ParseError.X` is the SDK's own style.
    const ordered = bindings
      .sort((a, b) => bindingPreference(a) - bindingPreference(b))
      .map((binding, order): FixBinding => ({ ...binding, order }));
    const byScope = new Map<Scope.Scope, FixBinding[]>();
    let global: FixBinding | undefined;
    for (const binding of ordered) {
      // The implicit global has no variable; a configured one lives in the global scope.
      if (!binding.variable) {
        global = binding;
        continue;
      }
      const list = byScope.get(binding.variable.scope);
      if (list) list.push(binding);
      else byScope.set(binding.variable.scope, [binding]);
    }
    return { byScope, global };
  }
}
