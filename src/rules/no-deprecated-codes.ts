import type { TSESTree } from '@typescript-eslint/utils';

import { entriesFor, meaningsToName, sdkConstantFor, type ErrorCodeEntry } from '../data/index.js';
import {
  CHECK_TYPES_SCHEMA,
  createRule,
  defineErrorCodeVisitor,
  getFileAnalysis,
  replaceCodeWith,
} from '../utils/index.js';

export type Options = [
  {
    checkTypes?: boolean;
  },
];

export type MessageIds = 'deprecated' | 'deprecatedWithReason' | 'replaceWithCorrectCode';

/** The entries of a code that has meanings, none of which Parse sends today. */
function noLongerSentEntries(code: number): readonly ErrorCodeEntry[] | undefined {
  const entries = entriesFor(code);
  if (entries.length === 0 || entries.some((entry) => entry.status === 'current')) return undefined;
  return entries;
}

/** `100 (CONNECTION_FAILED)`, or `100 (connection failed)` when the SDK has no constant for it. */
function describeCode(code: number): string {
  const label = sdkConstantFor(code) ?? meaningsToName(code).map((entry) => entry.meaning).join('; ');
  return `${code} (${label})`;
}

/** Why an entry is no longer sent and what to do instead; undefined when the catalog only says it is deprecated. */
function reasonFor(entry: ErrorCodeEntry): string | undefined {
  switch (entry.status) {
    case 'legacy': {
      const successor = entry.replacedBy;
      return successor === undefined
        ? 'only the hosted Parse.com service ever sent it; Parse Server never does, so remove this use'
        : `only the hosted Parse.com service ever sent it; Parse Server answers with ${describeCode(successor)} instead`;
    }
    case 'corrected':
      return entry.replacedBy === undefined
        ? 'the documentation gave this number by mistake, and Parse never sent it'
        : `the documentation gave this number by mistake, and Parse never sent it; the right code is ${describeCode(entry.replacedBy)}`;
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
    const { resolver } = getFileAnalysis(context.sourceCode);

    /** `describe` names the code in the message; it runs only for codes that are reported. */
    function report(node: TSESTree.Node, code: number, describe: () => string, replaceable: boolean): void {
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
      if (!replaceable || correctCode === undefined) {
        context.report({ node, messageId: 'deprecatedWithReason', data: { name, reason } });
        return;
      }
      // A suggestion, never a fix: the right code is another value.
      const constant = sdkConstantFor(correctCode);
      const classText = resolver.parseErrorClassTextAt(node);
      const replacement =
        constant !== undefined && classText !== undefined ? `${classText}.${constant}` : String(correctCode);
      context.report({
        node,
        messageId: 'deprecatedWithReason',
        data: { name, reason },
        suggest: [
          {
            messageId: 'replaceWithCorrectCode',
            data: { code: String(code), replacement },
            fix: replaceCodeWith(node, replacement),
          },
        ],
      });
    }

    function entryNames(code: number): string {
      return [...new Set(entriesFor(code).map((entry) => entry.name))].join('/');
    }

    return defineErrorCodeVisitor(context, {
      checkTypes,
      onSite({ value }) {
        // Constants are reported once, as references, wherever they are read.
        if (value.type === 'number') {
          report(value.node, value.code, () => `Error code ${value.code} (${entryNames(value.code)})`, true);
        } else if (value.type === 'named-number') {
          report(value.node, value.code, () => `${value.name} (error code ${value.code}, ${entryNames(value.code)})`, false);
        }
      },
      onConstantReference({ code, node }) {
        report(node, code, () => `${context.sourceCode.getText(node)} (${code})`, false);
      },
    });
  },
});
