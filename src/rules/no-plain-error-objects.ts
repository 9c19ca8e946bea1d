import type { TSESLint } from '@typescript-eslint/utils';

import {
  codeAndMessageOf,
  createRule,
  defineErrorCodeVisitor,
  hasCodeProperty,
  mentionCode,
  parseErrorClassTextAt,
  replaceKeepingTokenBoundaries,
  skipExpressionWrappers,
} from '../utils/index.js';

export type MessageIds = 'plainErrorObject' | 'plainErrorObjectInJob' | 'useParseError';

export default createRule<[], MessageIds>({
  name: 'no-plain-error-objects',
  meta: {
    type: 'problem',
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
      // suggestions
      useParseError: 'Replace the object with {{replacement}}.',
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;
    return defineErrorCodeVisitor(context, {
      onCloudCodeHandler({ defaultCode, exits }) {
        for (const { argument } of exits) {
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
  },
});
