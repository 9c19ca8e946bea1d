import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import {
  CHECK_TYPES_SCHEMA,
  createRule,
  defineErrorCodeVisitor,
  parseErrorClassTextAt,
  replaceCodeWith,
  skipExpressionWrappers,
  type CloudCodeHandler,
  type CodeValue,
} from '../utils/index.js';

export type Options = [
  {
    checkTypes?: boolean;
  },
];

export type MessageIds = 'internalServerError' | 'useConstant';

const INTERNAL_SERVER_ERROR = 1;

/**
 * Hooks whose errors never reach an HTTP client: a job's error stays in its status, and the
 * LiveQuery hooks answer over the websocket, where nothing retries.
 */
const HOOKS_WITHOUT_HTTP_ANSWER: ReadonlySet<string> = new Set([
  'job',
  'beforeConnect',
  'beforeSubscribe',
  'afterLiveQueryEvent',
]);

/** The codes a suggestion offers instead, each with what it says. */
const REPLACEMENTS: readonly { readonly constant: string; readonly meaning: string }[] = [
  { constant: 'OPERATION_FORBIDDEN', meaning: 'the user may not do this' },
  { constant: 'INVALID_VALUE', meaning: 'a parameter is missing or wrong' },
  { constant: 'SCRIPT_FAILED', meaning: 'the Cloud Code failed' },
];

export default createRule<Options, MessageIds>({
  name: 'no-internal-server-error',
  // A report needs a `new Parse.Error(1, …)` and a Cloud Code handler that throws it.
  wordsReportsNeed: [['Error'], ['Cloud']],
  meta: {
    type: 'problem',
    languages: ['js/js'],
    docs: {
      description: 'Disallow Cloud Code errors with code 1 (INTERNAL_SERVER_ERROR), which the JS SDK retries',
      recommended: true,
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          checkTypes: CHECK_TYPES_SCHEMA,
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ checkTypes: false }],
    messages: {
      internalServerError:
        'Code 1 (INTERNAL_SERVER_ERROR) answers HTTP 500, which the JS SDK retries: the request can run up to 5 times. Use a code that says what failed.',
      // suggestions
      useConstant: 'Use {{replacement}}: {{meaning}}.',
    },
  },
  create(context, [{ checkTypes }]) {
    /** The code argument of each `new Parse.Error(1, …)`, by its construction. */
    const internalErrors = new Map<TSESTree.NewExpression, CodeValue>();
    const handlers: CloudCodeHandler[] = [];

    return defineErrorCodeVisitor(context, {
      checkTypes,
      onSite({ kind, value }) {
        const construction = value.node.parent;
        if (kind !== 'construction' || value.code !== INTERNAL_SERVER_ERROR || construction?.type !== 'NewExpression')
          return;
        internalErrors.set(construction, value);
      },
      onCloudCodeHandler(handler) {
        if (!HOOKS_WITHOUT_HTTP_ANSWER.has(handler.hook) && handler.kind !== 'job') handlers.push(handler);
      },
      onFileEnd() {
        if (internalErrors.size === 0) return;
        const reported = new Set<TSESTree.NewExpression>();
        for (const handler of handlers) {
          for (const { argument } of [...handler.exits, ...handler.calledExits()]) {
            const thrown = argument && skipExpressionWrappers(argument);
            const value = thrown?.type === 'NewExpression' ? internalErrors.get(thrown) : undefined;
            if (!value || thrown?.type !== 'NewExpression' || reported.has(thrown)) continue;
            reported.add(thrown);
            report(value);
          }
        }
      },
    });

    function report(value: CodeValue): void {
      const errorClass = parseErrorClassTextAt(context, value.node);
      const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] =
        errorClass === undefined
          ? []
          : REPLACEMENTS.map(({ constant, meaning }) => {
              const replacement = `${errorClass}.${constant}`;
              return {
                messageId: 'useConstant',
                data: { replacement, meaning },
                fix: replaceCodeWith(context.sourceCode, value.node, replacement),
              };
            });
      context.report({ node: value.node, messageId: 'internalServerError', suggest });
    }
  },
});
