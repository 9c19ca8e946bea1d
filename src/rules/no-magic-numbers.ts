import { entriesFor, entryForSdkConstant, isAmbiguous, meaningsToName, sdkConstantFor } from '../data/index.js';
import {
  CHECK_TYPES_SCHEMA,
  createRule,
  defineErrorCodeVisitor,
  formatMeanings,
  getFileAnalysis,
  replaceCodeWith,
} from '../utils/index.js';

export type Options = [
  {
    ignore?: number[];
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
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          ignore: {
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
    defaultOptions: [{ ignore: [], assertions: true, checkTypes: false }],
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
  create(context, [{ ignore, assertions, checkTypes }]) {
    const ignored = new Set(ignore);
    const { resolver } = getFileAnalysis(context.sourceCode);

    return defineErrorCodeVisitor(context, {
      checkTypes,
      onSite({ kind, value }) {
        if (value.type !== 'number' || ignored.has(value.code) || (kind === 'assertion' && assertions === false)) return;
        const entries = entriesFor(value.code);
        if (entries.length === 0) return;
        const code = String(value.code);
        const meanings = formatMeanings(meaningsToName(value.code));
        const constant = sdkConstantFor(value.code);

        if (constant === undefined) {
          const misleadingConstant = entries.find((entry) => entry.sdkNameOnly)?.sdkConstant;
          if (misleadingConstant === undefined) {
            context.report({ node: value.node, messageId: 'magicCodeWithoutConstant', data: { code, meanings } });
          } else {
            context.report({
              node: value.node,
              messageId: 'magicCodeWithMisleadingConstant',
              data: { code, meanings, constant: misleadingConstant },
            });
          }
          return;
        }

        const classText = resolver.parseErrorClassTextAt(value.node);
        if (isAmbiguous(value.code)) {
          // The constant names one of the meanings; only a person can tell whether it is this one.
          const replacement = `${classText ?? 'Parse.Error'}.${constant}`;
          context.report({
            node: value.node,
            messageId: 'magicSharedCode',
            data: { code, meanings, replacement, constantMeaning: entryForSdkConstant(constant)?.meaning ?? constant },
            suggest: [
              {
                messageId: 'replaceWithConstant',
                data: { code, replacement },
                fix: replaceCodeWith(value.node, replacement),
              },
            ],
          });
          return;
        }
        if (classText === undefined) {
          const replacement = `Parse.Error.${constant}`;
          context.report({
            node: value.node,
            messageId: 'magicCodeWithoutParse',
            data: { code, meanings, constant },
            suggest: [
              {
                messageId: 'replaceWithConstant',
                data: { code, replacement },
                fix: replaceCodeWith(value.node, replacement),
              },
            ],
          });
          return;
        }

        const replacement = `${classText}.${constant}`;
        const fix = replaceCodeWith(value.node, replacement);
        // `- /* why */ 1` would lose its comment: a person applies that one.
        const keepsComments = context.sourceCode.getCommentsInside(value.node).length === 0;
        context.report({
          node: value.node,
          messageId: 'magicCode',
          data: { code, meanings, replacement },
          ...(keepsComments
            ? { fix }
            : { suggest: [{ messageId: 'replaceWithConstant', data: { code, replacement }, fix }] }),
        });
      },
    });
  },
});
