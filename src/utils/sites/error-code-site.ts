import type { TSESTree } from '@typescript-eslint/utils';

/**
 * Every site is written with one of these words: a tested code is read from a `.code` member or a
 * variable taken from one, an error object or an expected error has a `code` key, a construction is
 * `new Parse.Error`, and `response.error(code, …)` is a Cloud Code handler's. `Error` and `Cloud`
 * come first: other rules search for them anyway, and a search for `code` (of which every `c` of the
 * text is a start) costs more than theirs.
 */
export const SITE_WORDS: readonly string[] = ['Error', 'Cloud', 'code'];

/**
 * - `comparison`: `err.code === 101`, either order, `==`/`!=` too;
 * - `switch-case`: `case 101:` under `switch (err.code)`;
 * - `membership`: `[101, 209].includes(err.code)`, `new Set([101]).has(err.code)`;
 * - `construction`: `new Parse.Error(101, msg)`;
 * - `error-object`: `{ code: 101, error: '…' }` (a `code` key beside `error` or `message`), thrown,
 *   rejected, returned or passed; and a code given to a plain `Error`: `error.code = 4001` after
 *   `const error = new Error('…')`, `Object.assign(new Error('…'), { code: 4001 })`;
 * - `response-body`: an error object sent as an HTTP response body (`res.status(404).json({ … })`)
 *   or carrying an HTTP status beside its code (`{ code, message, status }`, a plain `Error` given
 *   `err.status = 404` too);
 * - `assignment`: `error.code = 101` on any other object (tests mocking a Parse error);
 * - `assertion`: `expect(err.code).toBe(101)`, `assert.equal(err.code, 101)` and the like, and the
 *   expected error of an assertion: `toMatchObject({ code: 101 })`, `assert.rejects(p, { code: 101 })`,
 *   `toHaveProperty('code', 101)` (these have no subject).
 */
export type ErrorCodeSiteKind =
  | 'comparison'
  | 'switch-case'
  | 'membership'
  | 'construction'
  | 'error-object'
  | 'response-body'
  | 'assignment'
  | 'assertion';

/** How a site writes its code. */
export type CodeValue =
  /** A numeric literal, or its negation (`-1`); `node` is what a fix replaces. */
  | { readonly type: 'number'; readonly code: number; readonly node: TSESTree.Expression }
  /** `Parse.Error.OBJECT_NOT_FOUND`, through any alias. */
  | {
      readonly type: 'constant';
      readonly code: number;
      readonly constant: string;
      readonly node: TSESTree.MemberExpression;
    }
  /**
   * A name for a number: an identifier whose `const` initializer in this file is a number
   * (`const OUT_OF_STOCK = 9001`), or, with type information, an enum member or `as const` property.
   */
  | { readonly type: 'named-number'; readonly code: number; readonly name: string; readonly node: TSESTree.Node };

export interface ErrorCodeSite {
  readonly kind: ErrorCodeSiteKind;
  readonly value: CodeValue;
  /** The expression that holds the error's code, where the site tests one (not for construction or objects). */
  readonly subject: TSESTree.Node | undefined;
}

/** A code written as an expression only types can resolve (`AppErrors.OutOfStock`). */
export interface UnresolvedValue {
  readonly type: 'unresolved';
  readonly node: TSESTree.Node;
}

/** A site as the untyped analysis finds it: its value may need the type checker. */
export interface CandidateSite {
  readonly kind: ErrorCodeSiteKind;
  readonly value: CodeValue | UnresolvedValue;
  readonly subject: TSESTree.Node | undefined;
}

/** Most nodes are no site: they all share this one empty list. */
export const NO_SITES: readonly CandidateSite[] = Object.freeze([]);
