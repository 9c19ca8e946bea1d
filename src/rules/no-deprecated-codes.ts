import type { TSESTree } from '@typescript-eslint/utils';

import { entriesFor, isLiveQueryCode, isNeverSent, sdkConstantFor, type ErrorCodeEntry } from '../data/index.js';
import {
  CHECK_TYPES_SCHEMA,
  createRule,
  defineErrorCodeVisitor,
  mentionAsWritten,
  mentionCode,
  mentionDocumentationNames,
  parseErrorConstantTextAt,
  replaceCodeWith,
  type ErrorCodeSiteKind,
  SITE_WORDS,
} from '../utils/index.js';

export type Options = [
  {
    checkTypes?: boolean;
    reportUnsentNumbers?: boolean;
  },
];

export type MessageIds =
  'deprecated' | 'deprecatedWithReason' | 'neverSent' | 'neverSentInstead' | 'replaceWithCorrectCode';

/** The sites that test a code an error arrived with; creating one is the app's own business. */
const TESTING_KINDS: ReadonlySet<ErrorCodeSiteKind> = new Set(['comparison', 'switch-case', 'membership']);

/**
 * True for a code that is still documented but that neither Parse Server nor the SDK creates: a
 * test for it never matches an error from Parse. LiveQuery's own codes (1 to 4) are sent, in its messages.
 */
function isDocumentedButNeverSent(code: number): boolean {
  return isNeverSent(code) && !isLiveQueryCode(code) && noLongerSentEntries(code) === undefined;
}

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
        ? 'only the hosted Parse.com sent it; Parse Server never does, so remove this use'
        : `only the hosted Parse.com sent it; Parse Server sends ${mentionCode(successor)} instead`;
    }
    case 'corrected':
      return entry.replacedBy === undefined
        ? 'a documentation mistake that Parse never sent'
        : `a documentation mistake that Parse never sent; the right code is ${mentionCode(entry.replacedBy)}`;
    case 'obsolete':
      return 'it belonged to an API that no longer exists';
    case 'deprecated':
    case 'current':
      return undefined;
  }
}

export default createRule<Options, MessageIds>({
  name: 'no-deprecated-codes',
  // Every site is written with one of `SITE_WORDS`.
  wordsReportsNeed: [SITE_WORDS],
  meta: {
    type: 'problem',
    languages: ['js/js'],
    docs: {
      description: 'Disallow Parse error codes that Parse has deprecated or never sends',
      recommended: true,
      strictOptions: { reportUnsentNumbers: true },
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          checkTypes: CHECK_TYPES_SCHEMA,
          reportUnsentNumbers: {
            type: 'boolean',
            description:
              "Also report tests of never-sent codes written as numbers, which may be another library's codes (MongoDB's 251); on in `strict`.",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ checkTypes: false, reportUnsentNumbers: false }],
    messages: {
      deprecated: '{{name}} is deprecated by Parse: stop relying on it, as Parse may no longer send it.',
      deprecatedWithReason: '{{name}} is deprecated: {{reason}}.',
      neverSent: '{{name}} is never sent by Parse Server or the JS SDK: this test never matches an error from Parse.',
      neverSentInstead: '{{name}} is never sent by Parse Server or the JS SDK: this error arrives as {{instead}}.',
      // suggestions
      replaceWithCorrectCode: 'Replace {{code}} with {{replacement}}.',
    },
  },
  create(context, [{ checkTypes, reportUnsentNumbers }]) {
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

    /** Tests of never-sent codes, reported at the end unless the file creates the code itself. */
    const neverSentTests: { node: TSESTree.Node; code: number; name: () => string }[] = [];
    const codesCreatedHere = new Set<number>();

    function reportNeverSent(node: TSESTree.Node, code: number, name: string): void {
      const instead = entriesFor(code).find((entry) => entry.replacedBy !== undefined)?.replacedBy;
      if (instead === undefined) {
        context.report({ node, messageId: 'neverSent', data: { name } });
      } else {
        context.report({ node, messageId: 'neverSentInstead', data: { name, instead: mentionCode(instead) } });
      }
    }

    return defineErrorCodeVisitor(context, {
      checkTypes,
      onSite({ kind, value }) {
        if (!TESTING_KINDS.has(kind)) {
          // An app that throws `Parse.Error.TIMEOUT` itself may well test for it.
          codesCreatedHere.add(value.code);
        } else if (
          isDocumentedButNeverSent(value.code) &&
          (value.type === 'constant' || reportUnsentNumbers === true)
        ) {
          neverSentTests.push({
            node: value.node,
            code: value.code,
            name: () =>
              value.type === 'number'
                ? `Error code ${value.code}`
                : `${mentionAsWritten(context.sourceCode, value.node)} (${value.code})`,
          });
        }
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
      onFileEnd() {
        for (const { node, code, name } of neverSentTests) {
          if (!codesCreatedHere.has(code)) reportNeverSent(node, code, name());
        }
      },
    });
  },
});
