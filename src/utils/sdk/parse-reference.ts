import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope, SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { findVariable, isNeverReassigned, requiredModule, soleDefinition, staticPropertyName } from '../ast/index.js';
import {
  INTEROP_HELPERS,
  readsSdkMember,
  SDK_OBJECT_NAME,
  sdkValueOfImport,
  sdkValueOfModule,
  sdkValueOfProperty,
  spellsSdkMember,
  type SdkValue,
} from './sdk-shape.js';
import { sdkVariableCandidates } from './sdk-variable-candidates.js';

export { sdkValueOfProperty, type SdkValue } from './sdk-shape.js';

/** Aliases are followed this far; deeper chains are not worth the lookups. */
const MAX_ALIAS_DEPTH = 4;

/**
 * Resolves what identifiers and member chains denote in one file. Results are cached per
 * variable, so a file pays for each binding once however many error codes it has.
 */
export class ParseReferenceResolver {
  readonly #sourceCode: Readonly<SourceCode>;
  readonly #variableValues = new Map<Scope.Variable, SdkValue | undefined>();
  /** How often a lookup stopped at `MAX_ALIAS_DEPTH`: a result reached through such a stop holds for that depth only. */
  #depthLimitStops = 0;
  #candidateVariables: readonly Scope.Variable[] | undefined;
  #aliasCandidateNames: ReadonlySet<string> | undefined;
  #sdkVariables: readonly SdkVariable[] | undefined;
  #globalParseIsSdk: boolean | undefined;

  constructor(sourceCode: Readonly<SourceCode>) {
    this.#sourceCode = sourceCode;
  }

  /** What `node` evaluates to, when that is provably part of the Parse SDK. */
  sdkValueOf(node: TSESTree.Node, depth = 0): SdkValue | undefined {
    if (depth > MAX_ALIAS_DEPTH) {
      this.#depthLimitStops++;
      return undefined;
    }
    switch (node.type) {
      case 'Identifier': {
        // Only `Parse` itself and names declared from an import or an initializer can be the SDK;
        // `new Error(msg)` and `new Map(entries)` end here, before any scope lookup.
        if (node.name !== SDK_OBJECT_NAME && !this.#getAliasCandidateNames().has(node.name)) return undefined;
        const variable = findVariable(this.#sourceCode.getScope(node), node.name);
        if (!variable) return node.name === SDK_OBJECT_NAME && this.globalParseIsSdk() ? 'Parse' : undefined;
        // An alias's initializer runs when it is declared: a variable declared after it is not
        // initialized yet then (`var P = Parse; var Parse = require('parse/node')` leaves P undefined).
        if (depth > 0 && isDeclaredAfter(variable, node)) return undefined;
        return this.#sdkValueOfVariable(variable, depth);
      }
      case 'MemberExpression':
        return sdkValueOfProperty(this.sdkValueOf(node.object, depth + 1), staticPropertyName(node));
      case 'CallExpression': {
        const moduleName = requiredModule(node);
        if (moduleName !== undefined) return sdkValueOfModule(moduleName);
        const [argument] = node.arguments;
        if (node.callee.type === 'Identifier' && INTEROP_HELPERS.has(node.callee.name) && argument) {
          const wrapped = this.sdkValueOf(argument, depth + 1);
          return wrapped === 'Parse' ? 'ParseModule' : wrapped;
        }
        return undefined;
      }
      case 'ChainExpression':
      case 'TSNonNullExpression':
      case 'TSAsExpression':
        return this.sdkValueOf(node.expression, depth + 1);
      default:
        return undefined;
    }
  }

  /**
   * True when `node` names the `Parse.Error` class. Detection is lenient about one thing only: an
   * identifier spelled `Parse` counts whatever it is bound to (`function (Parse) { new Parse.Error(…) }`),
   * because code that names its SDK `Parse` means the SDK. Fixes never rely on that leniency.
   */
  isParseErrorClass(node: TSESTree.Node): boolean {
    return this.sdkValueOf(node) === 'ParseError' || spellsParseError(node);
  }

  /**
   * True when `node` is provably the SDK's `Parse.Error` class: through an SDK binding or the Cloud
   * Code global `Parse` (configured, or undeclared), without the leniency of `isParseErrorClass`.
   */
  isSdkErrorClass(node: TSESTree.Node): boolean {
    return this.sdkValueOf(node) === 'ParseError';
  }

  /**
   * True when the file's global `Parse` is the Cloud Code global: configured as a global, or read
   * as a value where it is undeclared; never when the file assigns it (`Parse = require('papaparse')`),
   * and not from a type-only mention (`type T = typeof Parse.Error`).
   */
  globalParseIsSdk(): boolean {
    this.#globalParseIsSdk ??= this.#computeGlobalParseIsSdk();
    return this.#globalParseIsSdk;
  }

  #computeGlobalParseIsSdk(): boolean {
    const globalScope = this.#sourceCode.scopeManager?.globalScope;
    if (!globalScope) return false;
    const configured = globalScope.set.get(SDK_OBJECT_NAME);
    if (configured) return configured.defs.length === 0 && isNeverReassigned(configured);
    let read = false;
    for (const reference of globalScope.through) {
      if (reference.identifier.name !== SDK_OBJECT_NAME || reference.isTypeReference) continue;
      if (reference.isWrite()) return false;
      if (!isInTypeQuery(reference.identifier)) read = true;
    }
    return read;
  }

  /** What `variable` holds, when that is provably part of the Parse SDK. */
  sdkValueOfVariable(variable: Scope.Variable): SdkValue | undefined {
    return this.#sdkValueOfVariable(variable, 0);
  }

  #sdkValueOfVariable(variable: Scope.Variable, depth: number): SdkValue | undefined {
    if (this.#variableValues.has(variable)) return this.#variableValues.get(variable);
    // Marks the variable while resolving it, so that `const a = b, b = a` ends.
    this.#variableValues.set(variable, undefined);
    const stopsBefore = this.#depthLimitStops;
    const value = this.#computeVariableValue(variable, depth);
    // A result cut short would answer differently at a shallower depth: never cache it.
    if (this.#depthLimitStops === stopsBefore) this.#variableValues.set(variable, value);
    else this.#variableValues.delete(variable);
    return value;
  }

  #computeVariableValue(variable: Scope.Variable, depth: number): SdkValue | undefined {
    if (variable.defs.length === 0) {
      // A global from the configuration (`languageOptions.globals`), unless the file assigns it.
      return variable.name === SDK_OBJECT_NAME && isNeverReassigned(variable) ? 'Parse' : undefined;
    }
    const definition = soleDefinition(variable);
    if (!definition || !isNeverReassigned(variable)) return undefined;
    if (definition.type === 'ImportBinding') {
      const value = sdkValueOfImport(definition.node);
      return value === 'ParseNamespace' ? (readsSdkMember(variable) ? 'Parse' : undefined) : value;
    }
    if (definition.type !== 'Variable') return undefined;
    const declarator = definition.node;
    if (!declarator.init || !isAlwaysInitialized(declarator.parent)) return undefined;
    const initValue = this.sdkValueOf(declarator.init, depth + 1);
    if (declarator.id.type === 'Identifier') return initValue;
    // `const { Parse } = require('parse/node')`, `const { Error: ParseError } = Parse`.
    const property = definition.name.parent;
    if (property.type === 'Property' && property.value === definition.name && property.parent === declarator.id) {
      return sdkValueOfProperty(initValue, staticPropertyName(property));
    }
    return undefined;
  }

  /**
   * The variables of the file that can hold the SDK, every variable spelled `Parse` among them, in
   * the order of their declarations; found once (`sdkVariableCandidates`).
   */
  candidateVariables(): readonly Scope.Variable[] {
    this.#candidateVariables ??= sdkVariableCandidates(this.#sourceCode);
    return this.#candidateVariables;
  }

  /** The names of the variables that can hold the SDK: a name none of them has needs no scope lookup. */
  #getAliasCandidateNames(): ReadonlySet<string> {
    this.#aliasCandidateNames ??= new Set(this.candidateVariables().map((variable) => variable.name));
    return this.#aliasCandidateNames;
  }

  /** The variables of the file that hold part of the SDK, with what they hold; resolved once. */
  sdkVariables(): readonly SdkVariable[] {
    this.#sdkVariables ??= this.candidateVariables().flatMap((variable) => {
      const value = this.#sdkValueOfVariable(variable, 0);
      return value === undefined ? [] : [{ variable, value }];
    });
    return this.#sdkVariables;
  }
}

/** A variable of the file and the part of the SDK it holds. */
export interface SdkVariable {
  readonly variable: Scope.Variable;
  readonly value: SdkValue;
}

/** `Parse.Error` as written, whatever `Parse` is bound to. */
export function spellsParseError(node: TSESTree.Node): boolean {
  return spellsSdkMember(node, 'Error');
}

function isDeclaredAfter(variable: Scope.Variable, reference: TSESTree.Node): boolean {
  const definition = soleDefinition(variable);
  return definition?.type === 'Variable' && definition.node.range[1] > reference.range[0];
}

/**
 * False for a `var` inside a block or a loop, whose initializer may never run:
 * `if (server) { var Parse = require('parse/node'); }` leaves Parse undefined elsewhere.
 */
function isAlwaysInitialized(declaration: TSESTree.VariableDeclaration): boolean {
  if (declaration.kind !== 'var') return true;
  let container: TSESTree.Node = declaration.parent;
  if (container.type === 'ExportNamedDeclaration') container = container.parent;
  if (container.type === 'Program') return true;
  return (
    container.type === 'BlockStatement' &&
    (container.parent.type === 'FunctionDeclaration' ||
      container.parent.type === 'FunctionExpression' ||
      container.parent.type === 'ArrowFunctionExpression')
  );
}

/** True for `typeof Parse.Error` in a type: a mention that reads nothing at run time. */
function isInTypeQuery(identifier: TSESTree.Node): boolean {
  let node = identifier;
  while (node.parent?.type === 'TSQualifiedName') node = node.parent;
  return node.parent?.type === 'TSTypeQuery';
}
