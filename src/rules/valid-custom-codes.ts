import type { TSESLint } from '@typescript-eslint/utils';

import { codeRange, entriesFor } from '../data/index.js';
import {
  assertCodeOptions,
  CHECK_TYPES_SCHEMA,
  CODE_OPTION_SCHEMA,
  CODE_RANGE_OPTION_SCHEMA,
  createRule,
  defineErrorCodeVisitor,
  parseErrorConstantTextAt,
  replaceCodeWith,
  type CodeValue,
  type ErrorCodeSiteKind,
  SITE_WORDS,
} from '../utils/index.js';

export type AllowedCodes = number | [min: number, max: number];

export type Options = [
  {
    allow?: AllowedCodes[];
    checkTypes?: boolean;
  },
];

export type MessageIds = 'codeInParseRange' | 'codeInReservedRange' | 'invalidCode' | 'useParseConstant';

/** The sites where a program creates an error with a code of its choosing. */
const CREATING_KINDS: ReadonlySet<ErrorCodeSiteKind> = new Set(['construction', 'error-object', 'response-body']);

/** The statuses IANA's HTTP Status Code Registry assigns (RFC 9110 and its extensions). */
const HTTP_STATUS_RANGES: readonly (readonly [min: number, max: number])[] = [
  [100, 103],
  [200, 208],
  [226, 226],
  [300, 308],
  [400, 418],
  [421, 426],
  [428, 429],
  [431, 431],
  [451, 451],
  [500, 508],
  [510, 511],
];

/**
 * HTTP statuses apps write as Parse codes, and the `Parse.Error` constants that mean the same, the
 * closest first: 401 says the caller is not authenticated, 403 that it may not do this.
 */
const PARSE_CONSTANTS_FOR_HTTP_STATUS: ReadonlyMap<number, readonly string[]> = new Map([
  [401, ['INVALID_SESSION_TOKEN', 'OPERATION_FORBIDDEN']],
  [403, ['OPERATION_FORBIDDEN', 'INVALID_SESSION_TOKEN']],
  [404, ['OBJECT_NOT_FOUND']],
  [409, ['DUPLICATE_VALUE']],
]);

function isRegisteredHttpStatus(code: number): boolean {
  return HTTP_STATUS_RANGES.some(([min, max]) => min <= code && code <= max);
}

function invalidReason(code: number): string {
  if (!Number.isInteger(code)) return 'it is not an integer';
  return code < 0 ? 'it is negative, and the only negative code is -1 (OTHER_CAUSE)' : 'it is above 9999';
}

export default createRule<Options, MessageIds>({
  name: 'valid-custom-codes',
  // Every site is written with one of `SITE_WORDS`.
  wordsReportsNeed: [SITE_WORDS],
  meta: {
    type: 'problem',
    languages: ['js/js'],
    docs: {
      description: "Require the codes of an app's own Parse errors to lie in the range 9000–9999",
      recommended: true,
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          allow: {
            type: 'array',
            items: {
              anyOf: [CODE_OPTION_SCHEMA, CODE_RANGE_OPTION_SCHEMA],
            },
            description:
              'Custom codes to accept outside 9000–9999, for projects with legacy codes: a number, or a `[min, max]` range (both ends included).',
          },
          checkTypes: CHECK_TYPES_SCHEMA,
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allow: [], checkTypes: false }],
    messages: {
      codeInParseRange:
        'Error code {{code}} lies in the range up to 4999 that Parse reserves for its own codes. Use a code from 9000 to 9999 for your own errors.',
      codeInReservedRange:
        'Error code {{code}} lies in 5000–8999, which Parse reserves for future use. Use a code from 9000 to 9999 for your own errors.',
      invalidCode: 'Error code {{code}} is invalid: {{reason}}. Use a code from 9000 to 9999 for your own errors.',
      // suggestions
      useParseConstant: 'Replace the HTTP status {{code}} with {{replacement}}, the Parse code that means the same.',
    },
  },
  create(context, [{ allow = [], checkTypes }]) {
    assertCodeOptions('parse-error-codes/valid-custom-codes', allow);
    const isAllowed = (code: number): boolean =>
      allow.some((item) => (typeof item === 'number' ? item === code : item[0] <= code && code <= item[1]));

    return defineErrorCodeVisitor(context, {
      checkTypes,
      onSite({ kind, value }) {
        if (!CREATING_KINDS.has(kind) || entriesFor(value.code).length > 0 || isAllowed(value.code)) return;
        // `res.status(404).json({ code: 404, error })` echoes the response's status; a thrown or
        // returned `{ code: 404 }` is the app's own error code.
        if (kind === 'response-body' && isRegisteredHttpStatus(value.code)) return;
        const range = codeRange(value.code);
        if (range === 'custom') return;
        const code = value.type === 'named-number' ? `${value.code} (${value.name})` : String(value.code);
        if (range === 'parse') {
          context.report({
            node: value.node,
            messageId: 'codeInParseRange',
            data: { code },
            suggest: httpStatusSuggestions(value),
          });
        } else if (range === 'reserved') {
          context.report({ node: value.node, messageId: 'codeInReservedRange', data: { code } });
        } else {
          context.report({
            node: value.node,
            messageId: 'invalidCode',
            data: { code, reason: invalidReason(value.code) },
          });
        }
      },
    });

    /** `new Parse.Error(404, …)`: the constant that means what the HTTP status says. */
    function httpStatusSuggestions(value: CodeValue): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      if (value.type !== 'number') return [];
      const suggestions: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
      for (const constant of PARSE_CONSTANTS_FOR_HTTP_STATUS.get(value.code) ?? []) {
        const replacement = parseErrorConstantTextAt(context, value.node, constant);
        if (replacement === undefined) continue;
        suggestions.push({
          messageId: 'useParseConstant',
          data: { code: String(value.code), replacement },
          fix: replaceCodeWith(context.sourceCode, value.node, replacement),
        });
      }
      return suggestions;
    }
  },
});
