import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import {
  createRule,
  defineErrorCodeVisitor,
  isCatchClauseParameter,
  isPlainlyString,
  isSideEffectFree,
  replaceKeepingTokenBoundaries,
  writtenNumber,
} from '../utils/index.js';

export type MessageIds =
  'caughtErrorAsMessage' | 'missingCode' | 'stringCode' | 'swappedArguments' | 'swapArguments' | 'useErrorMessage';

/** The forms a code is written in: `101`, `-1`, `Parse.Error.X`, `AppErrors.X`, `code`. */
function looksLikeCode(node: TSESTree.Node): boolean {
  return writtenNumber(node) !== undefined || node.type === 'MemberExpression' || node.type === 'Identifier';
}

export default createRule<[], MessageIds>({
  name: 'valid-error-construction',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require `new Parse.Error` to get a code first and a message second',
      recommended: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      caughtErrorAsMessage:
        'The message of this Parse.Error is the caught {{name}} object, which the client receives serialized ({} for an Error). Pass {{name}}.message.',
      missingCode: 'new Parse.Error() has no code and no message. Pass a code first and a message second.',
      stringCode:
        'The first argument of new Parse.Error is the code, and this string becomes the code, with no message. Pass a code first and the message second.',
      swappedArguments:
        'The code and the message of new Parse.Error are swapped: the code comes first, the message second.',
      // suggestions
      swapArguments: 'Swap the code and the message.',
      useErrorMessage: 'Pass {{name}}.message.',
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;

    const isCaughtError = (node: TSESTree.Node | undefined): node is TSESTree.Identifier =>
      node?.type === 'Identifier' && isCatchClauseParameter(sourceCode.getScope(node), node);

    const reportStringCode = (code: TSESTree.Node, message: TSESTree.Node | undefined): void => {
      if (!message || isPlainlyString(message) || !looksLikeCode(message) || isCaughtError(message)) {
        context.report({ node: code, messageId: 'stringCode' });
        return;
      }
      const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] =
        isSideEffectFree(code) && isSideEffectFree(message)
          ? [
              {
                messageId: 'swapArguments',
                fix: (fixer) => [
                  replaceKeepingTokenBoundaries(fixer, sourceCode, code, sourceCode.getText(message)),
                  replaceKeepingTokenBoundaries(fixer, sourceCode, message, sourceCode.getText(code)),
                ],
              },
            ]
          : [];
      context.report({ node: code, messageId: 'swappedArguments', suggest });
    };

    return defineErrorCodeVisitor(context, {
      onConstruction({ node, code, message }) {
        if (!code) {
          context.report({ node, messageId: 'missingCode' });
          return;
        }
        if (isPlainlyString(code)) reportStringCode(code, message);
        if (isCaughtError(message)) {
          const name = message.name;
          context.report({
            node: message,
            messageId: 'caughtErrorAsMessage',
            data: { name },
            suggest: [
              {
                messageId: 'useErrorMessage',
                data: { name },
                fix: (fixer) => replaceKeepingTokenBoundaries(fixer, sourceCode, message, `${name}.message`),
              },
            ],
          });
        }
      },
    });
  },
});
