import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { isAmbiguous, sdkConstantFor } from '../data/index.js';
import {
  createRule,
  defineErrorCodeVisitor,
  errorMessageReads,
  isConjoinedWithCodeTest,
  mentionCode,
  messageChecksOf,
  parseErrorConstantTextAt,
  readsSdk,
  replaceKeepingTokenBoundaries,
  SDK_WORDS,
  type ErrorMessageRead,
  type MessageCheck,
} from '../utils/index.js';

export type MessageIds = 'compareCode' | 'messageCheck' | 'sanitizedMessageCheck';

/** Where a code comparison can replace a call or another comparison without parentheses. */
const LOOSE_PARENTS: ReadonlySet<string> = new Set([
  'ArrayExpression',
  'ArrowFunctionExpression',
  'AssignmentExpression',
  'ConditionalExpression',
  'ExpressionStatement',
  'IfStatement',
  'LogicalExpression',
  'ReturnStatement',
  'VariableDeclarator',
  'WhileStatement',
]);

export default createRule<[], MessageIds>({
  name: 'no-message-checks',
  // Every report is of an `err.message` read in a file that reads the SDK, whose every name has
  // `Parse` or `parse` in it (`mayNameSdk`). Those are asked first: they are cheaper to search for.
  wordsReportsNeed: [SDK_WORDS, ['message']],
  meta: {
    type: 'suggestion',
    languages: ['js/js'],
    docs: {
      description: 'Disallow judging Parse errors by the messages Parse Server sends',
      recommended: true,
      default: 'warn',
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      messageCheck:
        'This tests a message that Parse Server sends with code {{code}}, and messages change. Test the code instead.',
      sanitizedMessageCheck:
        "This tests a message Parse Server sends with code {{code}}; since 8.5 some paths send 'Permission denied' instead. Test the code.",
      // suggestions
      compareCode: 'Replace the test with {{replacement}}.',
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;
    return defineErrorCodeVisitor(context, {
      onFileEnd() {
        const reads = errorMessageReads(sourceCode);
        // Other servers send the same words ("Invalid session token" over a websocket): only a file
        // that reads the SDK is taken to test Parse's errors.
        if (reads.length === 0 || !readsSdk(sourceCode)) return;
        for (const read of reads) {
          for (const check of messageChecksOf(read)) {
            if (!isConjoinedWithCodeTest(check, read)) report(read, check);
          }
        }
      },
    });

    function report(read: ErrorMessageRead, check: MessageCheck): void {
      const code = check.messages[0]?.code ?? 0;
      const sanitized = check.messages.some((entry) => entry.sanitized);
      context.report({
        node: check.node,
        messageId: sanitized ? 'sanitizedMessageCheck' : 'messageCheck',
        data: { code: mentionCode(code) },
        suggest: suggestions(read, check, code),
      });
    }

    function suggestions(
      read: ErrorMessageRead,
      check: MessageCheck,
      code: number,
    ): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      // A shared code matches more than the message did: 101 is also "Invalid username/password.".
      const constant = isAmbiguous(code) ? undefined : sdkConstantFor(code);
      const constantText = constant && parseErrorConstantTextAt(context, check.node, constant);
      if (!check.isBoolean || !constantText || sourceCode.getCommentsInside(check.node).length > 0) return [];
      const object = read.node.object;
      const objectText = object.type === 'Identifier' ? object.name : `(${sourceCode.getText(object)})`;
      const member = `${objectText}${read.node.optional ? '?.' : '.'}code`;
      const comparison = `${member} ${check.negated ? '!==' : '==='} ${constantText}`;
      const replacement = needsParentheses(check.node) ? `(${comparison})` : comparison;
      return [
        {
          messageId: 'compareCode',
          data: { replacement: comparison },
          fix: (fixer) => replaceKeepingTokenBoundaries(fixer, sourceCode, check.node, replacement),
        },
      ];
    }
  },
});

function needsParentheses(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (!parent || LOOSE_PARENTS.has(parent.type)) return false;
  if (parent.type === 'CallExpression' || parent.type === 'NewExpression') return parent.callee === node;
  return true;
}
