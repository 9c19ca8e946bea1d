import type { TSESTree } from '@typescript-eslint/utils';

import {
  CloudFunctionErrorScope,
  createRule,
  defineErrorCodeVisitor,
  errorMessageReads,
  SITE_WORDS,
  skipExpressionWrappers,
  staticPropertyName,
  type ErrorMessageRead,
} from '../utils/index.js';

export type MessageIds = 'packedMessage' | 'unwrappedMessage';

/** What a client reads out of a message that carries more than text: `err.message.code`, `err.message.message`. */
const PACKED_PROPERTIES: ReadonlySet<string> = new Set(['code', 'message']);

export default createRule<[], MessageIds>({
  name: 'no-message-unwrapping',
  // Every report is of a message packed with `JSON.stringify` into a `new Parse.Error` or a Cloud Code
  // handler's exit, or of an `err.message` read after a site that tests 141 or a `Parse.Cloud.run`.
  wordsReportsNeed: [SITE_WORDS, ['JSON', 'message']],
  meta: {
    type: 'suggestion',
    languages: ['js/js'],
    docs: {
      description: 'Disallow packing error codes into Parse error messages and digging them out on the client',
      recommended: true,
      default: 'warn',
    },
    schema: [],
    messages: {
      unwrappedMessage:
        "This digs a code out of a Cloud Code error's message. Throw new Parse.Error(9001, 'Already added') there and test err.code === 9001 here.",
      packedMessage:
        "A JSON message hides the code from err.code. Throw new Parse.Error(9001, 'Already added') with a code of your own instead.",
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;
    const cloudFunctionErrors = new CloudFunctionErrorScope(sourceCode);
    return defineErrorCodeVisitor(context, {
      onSite(site) {
        cloudFunctionErrors.recordSite(site);
      },
      onConstruction({ message }) {
        if (message && isCallOf(skipExpressionWrappers(message), 'JSON', 'stringify')) {
          context.report({ node: message, messageId: 'packedMessage' });
        }
      },
      onCloudCodeHandler({ exits }) {
        // `throw JSON.stringify(…)`, `throw new Error(JSON.stringify(…))`, `res.error(JSON.stringify(…))`:
        // the client gets 141 with the JSON as its message.
        for (const { argument } of exits) {
          const thrown = argument && skipExpressionWrappers(argument);
          const packed =
            thrown?.type === 'NewExpression' && thrown.callee.type === 'Identifier' && thrown.callee.name === 'Error'
              ? thrown.arguments[0]
              : thrown;
          if (packed && isCallOf(skipExpressionWrappers(packed), 'JSON', 'stringify')) {
            context.report({ node: packed, messageId: 'packedMessage' });
          }
        }
      },
      onFileEnd() {
        if (!cloudFunctionErrors.mayInclude()) return;
        for (const read of errorMessageReads(sourceCode)) {
          const unwrapping = unwrappingOf(read);
          if (unwrapping && cloudFunctionErrors.includes(read)) {
            context.report({ node: unwrapping, messageId: 'unwrappedMessage' });
          }
        }
      },
    });
  },
});

/** `JSON.parse(err.message)`, `err.message.code`, `err.message.message`, `err.message.split(…)`. */
function unwrappingOf({ value }: ErrorMessageRead): TSESTree.Node | undefined {
  const parent = value.parent;
  if (parent?.type === 'CallExpression' && parent.arguments[0] === value && isCallOf(parent, 'JSON', 'parse'))
    return parent;
  if (parent?.type !== 'MemberExpression' || parent.object !== value) return undefined;
  const property = staticPropertyName(parent);
  if (property !== undefined && PACKED_PROPERTIES.has(property)) return parent;
  const call = parent.parent;
  if (property === 'split' && call.type === 'CallExpression' && call.callee === parent) return call;
  return undefined;
}

function isCallOf(node: TSESTree.Node, object: string, method: string): boolean {
  if (node.type !== 'CallExpression' || node.callee.type !== 'MemberExpression') return false;
  const callee = node.callee;
  return callee.object.type === 'Identifier' && callee.object.name === object && staticPropertyName(callee) === method;
}
