import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import {
  codeAndMessageOf,
  createRule,
  defineErrorCodeVisitor,
  hasCodeProperty,
  mentionCode,
  parseErrorClassTextAt,
  plainErrorWithCode,
  replaceKeepingTokenBoundaries,
  skipExpressionWrappers,
  type PlainErrorWithCode,
  writtenCodeOf,
} from '../utils/index.js';

export type MessageIds =
  | 'plainErrorObject'
  | 'plainErrorObjectInJob'
  | 'plainErrorWithCode'
  | 'responseErrorWithCode'
  | 'useParseError'
  | 'wrapInParseError';

export default createRule<[], MessageIds>({
  name: 'no-plain-error-objects',
  // Every Cloud Code handler is registered through a member named `Cloud` (`Parse.Cloud.define`).
  wordsReportsNeed: [['Cloud']],
  meta: {
    type: 'problem',
    languages: ['js/js'],
    docs: {
      description: 'Disallow throwing plain `{ code }` objects from Cloud Code',
      recommended: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      plainErrorObject:
        'Parse Server drops the code of a plain object: the client gets {{defaultCode}} instead. Use new Parse.Error(code, message).',
      plainErrorObjectInJob:
        "A job's status keeps no code, and no message of a plain object. Throw new Parse.Error(code, message) to keep the message.",
      plainErrorWithCode:
        "Parse Server keeps only a Parse.Error's code: the client gets {{defaultCode}} and this Error's message. Use new Parse.Error(code, message).",
      responseErrorWithCode:
        'res.error takes one argument: the client gets code 141 (SCRIPT_FAILED) with {{code}} as its message. Pass new Parse.Error(code, message).',
      // suggestions
      useParseError: 'Replace the object with {{replacement}}.',
      wrapInParseError: 'Replace the arguments with {{replacement}}.',
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;

    /** `Object.assign(new Error(message), { code })` as written becomes `new Parse.Error(code, message)`. */
    const plainErrorSuggestions = (
      argument: TSESTree.Node,
      { construction, code }: PlainErrorWithCode,
    ): TSESLint.SuggestionReportDescriptor<MessageIds>[] => {
      const call = skipExpressionWrappers(argument);
      const [message, ...rest] = construction.arguments;
      const source = code.parent;
      if (
        call.type !== 'CallExpression' ||
        call.arguments.length !== 2 ||
        !message ||
        rest.length > 0 ||
        source?.parent?.type !== 'ObjectExpression' ||
        source.parent.properties.length !== 1 ||
        sourceCode.getCommentsInside(call).length > 0
      ) {
        return [];
      }
      const errorClass = parseErrorClassTextAt(context, argument);
      if (errorClass === undefined) return [];
      const replacement = `new ${errorClass}(${sourceCode.getText(code)}, ${sourceCode.getText(message)})`;
      return [
        {
          messageId: 'useParseError',
          data: { replacement },
          fix: (fixer) => replaceKeepingTokenBoundaries(fixer, sourceCode, argument, replacement),
        },
      ];
    };

    return defineErrorCodeVisitor(context, {
      onCloudCodeHandler({ defaultCode, exits }) {
        for (const { kind, node, argument } of exits) {
          if (kind === 'response-error' && node.type === 'CallExpression') reportCodeArgument(node);
          // `throw error` after `error.code = 400`: the code is dropped like a plain object's; a job keeps
          // no code of any error, so there the code was lost either way.
          const plainError = argument && defaultCode !== undefined && plainErrorWithCode(argument, sourceCode);
          if (argument && plainError) {
            context.report({
              node: argument,
              messageId: 'plainErrorWithCode',
              data: { defaultCode: mentionCode(defaultCode) },
              suggest: plainErrorSuggestions(argument, plainError),
            });
            continue;
          }
          // `throw { … } as AppError` throws the object all the same; the suggestion replaces the assertion too.
          const object = argument && skipExpressionWrappers(argument);
          if (!argument || object?.type !== 'ObjectExpression' || !hasCodeProperty(object)) continue;
          const values = codeAndMessageOf(object, sourceCode);
          const errorClass = values && parseErrorClassTextAt(context, argument);
          const replacement =
            values &&
            errorClass !== undefined &&
            `new ${errorClass}(${sourceCode.getText(values.code)}, ${sourceCode.getText(values.message)})`;
          const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = replacement
            ? [
                {
                  messageId: 'useParseError',
                  data: { replacement },
                  fix: (fixer) => replaceKeepingTokenBoundaries(fixer, sourceCode, argument, replacement),
                },
              ]
            : [];
          if (defaultCode === undefined) {
            context.report({ node: object, messageId: 'plainErrorObjectInJob', suggest });
          } else {
            context.report({
              node: object,
              messageId: 'plainErrorObject',
              data: { defaultCode: mentionCode(defaultCode) },
              suggest,
            });
          }
        }
      },
    });

    /**
     * `res.error(9001, 'x')`: Parse Server 9.1+ builds the error from the first argument alone
     * (`FunctionsRouter.js`, `error: function (message)` → `triggers.resolveError(message)`), so a
     * code there becomes the message of a 141 and the second argument is dropped.
     */
    function reportCodeArgument(call: TSESTree.CallExpression): void {
      const [code, message, ...rest] = call.arguments;
      if (!code || !message || code.type === 'SpreadElement') return;
      const value = writtenCodeOf(sourceCode, code);
      if (value === undefined) return;
      const errorClass = parseErrorClassTextAt(context, code);
      const onlyComma = sourceCode.text.slice(code.range[1], message.range[0]).trim() === ',';
      const replacement =
        errorClass !== undefined &&
        rest.length === 0 &&
        message.type !== 'SpreadElement' &&
        onlyComma &&
        `new ${errorClass}(${sourceCode.getText(code)}, ${sourceCode.getText(message)})`;
      context.report({
        node: code,
        messageId: 'responseErrorWithCode',
        data: { code: String(value) },
        suggest: replacement
          ? [
              {
                messageId: 'wrapInParseError',
                data: { replacement },
                fix: (fixer) =>
                  replaceKeepingTokenBoundaries(
                    fixer,
                    sourceCode,
                    { range: [code.range[0], message.range[1]] },
                    replacement,
                  ),
              },
            ]
          : [],
      });
    }
  },
});
