import type { TSESTree } from '@typescript-eslint/utils';

import { entriesFor, sdkConstantFor, type ErrorCodeEntry } from '../data/index.js';
import {
  CHECK_TYPES_SCHEMA,
  createRule,
  defineErrorCodeVisitor,
  mentionAsWritten,
  mentionCode,
  mentionDocumentationNames,
  parseErrorConstantTextAt,
  replaceCodeWith,
} from '../utils/index.js';

export type Options = [
  {
    checkTypes?: boolean;
  },
];

export type MessageIds = 'deprecated' | 'deprecatedWithReason' | 'replaceWithCorrectCode';

/**
 * Whether a report may suggest the right code in place of the written one: only a number can be
 * replaced by another; a name (a constant, a `const`) is the reader's to rename.
 */
type Replacement = 'suggest-correct-code' | 'none';

/** The entries of a code that has meanings, none of which Parse sends today. */
function noLongerSentEntries(code: number): readonly ErrorCodeEntry[] | undefined {
  const entries = entriesFor(code);
  if (entries.length === 0 || entries.some((entry) => entry.status === 'current')) return undefined;
  return entries;
}

/** Why an entry is no longer sent and what to do instead; undefined when the catalog only says it is deprecated. */
function reasonFor(entry: ErrorCodeEntry): string | undefined {
  switch (entry.status) {
    case 'legacy': {
      const successor = entry.replacedBy;
      return successor === undefined
        ? 'only the hosted Parse.com service ever sent it; Parse Server never does, so remove this use'
        : `only the hosted Parse.com service ever sent it; Parse Server answers with ${mentionCode(successor)} instead`;
    }
    case 'corrected':
      return entry.replacedBy === undefined
        ? 'the documentation gave this number by mistake, and Parse never sent it'
        : `the documentation gave this number by mistake, and Parse never sent it; the right code is ${mentionCode(entry.replacedBy)}`;
    case 'obsolete':
      return 'it belonged to an API that no longer exists';
    case 'deprecated':
    case 'current':
      return undefined;
  }
}

export default createRule<Options, MessageIds>({
  name: 'no-deprecated-codes',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow Parse error codes that Parse has deprecated or never sends',
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
      deprecated: '{{name}} is deprecated by Parse: stop relying on it, as Parse may no longer send it.',
      deprecatedWithReason: '{{name}} is deprecated: {{reason}}.',
      // suggestions
      replaceWithCorrectCode: 'Replace {{code}} with {{replacement}}.',
    },
  },
  create(context, [{ checkTypes }]) {
    /** `describe` names the code in the message; it runs only for codes that are reported. */
    function report(node: TSESTree.Node, code: number, describe: () => string, replacement: Replacement): void {
      const entries = noLongerSentEntries(code);
      if (!entries) return;
      const name = describe();
      const [entry] = entries;
      const reason = entry && reasonFor(entry);
      if (reason === undefined) {
        context.report({ node, messageId: 'deprecated', data: { name } });
        return;
      }
      const correctCode = entry?.status === 'corrected' ? entry.replacedBy : undefined;
      if (replacement === 'none' || correctCode === undefined) {
        context.report({ node, messageId: 'deprecatedWithReason', data: { name, reason } });
        return;
      }
      // A suggestion, never a fix: the right code is another value.
      const constant = sdkConstantFor(correctCode);
      const correctText =
        (constant !== undefined ? parseErrorConstantTextAt(context, node, constant) : undefined) ?? String(correctCode);
      context.report({
        node,
        messageId: 'deprecatedWithReason',
        data: { name, reason },
        suggest: [
          {
            messageId: 'replaceWithCorrectCode',
            data: { code: String(code), replacement: correctText },
            fix: replaceCodeWith(context.sourceCode, node, correctText),
          },
        ],
      });
    }

    return defineErrorCodeVisitor(context, {
      checkTypes,
      onSite({ value }) {
        // Constants are reported once, as members, wherever they are read.
        if (value.type === 'number') {
          report(
            value.node,
            value.code,
            () => `Error code ${value.code} (${mentionDocumentationNames(value.code)})`,
            'suggest-correct-code',
          );
        } else if (value.type === 'named-number') {
          report(
            value.node,
            value.code,
            () => `${value.name} (error code ${value.code}, ${mentionDocumentationNames(value.code)})`,
            'none',
          );
        }
      },
      onErrorClassMember({ entry, node }) {
        if (!entry) return;
        report(node, entry.code, () => `${mentionAsWritten(context.sourceCode, node)} (${entry.code})`, 'none');
      },
    });
  },
});
