import type { TSESTree } from '@typescript-eslint/utils';

import { staticPropertyName } from '../ast/index.js';

/**
 * The shape of the Parse SDK as the analysis knows it: one table that the resolver
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
