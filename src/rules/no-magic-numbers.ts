import { entriesFor, fixConstantFor, isAmbiguous } from '../data/index.js';
import {
  assertCodeOptions,
  CHECK_TYPES_SCHEMA,
  CODE_OPTION_SCHEMA,
  constantFixSafety,
  createRule,
  defineErrorCodeVisitor,
  fixOrSuggest,
  mentionEntryPoints,
  mentionEveryCurrentMeaning,
  mentionMeanings,
  parseErrorConstantTextAt,
  replaceCodeWith,
  sdkImportOf,
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
  | 'magicSharedCode'
  | 'magicCodeWithoutParse'
  | 'magicCodeWithNamespaceImport'
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
            items: CODE_OPTION_SCHEMA,
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
      magicSharedCode: "Magic error code {{code}} ({{meanings}}). Use {{replacement}}, the SDK's name for {{every}}.",
      magicCodeWithoutParse:
        'Magic error code {{code}} ({{meanings}}). Import Parse from {{modules}} and use Parse.Error.{{constant}}.',
      magicCodeWithNamespaceImport:
        "Magic error code {{code}} ({{meanings}}). Use Parse.Error.{{constant}} through `import Parse from '{{module}}'`: in native ESM a namespace import of the CommonJS SDK has no `Error`.",
      magicCodeWithMisleadingConstant:
        'Magic error code {{code}} ({{meanings}}). Parse.Error.{{constant}} has this value but names another error; use a named constant of your own.',
      magicCodeWithoutConstant:
        'Magic error code {{code}} ({{meanings}}) has no Parse.Error constant. Use a named constant of your own.',
      // suggestions
      replaceWithConstant: 'Replace {{code}} with {{replacement}}.',
    },
  },
  create(context, [{ allow, assertions, checkTypes }]) {
    assertCodeOptions('parse-error-codes/no-magic-numbers', allow);
    const allowed = new Set(allow);

    return defineErrorCodeVisitor(context, {
      checkTypes,
      onSite({ kind, value }) {
        if (value.type !== 'number' || allowed.has(value.code) || (kind === 'assertion' && assertions === false))
          return;
        const entries = entriesFor(value.code);
        if (entries.length === 0) return;
        const code = String(value.code);
        const meanings = mentionMeanings(value.code);
        const node = value.node;

        const constant = fixConstantFor(value.code);
        if (constant === undefined) {
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
        const suggestion = {
          messageId: 'replaceWithConstant',
          data: { code, replacement },
          fix: replaceCodeWith(context.sourceCode, node, replacement),
        } as const;
        if (writable === undefined) {
          // No binding in scope: the reader must import one first.
          const sdkImport = sdkImportOf(context);
          context.report({
            node,
            ...(sdkImport?.namespace === true
              ? {
                  messageId: 'magicCodeWithNamespaceImport',
                  data: { code, meanings, constant, module: sdkImport.module },
                }
              : {
                  messageId: 'magicCodeWithoutParse',
                  data: { code, meanings, constant, modules: mentionEntryPoints(sdkImport) },
                }),
            ...fixOrSuggest('suggest', suggestion),
          });
          return;
        }
        const safety = constantFixSafety(context.sourceCode, node);
        context.report({
          node,
          ...(isAmbiguous(value.code)
            ? {
                messageId: 'magicSharedCode',
                data: { code, meanings, replacement, every: mentionEveryCurrentMeaning(value.code) },
              }
            : { messageId: 'magicCode', data: { code, meanings, replacement } }),
          ...fixOrSuggest(safety, suggestion),
        });
      },
    });
  },
});
