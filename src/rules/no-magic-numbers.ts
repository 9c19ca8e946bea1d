import { entriesFor, fixConstantFor, isAmbiguous, isNeverSent } from '../data/index.js';
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
  parseImportEditAt,
  replaceCodeWith,
  sdkImportOf,
  SITE_WORDS,
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
  | 'magicCodeWithHiddenParse'
  | 'magicCodeBeforeParse'
  | 'replaceWithConstant'
  | 'importParseAndReplace';

export default createRule<Options, MessageIds>({
  name: 'no-magic-numbers',
  // Every site is written with one of `SITE_WORDS`.
  wordsReportsNeed: [SITE_WORDS],
  meta: {
    type: 'suggestion',
    languages: ['js/js'],
    docs: {
      description: 'Disallow numeric Parse error codes where a named constant says what they mean',
      recommended: true,
    },
    fixable: 'code',
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
        'Magic error code {{code}}. Import Parse from {{modules}} and use Parse.Error.{{constant}}.',
      magicCodeWithNamespaceImport:
        'Magic error code {{code}}. Use Parse.Error.{{constant}} through a default import: `import * as Parse` has no `Error` in native ESM.',
      magicCodeWithMisleadingConstant:
        'Magic error code {{code}} ({{meanings}}). Parse.Error.{{constant}} names another error; use a constant of your own.',
      magicCodeWithoutConstant:
        'Magic error code {{code}} ({{meanings}}) has no Parse.Error constant. Use a named constant of your own.',
      magicCodeWithHiddenParse:
        'Magic error code {{code}} ({{meanings}}). Use Parse.Error.{{constant}} if the local `Parse` here is the SDK.',
      magicCodeBeforeParse:
        'Magic error code {{code}} ({{meanings}}). Use Parse.Error.{{constant}} where Parse is initialised before this runs.',
      // suggestions
      replaceWithConstant: 'Replace {{code}} with {{replacement}}.',
      importParseAndReplace: "Import Parse from '{{module}}' and replace {{code}} with {{replacement}}.",
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
          // No SDK binding in scope: the reader must import one first. Where the file imports the
          // SDK without a usable `Parse`, the suggestion adds it to that import.
          const importEdit = parseImportEditAt(context, node);
          if (importEdit?.kind === 'hidden' || importEdit?.kind === 'uninitialised') {
            // `function f(Parse)`: often the SDK passed in, and the suggestion names that parameter.
            // The SDK's own binding, read before it is initialised: the person moves the code or the binding.
            context.report({
              node,
              messageId: importEdit.kind === 'hidden' ? 'magicCodeWithHiddenParse' : 'magicCodeBeforeParse',
              data: { code, meanings, constant },
              suggest: [suggestion],
            });
            return;
          }
          const sdkImport = sdkImportOf(context);
          context.report({
            node,
            ...(sdkImport?.namespace === true
              ? {
                  messageId: 'magicCodeWithNamespaceImport',
                  data: { code, constant },
                }
              : {
                  messageId: 'magicCodeWithoutParse',
                  data: { code, constant, modules: mentionEntryPoints(sdkImport) },
                }),
            suggest: [
              importEdit === undefined
                ? suggestion
                : {
                    messageId: 'importParseAndReplace',
                    data: { code, replacement, module: importEdit.module },
                    fix: (fixer) => [importEdit.edit(fixer), suggestion.fix(fixer)],
                  },
            ],
          });
          return;
        }
        // A number Parse never sends is as likely another library's code (MongoDB's 251, a transaction
        // to retry, in parse-server's own batch.js): naming it Parse's is for a person to decide.
        const safety = isNeverSent(value.code) ? 'suggest' : constantFixSafety(context.sourceCode, node);
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
