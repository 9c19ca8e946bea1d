/** Which part of Parse's documentation lists the code. */
export type ErrorCodeCategory =
  | 'api'
  | 'push'
  | 'file'
  | 'installation'
  | 'purchase'
  | 'user'
  | 'linked-services'
  | 'client-only'
  | 'operational'
  | 'other'
  | 'live-query';

/**
 * - `current`: Parse sends the code with this meaning today.
 * - `deprecated`: the documentation itself marks the meaning deprecated.
 * - `legacy`: only the hosted Parse.com service ever sent it; Parse Server never does.
 * - `corrected`: the documentation once gave this number, wrongly; `replacedBy` has the right one.
 * - `obsolete`: the meaning belongs to an API that no longer exists.
 */
export type ErrorCodeStatus = 'current' | 'deprecated' | 'legacy' | 'corrected' | 'obsolete';

/**
 * `docs-seed`: the older documentation table; `docs-current`: today's table; `sdk`: a `Parse.Error`
 * static; `parse-server`: Parse Server's code sends it, though no documentation lists it.
 */
export type ErrorCodeSource = 'docs-seed' | 'docs-current' | 'sdk' | 'parse-server';

export interface ErrorCodeEntry {
  readonly code: number;
  /** The documentation's PascalCase name (for SDK-only codes, one in the same style). */
  readonly name: string;
  /** The `Parse.Error` static with this number and this meaning. */
  readonly sdkConstant: string | undefined;
  /**
   * True when the SDK's constant has this number but no Parse component sends the code with the
   * meaning its name states (143 `INVALID_IMAGE_DATA`): the name alone, not a meaning.
   */
  readonly misleadingSdkName: boolean;
  readonly category: ErrorCodeCategory;
  readonly status: ErrorCodeStatus;
  /**
   * The code that carries this meaning instead, where there is one: 131 → 153 (the number was
   * documented wrongly), 155 → 100 (Parse Server's rate limiter answers with `CONNECTION_FAILED`).
   */
  readonly replacedBy: number | undefined;
  /** A few lowercase words for messages, e.g. `object not found`. */
  readonly meaning: string;
  /** One sentence on when the error happens. */
  readonly description: string;
  readonly sources: readonly ErrorCodeSource[];
  /** Who creates the code with this meaning today: Parse Server 9.x, the JS SDK, both; empty when neither. */
  readonly sentBy: readonly ErrorCodeSender[];
  /** Where each sender creates it, as a file of the published package (`parse-server/lib/RestWrite.js`). */
  readonly sentIn: readonly string[];
}

/** `parse-server`: Parse Server 9.x (and 8.6 LTS); `sdk`: the Parse JavaScript SDK. */
export type ErrorCodeSender = 'parse-server' | 'sdk';

/** Where Parse's documentation puts a number: Parse Server, the reserved block, app codes, or nowhere. */
export type CodeRange = 'parse' | 'reserved' | 'custom' | 'invalid';
