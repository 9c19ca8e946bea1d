import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope, SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { staticPropertyName } from '../ast/index.js';
import { codeText, mentions } from '../file-text.js';
import type { ParseReferenceResolver } from './parse-reference.js';
import { SDK_OBJECT_NAME, sdkValueOfProperty, type SdkValue } from './sdk-shape.js';

/** Where a file names the SDK: the expressions a rule about `Parse.Error` or `Parse.Cloud` starts from. */
export interface SdkUses {
  /** `Parse.Error`, `P.Error`, `ParseError`, `_ParseError.default`, and `Parse.Error` spelled with any `Parse`. */
  readonly errorClasses: readonly ErrorClassUse[];
  /** `Parse`, `P`, `_node.default`, and any identifier spelled `Parse`. */
  readonly sdkObjects: readonly SdkObjectUse[];
}

/** The uses of a file that names no SDK. */
export const NO_SDK_USES: SdkUses = Object.freeze({ errorClasses: [], sdkObjects: [] });

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

interface FoundSdkUses {
  readonly errorClasses: ErrorClassUse[];
  readonly sdkObjects: SdkObjectUse[];
}

/**
 * Every file that names the SDK has one of these words: `Parse`, or `parse` of a quoted module name
 * (`mayNameSdk`).
 */
export const SDK_WORDS: readonly string[] = [SDK_OBJECT_NAME, 'parse'];

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
 * Finds the file's uses of the SDK from the variables that hold it and their references
 * (eslint-utils' `ReferenceTracker` idea), so that no listener runs on every member access, `new`
 * and call. Like the resolver's detection, a variable spelled `Parse` counts whatever it holds.
 */
export function findSdkUses(sourceCode: Readonly<SourceCode>, resolver: ParseReferenceResolver): SdkUses {
  const uses: FoundSdkUses = { errorClasses: [], sdkObjects: [] };
  const scopeManager = sourceCode.scopeManager;
  if (!scopeManager) return uses;
  const sdkObjects = new Set<Scope.Variable>();
  for (const { variable, value } of resolver.sdkVariables()) {
    addReferences(uses, variable, value, true);
    if (value === 'Parse') sdkObjects.add(variable);
  }
  // A variable spelled `Parse` is taken for the SDK object too, whatever it holds (a parameter, the
  // interop object of a Babel wildcard import): `Parse.Error.X` then reads the error class.
  for (const variable of resolver.candidateVariables()) {
    if (variable.name === SDK_OBJECT_NAME && !sdkObjects.has(variable)) addReferences(uses, variable, 'Parse', false);
  }
  const globalParseIsSdk = resolver.globalParseIsSdk();
  for (const reference of scopeManager.globalScope?.through ?? []) {
    if (reference.identifier.name === SDK_OBJECT_NAME && !reference.isTypeReference)
      addUse(uses, reference.identifier, 'Parse', globalParseIsSdk);
  }
  return uses;
}

function addReferences(uses: FoundSdkUses, variable: Scope.Variable, value: SdkValue, resolvesToSdk: boolean): void {
  for (const reference of variable.references) {
    if (!reference.isTypeReference) addUse(uses, reference.identifier, value, resolvesToSdk);
  }
}

/** Records `node`, which holds `value`, and the members of it that are the SDK too (`Parse.Error`). */
function addUse(uses: FoundSdkUses, start: TSESTree.Node, startValue: SdkValue, resolvesToSdk: boolean): void {
  let node = start;
  let value: SdkValue | undefined = startValue;
  for (;;) {
    if (value === 'ParseError') {
      uses.errorClasses.push({ node, resolvesToSdk });
      return;
    }
    if (value === 'Parse') uses.sdkObjects.push({ node, resolvesToSdk });
    const parent: TSESTree.Node = node.parent as TSESTree.Node;
    if (parent.type === 'TSNonNullExpression' || parent.type === 'TSAsExpression') {
      node = parent;
    } else if (parent.type === 'MemberExpression' && parent.object === node) {
      value = sdkValueOfProperty(value, staticPropertyName(parent));
      if (value === undefined) return;
      node = parent;
    } else {
      return;
    }
  }
}
