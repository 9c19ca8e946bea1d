import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import {
  CHECK_TYPES_SCHEMA,
  CodeTypeChecker,
  createRule,
  defineErrorCodeVisitor,
  isCatchClauseParameter,
  isPlainlyString,
  isSideEffectFree,
  isStringConstant,
  replaceKeepingTokenBoundaries,
  writtenNumber,
} from '../utils/index.js';

export type Options = [
  {
    checkTypes?: boolean;
  },
];

export type MessageIds =
  | 'caughtErrorAsCode'
  | 'caughtErrorAsMessage'
  | 'ignoredArguments'
  | 'missingCode'
  | 'stringCode'
  | 'swappedArguments'
  | 'swapArguments'
  | 'useErrorCode'
  | 'useErrorCodeAndMessage'
  | 'useErrorMessage';

/** The forms a code is written in: `101`, `-1`, `Parse.Error.X`, `AppErrors.X`, `code`. */
function looksLikeCode(node: TSESTree.Node): boolean {
  return writtenNumber(node) !== undefined || node.type === 'MemberExpression' || node.type === 'Identifier';
}

export default createRule<Options, MessageIds>({
  name: 'valid-error-construction',
  // Every `new Parse.Error(…)` is written with the word `Error`.
  wordsReportsNeed: [['Error']],
  meta: {
    type: 'problem',
    languages: ['js/js'],
    docs: {
      description: 'Require `new Parse.Error` to get a code first and a message second',
      recommended: true,
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          checkTypes: {
            ...CHECK_TYPES_SCHEMA,
            description:
              'Whether to use type information: report a first argument whose type is a string (needs typed linting).',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ checkTypes: false }],
    messages: {
      caughtErrorAsCode:
        'The caught {{name}} object becomes the code of this Parse.Error, where a number belongs. Pass {{name}}.code and a message.',
      caughtErrorAsMessage:
        'The message of this Parse.Error is the caught {{name}} object: the client receives it serialized, `{}` for an Error. Pass {{name}}.message.',
      ignoredArguments:
        'new Parse.Error takes a code and a message only, and ignores what follows. Put the details into the message.',
      missingCode: 'new Parse.Error() has no code and no message. Pass a code first and a message second.',
      stringCode:
        'The first argument of new Parse.Error is the code, and this string becomes the code, with no message. Pass a code first and the message second.',
      swappedArguments:
        'The code and the message of new Parse.Error are swapped: the code comes first, the message second.',
      // suggestions
      swapArguments: 'Swap the code and the message.',
      useErrorCode: 'Pass {{name}}.code.',
      useErrorCodeAndMessage: 'Pass {{name}}.code and {{name}}.message.',
      useErrorMessage: 'Pass {{name}}.message.',
    },
  },
  create(context, [{ checkTypes }]) {
    const sourceCode = context.sourceCode;
    const types = checkTypes === true ? CodeTypeChecker.of(context) : undefined;

    const isCaughtError = (node: TSESTree.Node | undefined): node is TSESTree.Identifier =>
      node?.type === 'Identifier' && isCatchClauseParameter(sourceCode.getScope(node), node);

    /** A string as written, through a `const`, or, with types, by its type. */
    const isString = (node: TSESTree.Node): boolean =>
      isPlainlyString(node) || isStringConstant(sourceCode.getScope(node), node) || types?.isString(node) === true;

    const reportStringCode = (code: TSESTree.Node, message: TSESTree.Node | undefined): void => {
      if (!message || isString(message) || !looksLikeCode(message) || isCaughtError(message)) {
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

    const reportCaughtErrorAsCode = (code: TSESTree.Identifier, message: TSESTree.Node | undefined): void => {
      const name = code.name;
      // `new Parse.Error(err)` meant to pass the caught error on: its code and its message.
      const suggestion: TSESLint.SuggestionReportDescriptor<MessageIds> = message
        ? {
            messageId: 'useErrorCode',
            data: { name },
            fix: (fixer) => replaceKeepingTokenBoundaries(fixer, sourceCode, code, `${name}.code`),
          }
        : {
            messageId: 'useErrorCodeAndMessage',
            data: { name },
            fix: (fixer) => replaceKeepingTokenBoundaries(fixer, sourceCode, code, `${name}.code, ${name}.message`),
          };
      context.report({ node: code, messageId: 'caughtErrorAsCode', data: { name }, suggest: [suggestion] });
    };

    return defineErrorCodeVisitor(context, {
      onConstruction({ node, code, message }) {
        if (!code) {
          context.report({ node, messageId: 'missingCode' });
          return;
        }
        if (isCaughtError(code)) reportCaughtErrorAsCode(code, message);
        else if (isString(code)) reportStringCode(code, message);
        const [, , firstIgnored] = node.arguments;
        const lastIgnored = node.arguments.at(-1);
        if (firstIgnored && lastIgnored) {
          context.report({
            loc: { start: firstIgnored.loc.start, end: lastIgnored.loc.end },
            messageId: 'ignoredArguments',
          });
        }
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
