/**
 * The Cloud Code hooks Parse Server knows, as data: how each takes its handler and what the errors
 * thrown from it become (`triggers.js`, parse-server-error-paths in the reference notes).
 */

/**
 * What Parse Server does with a value a handler throws that is not a `Parse.Error`
 * (`triggers.js` `resolveError`): it wraps it in a new `Parse.Error` with `defaultCode`.
 * - `function`: `Parse.Cloud.define`'s function (141); `validator`: the validator function of a
 *   `define` or of a trigger (142: `maybeRunValidator` wraps what it throws before the trigger runs);
 * - `job`: `Parse.Cloud.job` (no code reaches anyone: the job status keeps a message only);
 * - `trigger`: the object, `Parse.Config`, login, logout and LiveQuery triggers (141);
 * - `file-trigger`: the `Parse.File` triggers (130 when saving, 153 when deleting, 141 when finding).
 */
export type CloudCodeHandlerKind = 'function' | 'validator' | 'job' | 'trigger' | 'file-trigger';

export interface HookShape {
  /**
   * What the arguments start with: a function name or class (`define('name', fn)`,
   * `beforeSave('Order', fn)`), the handler itself, or an optional class (`beforeLogin(fn)` and
   * `beforeLogin(Parse.User, fn)`: `Parse.Cloud.js` shifts the arguments when the first is not a function).
   */
  readonly leading: 'name' | 'none' | 'optional-class';
  readonly kind: CloudCodeHandlerKind;
  readonly defaultCode: number | undefined;
  /** True when Parse Server runs a validator function passed after the handler (the login hooks only read its `rateLimit`). */
  readonly runsValidator?: true;
  /** For object triggers that also take `Parse.File`: the code a file trigger's errors get. */
  readonly fileTrigger?: { readonly defaultCode: number };
  /**
   * For `afterSave`, whose errors `RestWrite` only logs for a class: then only `Parse.File` and
   * `Parse.Config`, whose routers pass the error on, count.
   */
  readonly classErrorsIgnored?: true;
}

/** The hooks whose handler parse-server 2.x called with `(request, response)`; `define` still does, Express-style. */
export const RESPONSE_HOOKS: ReadonlySet<string> = new Set(['define', 'beforeSave', 'beforeDelete']);

const SCRIPT_FAILED = 141;
export const VALIDATION_ERROR = 142;
const FILE_SAVE_ERROR = 130;
const FILE_DELETE_ERROR = 153;

/** An object trigger (`beforeSave('Order', fn)`), which also takes `Parse.File` with `fileDefaultCode`. */
function objectTrigger(fileDefaultCode: number, extra: Pick<HookShape, 'classErrorsIgnored'> = {}): HookShape {
  return {
    leading: 'name',
    kind: 'trigger',
    defaultCode: SCRIPT_FAILED,
    runsValidator: true,
    fileTrigger: { defaultCode: fileDefaultCode },
    ...extra,
  };
}

/** A login, logout or password-reset trigger: `beforeLogin(fn)` or `beforeLogin(Parse.User, fn)`. */
const USER_TRIGGER: HookShape = { leading: 'optional-class', kind: 'trigger', defaultCode: SCRIPT_FAILED };

const HOOKS: ReadonlyMap<string, HookShape> = new Map<string, HookShape>([
  ['define', { leading: 'name', kind: 'function', defaultCode: SCRIPT_FAILED, runsValidator: true }],
  ['job', { leading: 'name', kind: 'job', defaultCode: undefined }],
  ['beforeSave', objectTrigger(FILE_SAVE_ERROR)],
  ['afterSave', objectTrigger(FILE_SAVE_ERROR, { classErrorsIgnored: true })],
  ['beforeDelete', objectTrigger(FILE_DELETE_ERROR)],
  ['afterDelete', objectTrigger(FILE_DELETE_ERROR)],
  ['beforeFind', objectTrigger(SCRIPT_FAILED)],
  ['afterFind', objectTrigger(SCRIPT_FAILED)],
  ['beforeLogin', USER_TRIGGER],
  ['afterLogin', USER_TRIGGER],
  ['afterLogout', USER_TRIGGER],
  ['beforePasswordResetRequest', USER_TRIGGER],
  // Removed in parse-server 7.0.0 (`beforeSave(Parse.File, fn)` replaced them); the file triggers of older servers.
  ['beforeSaveFile', { leading: 'none', kind: 'file-trigger', defaultCode: FILE_SAVE_ERROR }],
  ['afterSaveFile', { leading: 'none', kind: 'file-trigger', defaultCode: FILE_SAVE_ERROR }],
  ['beforeDeleteFile', { leading: 'none', kind: 'file-trigger', defaultCode: FILE_DELETE_ERROR }],
  ['afterDeleteFile', { leading: 'none', kind: 'file-trigger', defaultCode: FILE_DELETE_ERROR }],
  ['beforeConnect', { leading: 'none', kind: 'trigger', defaultCode: SCRIPT_FAILED, runsValidator: true }],
  ['beforeSubscribe', { leading: 'name', kind: 'trigger', defaultCode: SCRIPT_FAILED, runsValidator: true }],
  ['afterLiveQueryEvent', { leading: 'name', kind: 'trigger', defaultCode: SCRIPT_FAILED, runsValidator: true }],
]);

/** The shape of the hook `Parse.Cloud.<name>` registers, or undefined for a method that registers none. */
export function hookShape(name: string): HookShape | undefined {
  return HOOKS.get(name);
}
