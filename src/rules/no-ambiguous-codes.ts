import {
  entriesFor,
  isAmbiguous,
  OPERATION_MEANINGS,
  sentMeaningsOf,
  type ErrorCodeEntry,
  type OperationFamily,
} from '../data/index.js';
import {
  assertCodeOptions,
  CHECK_TYPES_SCHEMA,
  CODE_OPTION_SCHEMA,
  createRule,
  defineErrorCodeVisitor,
  failedOperationsOf,
  mentionAsWritten,
  mentionMeaningList,
  testsMessageToo,
  type ErrorCodeSiteKind,
  SITE_WORDS,
} from '../utils/index.js';

export type Options = [
  {
    allow?: number[];
    checkTypes?: boolean;
    reportUnknownOrigins?: boolean;
  },
];

export type MessageIds = 'ambiguousCode' | 'ambiguousConstant';

/** The sites where code branches on a code; constructing and asserting one is fine. */
const BRANCHING_KINDS: ReadonlySet<ErrorCodeSiteKind> = new Set(['comparison', 'switch-case', 'membership']);

/**
 * What tells the meanings apart today, with messages as parse-server 9 sends them whatever
 * `enableSanitizedErrorResponse` says: the log-in's, the missing function's and the unverified
 * email's messages are built with `new Parse.Error`, never sanitized (Routers/UsersRouter.js,
 * Routers/FunctionsRouter.js, RestWrite.js).
 */
function adviceFor(code: number, meanings: readonly ErrorCodeEntry[], families: readonly OperationFamily[]): string {
  if (code !== 141 && families.includes('cloud-function')) return 'Throw a code of your own from the function.';
  if (code === 141 && meanings.some((entry) => entry.name === 'FunctionNotFound')) {
    return "A missing function's message starts with 'Invalid function'.";
  }
  if (code === 205) return "Unverified emails get 'User email is not verified.'";
  if (code === 101) return 'Catch each call on its own to tell them apart.';
  return 'Only the message tells them apart.';
}

export default createRule<Options, MessageIds>({
  name: 'no-ambiguous-codes',
  // Every site is written with one of `SITE_WORDS`.
  wordsReportsNeed: [SITE_WORDS],
  meta: {
    type: 'suggestion',
    languages: ['js/js'],
    docs: {
      description: 'Disallow branching on Parse error codes that stand for several different errors',
      recommended: true,
      // Code cannot always avoid a shared code; a warning asks for a look, not a change.
      default: 'warn',
      strictOptions: { reportUnknownOrigins: true },
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
          reportUnknownOrigins: {
            type: 'boolean',
            description:
              'Also report a shared code where the code does not show which SDK operation failed, with every meaning Parse sends it with (on in `strict`).',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allow: [], checkTypes: false, reportUnknownOrigins: false }],
    messages: {
      ambiguousCode: 'Error code {{code}} can mean {{meanings}} here. {{advice}}',
      ambiguousConstant: '{{constant}} ({{code}}) can mean {{meanings}} here. {{advice}}',
    },
  },
  create(context, [{ allow, checkTypes, reportUnknownOrigins }]) {
    assertCodeOptions('parse-error-codes/no-ambiguous-codes', allow);
    const allowed = new Set(allow);

    /** The meanings the code can arrive with at `subject`, from the operations that can have failed there. */
    function possibleMeanings(code: number, families: readonly OperationFamily[] | undefined): ErrorCodeEntry[] {
      if (!families) return reportUnknownOrigins === true ? [...sentMeaningsOf(code)] : [];
      const names = new Set(families.flatMap((family) => OPERATION_MEANINGS[family][code] ?? []));
      return entriesFor(code).filter((entry) => names.has(entry.name));
    }

    return defineErrorCodeVisitor(context, {
      checkTypes,
      onSite({ kind, value, subject }) {
        if (!BRANCHING_KINDS.has(kind) || !subject || allowed.has(value.code) || !isAmbiguous(value.code)) return;
        if (testsMessageToo(value.node, subject, context.sourceCode)) return;
        const families = failedOperationsOf(context.sourceCode, subject);
        const meanings = possibleMeanings(value.code, families);
        if (meanings.length < 2) return;
        const code = String(value.code);
        const meaningList = mentionMeaningList(meanings.map((entry) => entry.meaning));
        const advice = adviceFor(value.code, meanings, families ?? []);
        if (value.type === 'constant') {
          const constant = mentionAsWritten(context.sourceCode, value.node);
          context.report({
            node: value.node,
            messageId: 'ambiguousConstant',
            data: { code, constant, meanings: meaningList, advice },
          });
        } else {
          context.report({
            node: value.node,
            messageId: 'ambiguousCode',
            data: { code, meanings: meaningList, advice },
          });
        }
      },
    });
  },
});
