import { entriesFor, entryForSdkConstant, fixConstantFor, isAmbiguous, sdkConstantFor } from '../data/index.js';
import {
  CHECK_TYPES_SCHEMA,
  createRule,
  defineErrorCodeVisitor,
  fixOrSuggest,
  mentionMeanings,
  parseErrorConstantTextAt,
  replaceCodeWith,
} from '../utils/index.js';

export type Options = [
  {
    allow?: number[];
    assertions?: boolean;
    checkTypes?: boolean;
  },
];

export type MessageIds =
  | 'magicCode'
  | 'magicCodeWithoutParse'
  | 'magicSharedCode'
  | 'magicCodeWithMisleadingConstant'
  | 'magicCodeWithoutConstant'
  | 'replaceWithConstant';

export default createRule<Options, MessageIds>({
  name: 'no-magic-numbers',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow numeric Parse error codes where a named constant says what they mean',
      recommended: true,
    },
    fixable: 'code',
    // The suggestions come through fixOrSuggest, where this lint rule cannot see them.
    // eslint-disable-next-line eslint-plugin/require-meta-has-suggestions
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          allow: {
            type: 'array',
            items: { type: 'number' },
            uniqueItems: true,
            description: 'Error codes never to report.',
          },
          assertions: {
            type: 'boolean',
            description: 'Whether to report codes in test assertions such as `expect(e.code).toBe(101)`.',
          },
          checkTypes: CHECK_TYPES_SCHEMA,
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allow: [], assertions: true, checkTypes: false }],
    messages: {
      magicCode: 'Magic error code {{code}} ({{meanings}}). Use {{replacement}}.',
      magicCodeWithoutParse:
        "Magic error code {{code}} ({{meanings}}). Use Parse.Error.{{constant}}; no SDK `Parse` is in scope here, so import it (`import Parse from 'parse/node'`).",
      magicSharedCode:
        'Magic error code {{code}} ({{meanings}}). Several errors share it, so it is not fixed: use {{replacement}} where it means {{constantMeaning}}.',
      magicCodeWithMisleadingConstant:
        'Magic error code {{code}} ({{meanings}}). Parse.Error.{{constant}} has this value but names another error; use a named constant of your own.',
      magicCodeWithoutConstant:
        'Magic error code {{code}} ({{meanings}}) has no Parse.Error constant. Use a named constant of your own.',
      // suggestions
      replaceWithConstant: 'Replace {{code}} with {{replacement}}.',
    },
  },
  create(context, [{ allow, assertions, checkTypes }]) {
    const allowed = new Set(allow);

    return defineErrorCodeVisitor(context, {
      checkTypes,
      onSite({ kind, value }) {
        if (value.type !== 'number' || allowed.has(value.code) || (kind === 'assertion' && assertions === false)) return;
        const entries = entriesFor(value.code);
        if (entries.length === 0) return;
        const code = String(value.code);
        const meanings = mentionMeanings(value.code);
        const node = value.node;

        const constant = fixConstantFor(value.code);
        if (constant === undefined) {
          const sharedConstant = isAmbiguous(value.code) ? sdkConstantFor(value.code) : undefined;
          if (sharedConstant !== undefined) {
            // The constant names one of the meanings; only a person can tell whether it is this one.
            const replacement = parseErrorConstantTextAt(context, node, sharedConstant) ?? `Parse.Error.${sharedConstant}`;
            context.report({
              node,
              messageId: 'magicSharedCode',
              data: { code, meanings, replacement, constantMeaning: entryForSdkConstant(sharedConstant)?.meaning ?? sharedConstant },
              ...fixOrSuggest('suggest', { messageId: 'replaceWithConstant', data: { code, replacement }, fix: replaceCodeWith(node, replacement) }),
            });
            return;
          }
          const misleadingConstant = entries.find((entry) => entry.misleadingSdkName)?.sdkConstant;
          if (misleadingConstant === undefined) {
            context.report({ node, messageId: 'magicCodeWithoutConstant', data: { code, meanings } });
          } else {
            context.report({
              node,
              messageId: 'magicCodeWithMisleadingConstant',
              data: { code, meanings, constant: misleadingConstant },
            });
          }
          return;
        }

        const writable = parseErrorConstantTextAt(context, node, constant);
        const replacement = writable ?? `Parse.Error.${constant}`;
        // No binding in scope: the reader must import one first. `- /* why */ 1` would lose its
        // comment: a person applies that one.
        const safety = writable === undefined || context.sourceCode.getCommentsInside(node).length > 0 ? 'suggest' : 'fix';
        context.report({
          node,
          ...(writable === undefined
            ? { messageId: 'magicCodeWithoutParse', data: { code, meanings, constant } }
            : { messageId: 'magicCode', data: { code, meanings, replacement } }),
          ...fixOrSuggest(safety, { messageId: 'replaceWithConstant', data: { code, replacement }, fix: replaceCodeWith(node, replacement) }),
        });
      },
    });
  },
});
