/**
 * The families of SDK operations whose failure a site can handle: log-in and sign-up, `become`,
 * third-party auth (`logInWith`, `linkWith`), object reads (`get`, `find`, `first`, `fetch`), object
 * writes (`save`, `destroy`, `saveAll`), `Parse.Cloud.run`, jobs, files and password resets.
 */
export type OperationFamily =
  | 'log-in'
  | 'become'
  | 'third-party-auth'
  | 'object-read'
  | 'object-write'
  | 'cloud-function'
  | 'job'
  | 'file'
  | 'password-reset';

/**
 * Which meanings (catalog names) of each shared code each family can fail with, read from
 * parse-server 9.10's lib/ (files below). A Cloud function passes on any `Parse.Error` it throws,
 * so `Parse.Cloud.run` can fail with every meaning Parse sends but a missing job.
 */
export const OPERATION_MEANINGS: Readonly<Record<OperationFamily, Readonly<Record<number, readonly string[]>>>> = {
  // Routers/UsersRouter.js: 'Invalid username/password.' (101), 'User email is not verified.' (205);
  // Auth.js wraps the MFA adapter's thrown strings as 141; triggers (beforeLogin) throw 141.
  'log-in': {
    101: ['UserInvalidLoginParams'],
    115: [],
    141: ['ScriptFailed', 'AuthAdapterFailed'],
    205: ['UserEmailNotVerified'],
  },
  // Routers/UsersRouter.js handleMe: an unknown session is 209, never a shared code.
  become: { 101: [], 115: [], 141: [], 205: [] },
  // Adapters/Auth/*.js: '… auth is invalid for this user.' (101); RestWrite.js: the linked user's
  // unverified email (205); Auth.js: adapters that throw strings (141).
  'third-party-auth': {
    101: ['InvalidThirdPartyAuthData', 'ObjectNotFound'],
    115: [],
    141: ['AuthAdapterFailed', 'ScriptFailed'],
    205: ['UserEmailNotVerified'],
  },
  // RestQuery.js, rest.js: 'Object not found.'; triggers.js: beforeFind/afterFind throw 141.
  'object-read': { 101: ['ObjectNotFound'], 115: [], 141: ['ScriptFailed'], 205: [] },
  // RestWrite.js, rest.js: 'Object not found.'; triggers.js: beforeSave/afterSave/beforeDelete throw 141.
  'object-write': { 101: ['ObjectNotFound'], 115: [], 141: ['ScriptFailed'], 205: [] },
  // Routers/FunctionsRouter.js: 'Invalid function: "…"' (141); anything the function throws.
  'cloud-function': {
    101: ['UserInvalidLoginParams', 'ObjectNotFound', 'InvalidThirdPartyAuthData'],
    115: ['PushMisconfigured', 'PushWhereAndChannels', 'PushMissingChannels'],
    141: ['ScriptFailed', 'FunctionNotFound', 'AuthAdapterFailed'],
    205: ['UserWithEmailNotFound', 'UserEmailNotVerified'],
  },
  // Routers/FunctionsRouter.js: 'Invalid job.' (141); the job runs after the answer.
  job: { 101: [], 115: [], 141: ['JobNotFound'], 205: [] },
  // Routers/FilesRouter.js, triggers.js: beforeSave/beforeDelete of files throw 141.
  file: { 101: [], 115: [], 141: ['ScriptFailed'], 205: [] },
  // Routers/UsersRouter.js: 'No user found with email …' (205).
  'password-reset': { 101: [], 115: [], 141: [], 205: ['UserWithEmailNotFound'] },
};
