import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope, SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { scopesAtWord, staticPropertyName } from '../ast/index.js';
import { codeText, mentions, nodesNamingInCode } from '../file-text.js';
import type { ParseReferenceResolver } from './parse-reference.js';
import { SDK_OBJECT_NAME, sdkValueOfProperty, type SdkMember, type SdkValue } from './sdk-shape.js';
import { errorClassVariableCandidates } from './sdk-variable-candidates.js';

/** Where a file uses the SDK in a way a rule looks at: `Parse.Error` and the `Parse` of `Parse.Cloud`. */
export interface SdkUses {
  /** `Parse.Error`, `P.Error`, `ParseError`, `_ParseError.default`, and `Parse.Error` spelled with any `Parse`. */
  readonly errorClasses: readonly ErrorClassUse[];
  /** The SDK object of each `Parse.Cloud`: `Parse`, `P`, `_node.default`, and any identifier spelled `Parse`. */
  readonly cloudObjects: readonly SdkObjectUse[];
}

/** The uses of a file that names no SDK. */
export const NO_SDK_USES: SdkUses = Object.freeze({ errorClasses: [], cloudObjects: [] });

/** An expression that is the SDK object, or an identifier spelled `Parse` (the leniency of `sdk-shape.ts`). */
export interface SdkObjectUse {
  readonly node: TSESTree.Node;
  /** False for an identifier spelled `Parse` that is not provably the SDK. */
  readonly resolvesToSdk: boolean;
}

export interface ErrorClassUse {
  readonly node: TSESTree.Node;
  /** False for `Parse.Error` where `Parse` is not provably the SDK (a parameter, a wildcard import's interop object). */
  readonly resolvesToSdk: boolean;
}

/** What an expression holds as a use of the SDK, and whether that is proved or only spelled `Parse`. */
interface HeldValue {
  readonly value: SdkValue;
  readonly resolvesToSdk: boolean;
}

/** The quoted name every import or `require` of the SDK writes: `'parse'`, `"parse/node"`. */
const QUOTED_SDK_MODULE = /['"`]parse[/'"`]/u;

/**
 * False when the file's text shows that it cannot name the SDK: then it needs no analysis at all.
 * Every SDK value comes from the word `Parse` (the global, or any variable so named), an import or
 * `require` of the SDK, or an alias of one.
 */
export function mayNameSdk(sourceCode: Readonly<SourceCode>): boolean {
  return mentions(sourceCode, SDK_OBJECT_NAME) || QUOTED_SDK_MODULE.test(codeText(sourceCode));
}

/**
 * False when the file's text shows that it has no use of the SDK that the search reports: every
 * `Parse.Error` class is reached through a member or a module named `…Error`, and every Cloud Code
 * registration through a member named `Cloud`.
 */
export function mayUseSdkMembers(sourceCode: Readonly<SourceCode>): boolean {
  return (mentions(sourceCode, 'Error') || mentions(sourceCode, 'Cloud')) && mayNameSdk(sourceCode);
}

/**
 * Finds the file's uses of the SDK from where the text names them, so that no listener runs on every
 * member access, `new` and call, and no search follows every reference of `Parse`: the members
 * written `Error` and `Cloud` whose object holds the SDK, and the references of the variables that
 * hold the error class or its module (found forwards, `errorClassVariableCandidates`). Like the
 * resolver's detection, an identifier spelled `Parse` counts whatever it holds.
 */
export function findSdkUses(sourceCode: Readonly<SourceCode>, resolver: ParseReferenceResolver): SdkUses {
  const errorClasses: ErrorClassUse[] = [];
  const cloudObjects: SdkObjectUse[] = [];
  const scopeManager = sourceCode.scopeManager;
  if (!scopeManager) return { errorClasses, cloudObjects };
  const errorMembers = membersNamed(sourceCode, 'Error');
  const cloudMembers = membersNamed(sourceCode, 'Cloud');
  const held = new HeldValues(sourceCode, scopeManager, resolver, [...errorMembers, ...cloudMembers]);
  for (const member of errorMembers) {
    for (const { value, resolvesToSdk } of held.of(member.object)) {
      if (value === 'Parse') errorClasses.push({ node: member, resolvesToSdk });
    }
  }
  if (mentions(sourceCode, 'Error')) {
    for (const variable of errorClassVariableCandidates(sourceCode)) {
      const value = resolver.sdkValueOfVariable(variable);
      if (value !== 'ParseError' && value !== 'ParseErrorModule') continue;
      for (const reference of variable.references) {
        const errorClass = reference.isTypeReference ? undefined : errorClassAt(reference.identifier, value);
        if (errorClass) errorClasses.push({ node: errorClass, resolvesToSdk: true });
      }
    }
  }
  for (const { object } of cloudMembers) {
    for (const { value, resolvesToSdk } of held.of(object)) {
      if (value === 'Parse') cloudObjects.push({ node: object, resolvesToSdk });
    }
  }
  return { errorClasses, cloudObjects };
}

/**
 * True when the file uses the SDK anywhere: reads `Parse` (whatever it is bound to), or a variable
 * that holds the SDK object or its error class, or the `default` of one that holds a module of it.
 */
export function readsSdk(sourceCode: Readonly<SourceCode>, resolver: ParseReferenceResolver): boolean {
  const { scopeManager } = sourceCode;
  const globalScope = scopeManager?.globalScope;
  if (!scopeManager || !globalScope || !mayNameSdk(sourceCode)) return false;
  const isRead = (reference: Scope.Reference): boolean =>
    !reference.isTypeReference && reference.identifier.name === SDK_OBJECT_NAME;
  // The common answers first, before any search: Cloud Code's global, an import named `Parse`.
  if (globalScope.through.some(isRead)) return true;
  if (mentions(sourceCode, SDK_OBJECT_NAME)) {
    for (const scope of scopesAtWord(scopeManager, codeText(sourceCode), SDK_OBJECT_NAME)) {
      if (scope.set.get(SDK_OBJECT_NAME)?.references.some(isRead)) return true;
    }
  }
  // A module's interop object is the SDK only through its `default`.
  return resolver
    .sdkVariables()
    .some(({ variable, value }) =>
      variable.references.some(
        (reference) =>
          !reference.isTypeReference &&
          (value === 'Parse' || value === 'ParseError' || heldMember(reference.identifier, value) !== undefined),
      ),
    );
}

/** The member expressions written `name` (`x.Error`, `x['Cloud']`), found from the text; none when it lacks the word. */
function membersNamed(sourceCode: Readonly<SourceCode>, name: SdkMember): TSESTree.MemberExpression[] {
  return nodesNamingInCode(sourceCode, name).filter((node) => node.type === 'MemberExpression');
}

/**
 * What the objects of some members hold as the SDK-use search sees them: through a variable that
 * provably holds part of the SDK, through the leniency for `Parse` (a `Parse` bound to anything else,
 * or the undeclared global), then through members and TypeScript's non-null and `as` assertions.
 * At most one of an object's values is the SDK object: `Parse.Parse` and `.default` of a module are
 * the only ways to it.
 */
class HeldValues {
  readonly #resolver: ParseReferenceResolver;
  /** The variable each identifier the objects start from reads (undefined: a global the file does not declare). */
  readonly #variables = new Map<TSESTree.Node, Scope.Variable | undefined>();

  /**
   * The variables are read from the references of the variables spelled like the objects' first
   * names, and from the references the file leaves to the globals: one pass over a few lists,
   * not a scope lookup for each object.
   */
  constructor(
    sourceCode: Readonly<SourceCode>,
    scopeManager: Scope.ScopeManager,
    resolver: ParseReferenceResolver,
    members: readonly TSESTree.MemberExpression[],
  ) {
    this.#resolver = resolver;
    const names = new Set<string>();
    for (const { object } of members) {
      const name = firstName(object);
      if (name !== undefined) names.add(name);
    }
    const text = codeText(sourceCode);
    for (const name of names) {
      for (const scope of scopesAtWord(scopeManager, text, name)) {
        const variable = scope.set.get(name);
        for (const reference of variable?.references ?? []) this.#variables.set(reference.identifier, variable);
      }
    }
    for (const reference of scopeManager.globalScope?.through ?? []) {
      if (names.has(reference.identifier.name)) this.#variables.set(reference.identifier, undefined);
    }
  }

  of(node: TSESTree.Node): HeldValue[] {
    switch (node.type) {
      case 'TSNonNullExpression':
      case 'TSAsExpression':
        return this.of(node.expression);
      case 'MemberExpression': {
        const name = staticPropertyName(node);
        return this.of(node.object).flatMap(({ value, resolvesToSdk }) => {
          const member = value === 'ParseError' ? undefined : sdkValueOfProperty(value, name);
          return member === undefined ? [] : [{ value: member, resolvesToSdk }];
        });
      }
      case 'Identifier': {
        // Not a reference the scope manager recorded: not a value read, nothing held.
        if (!this.#variables.has(node)) return [];
        const variable = this.#variables.get(node);
        const spelledParse = node.name === SDK_OBJECT_NAME;
        if (!variable)
          return spelledParse ? [{ value: 'Parse', resolvesToSdk: this.#resolver.globalParseIsSdk() }] : [];
        const value = this.#resolver.sdkValueOfVariable(variable);
        const held: HeldValue[] = value === undefined ? [] : [{ value, resolvesToSdk: true }];
        if (spelledParse && value !== 'Parse') held.push({ value: 'Parse', resolvesToSdk: false });
        return held;
      }
      default:
        return [];
    }
  }
}

/** The identifier an object expression starts from: `_node` of `(_node.default as any)`. */
function firstName(node: TSESTree.Node): string | undefined {
  let current = node;
  for (;;) {
    if (current.type === 'TSNonNullExpression' || current.type === 'TSAsExpression') current = current.expression;
    else if (current.type === 'MemberExpression') current = current.object;
    else return current.type === 'Identifier' ? current.name : undefined;
  }
}

/**
 * The error class a reference of a variable holding `value` is, or reaches through the module's
 * `default` (`_ParseError.default`), past TypeScript's non-null and `as` assertions.
 */
function errorClassAt(identifier: TSESTree.Node, value: SdkValue): TSESTree.Node | undefined {
  if (value === 'ParseError') return identifier;
  const member = outerMember(identifier);
  return member && sdkValueOfProperty(value, staticPropertyName(member)) === 'ParseError' ? member : undefined;
}

/** What the member read of a reference of a variable holding `value` holds (`_node.default`). */
function heldMember(identifier: TSESTree.Node, value: SdkValue): SdkValue | undefined {
  const member = outerMember(identifier);
  return member && sdkValueOfProperty(value, staticPropertyName(member));
}

/** The member expression whose object is `node`, past TypeScript's non-null and `as` assertions. */
function outerMember(node: TSESTree.Node): TSESTree.MemberExpression | undefined {
  let current = node;
  while (current.parent?.type === 'TSNonNullExpression' || current.parent?.type === 'TSAsExpression') {
    current = current.parent;
  }
  const parent = current.parent;
  return parent?.type === 'MemberExpression' && parent.object === current ? parent : undefined;
}
