import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';

import { staticPropertyName } from '../ast/index.js';

/**
 * The shape of the Parse SDK as the analysis knows it (its modules, their imports and members): one table that the resolver
 * (`parse-reference.ts`), the SDK-use search (`sdk-uses.ts`), the site finder and the Cloud Code
 * collector consult, so that what counts as the SDK is decided in one place.
 */

/**
 * What an expression evaluates to, as far as the Parse SDK goes:
 * - `Parse`: the SDK object (`import Parse from 'parse/node'`, the Cloud Code global);
 * - `ParseError`: the `Parse.Error` class;
 * - `ParseModule` / `ParseErrorModule`: a CommonJS interop object whose `.default` is one of those
 *   (`_interopRequireDefault(require("./ParseError"))`, as in the SDK's and Parse Server's build output).
 */
export type SdkValue = 'Parse' | 'ParseError' | 'ParseModule' | 'ParseErrorModule';

/** The members of the SDK object the rules look at: `Parse.Error`, `Parse.Cloud`, `Parse.File`, … */
export type SdkMember = 'Error' | 'Cloud' | 'File' | 'Config' | 'User' | 'Query' | 'Object';

/**
 * The name the leniency of detection goes by: an identifier spelled `Parse` counts as the SDK object
 * whatever it is bound to (`function (Parse) { new Parse.Error(…) }`), because code that names its
 * SDK `Parse` means the SDK. Fixes never rely on it.
 */
export const SDK_OBJECT_NAME = 'Parse';

/** What `object.property` is, for an `object` that is part of the SDK. */
export function sdkValueOfProperty(object: SdkValue | undefined, property: string | undefined): SdkValue | undefined {
  switch (object) {
    case 'Parse':
      // `Parse.Parse` is the SDK again (`require('parse/node').Parse`).
      if (property === 'Parse') return 'Parse';
      return property === 'Error' ? 'ParseError' : undefined;
    case 'ParseModule':
      return property === 'default' ? 'Parse' : undefined;
    case 'ParseErrorModule':
      return property === 'default' ? 'ParseError' : undefined;
    default:
      return undefined;
  }
}

/** An identifier spelled `Parse`, whatever it is bound to: the leniency of detection. */
export function spellsSdkObject(node: TSESTree.Node): boolean {
  return node.type === 'Identifier' && node.name === SDK_OBJECT_NAME;
}

/** `Parse.<member>` as written, whatever `Parse` is bound to (`Parse.Error`, `Parse.File`). */
export function spellsSdkMember(node: TSESTree.Node, member: SdkMember): boolean {
  return node.type === 'MemberExpression' && staticPropertyName(node) === member && spellsSdkObject(node.object);
}

export const PARSE_MODULES = new Set(['parse', 'parse/node', 'parse/react-native', 'parse/weapp']);
/** The SDK's entry points a file without one is told to import `Parse` from. */
export const SDK_ENTRY_POINTS: readonly string[] = ['parse', 'parse/node', 'parse/react-native'];
const PARSE_ERROR_MODULE = /^\.{1,2}\/(?:.*\/)?ParseError(?:\.[cm]?[jt]s)?$/u;
/** The CommonJS interop helpers of TypeScript and Babel output, whose result the resolver follows. */
export const INTEROP_HELPERS = new Set([
  '_interopRequireDefault',
  '__importDefault',
  '_interopRequireWildcard',
  '__importStar',
]);

export function sdkValueOfModule(source: string): SdkValue | undefined {
  if (PARSE_MODULES.has(source)) return 'Parse';
  if (PARSE_ERROR_MODULE.test(source)) return 'ParseErrorModule';
  return undefined;
}

export function sdkValueOfImport(
  node: TSESTree.ImportClause | TSESTree.TSImportEqualsDeclaration,
): SdkValue | 'ParseNamespace' | undefined {
  if (node.type === 'TSImportEqualsDeclaration') {
    if (node.importKind === 'type' || node.moduleReference.type !== 'TSExternalModuleReference') return undefined;
    return sdkValueOfModule(node.moduleReference.expression.value);
  }
  const declaration = node.parent;
  if (declaration.type !== 'ImportDeclaration' || declaration.importKind === 'type') return undefined;
  const moduleValue = sdkValueOfModule(declaration.source.value);
  switch (node.type) {
    case 'ImportDefaultSpecifier':
      return moduleValue === 'ParseErrorModule' ? 'ParseError' : moduleValue;
    case 'ImportNamespaceSpecifier':
      // Node's ESM namespace of the CommonJS SDK has no `Error`: the SDK only if the file says so.
      return moduleValue === 'Parse' ? 'ParseNamespace' : undefined;
    case 'ImportSpecifier': {
      if (node.importKind === 'type') return undefined;
      const imported = node.imported.type === 'Identifier' ? node.imported.name : node.imported.value;
      if (imported === 'default') return moduleValue === 'ParseErrorModule' ? 'ParseError' : moduleValue;
      return sdkValueOfProperty(moduleValue, imported);
    }
  }
}

/**
 * True when the file reads a member of the variable other than `default` as a value
 * (`Parse.Error.X`, `Parse.initialize(…)`, `new Parse.Query(…)`): then the build that runs the file
 * (TypeScript's or Babel's CommonJS output, a bundler) gives its namespace import the SDK's members.
 * In native Node ESM the namespace of the CommonJS SDK has only `default`.
 */
export function readsSdkMember(variable: Scope.Variable): boolean {
  return variable.references.some((reference) => {
    if (reference.isTypeReference) return false;
    const member = reference.identifier.parent;
    if (member.type !== 'MemberExpression' || member.object !== reference.identifier) return false;
    const name = staticPropertyName(member);
    if (name === undefined || name === 'default') return false;
    return !(member.parent.type === 'AssignmentExpression' && member.parent.left === member);
  });
}
