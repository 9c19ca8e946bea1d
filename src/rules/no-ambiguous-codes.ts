import { isAmbiguous } from '../data/index.js';
import {
  assertCodeOptions,
  CHECK_TYPES_SCHEMA,
  CODE_OPTION_SCHEMA,
  createRule,
  defineErrorCodeVisitor,
  mentionAsWritten,
  mentionCurrentMeanings,
  type ErrorCodeSiteKind,
} from '../utils/index.js';

export type Options = [
  {
    allow?: number[];
    checkTypes?: boolean;
  },
];

export type MessageIds = 'ambiguousCode' | 'ambiguousConstant';

/** The sites where code branches on a code; constructing and asserting one is fine. */
const BRANCHING_KINDS: ReadonlySet<ErrorCodeSiteKind> = new Set(['comparison', 'switch-case', 'membership']);

export default createRule<Options, MessageIds>({
  name: 'no-ambiguous-codes',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow branching on Parse error codes that stand for several different errors',
      recommended: true,
      // Code cannot always avoid a shared code; a warning asks for a look, not a change.
      default: 'warn',
    },
    schema: [
      {
        type: 'object',
        properties: {
          allow: {
            type: 'array',
            items: CODE_OPTION_SCHEMA,
            uniqueItems: true,
            description:
              'Error codes that are unambiguous for this project, for example because it never uses the other meanings.',
          },
          checkTypes: CHECK_TYPES_SCHEMA,
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allow: [], checkTypes: false }],
    messages: {
      ambiguousCode:
        "Error code {{code}} means {{meanings}}, and the code alone cannot tell them apart. Check the error's message or the call that failed too.",
      ambiguousConstant:
        "{{constant}} ({{code}}) means {{meanings}}, and the code alone cannot tell them apart. Check the error's message or the call that failed too.",
    },
  },
  create(context, [{ allow, checkTypes }]) {
    assertCodeOptions('parse-error-codes/no-ambiguous-codes', allow);
    const allowed = new Set(allow);

    return defineErrorCodeVisitor(context, {
      checkTypes,
      onSite({ kind, value }) {
        if (!BRANCHING_KINDS.has(kind) || allowed.has(value.code) || !isAmbiguous(value.code)) return;
        const code = String(value.code);
        const meanings = mentionCurrentMeanings(value.code);
        if (value.type === 'constant') {
          context.report({
            node: value.node,
            messageId: 'ambiguousConstant',
            data: { code, constant: mentionAsWritten(context.sourceCode, value.node), meanings },
          });
        } else {
          context.report({ node: value.node, messageId: 'ambiguousCode', data: { code, meanings } });
        }
      },
    });
  },
});
