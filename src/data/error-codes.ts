import { ARRIVES_INSTEAD, SENT_EVIDENCE } from './sent-evidence.js';
import type { ErrorCodeCategory, ErrorCodeEntry, ErrorCodeSender, ErrorCodeSource, ErrorCodeStatus } from './types.js';

interface EntryDetails {
  readonly sdkConstant?: string;
  readonly misleadingSdkName?: true;
  readonly status?: ErrorCodeStatus;
  readonly replacedBy?: number;
  /** Defaults to both documentation tables, plus `sdk` when there is a constant. */
  readonly sources?: readonly ErrorCodeSource[];
}

function entry(
  code: number,
  name: string,
  category: ErrorCodeCategory,
  meaning: string,
  description: string,
  details: EntryDetails = {},
): ErrorCodeEntry {
  const sdkConstant = details.sdkConstant;
  const sources =
    details.sources ??
    (sdkConstant === undefined
      ? (['docs-seed', 'docs-current'] as const)
      : (['docs-seed', 'docs-current', 'sdk'] as const));
  const sentIn = SENT_EVIDENCE[`${code} ${name}`] ?? [];
  const sentBy: ErrorCodeSender[] = [];
  if (sentIn.some((file) => file.startsWith('parse-server/'))) sentBy.push('parse-server');
  if (sentIn.some((file) => file.startsWith('parse/'))) sentBy.push('sdk');
  return Object.freeze({
    code,
    name,
    sdkConstant,
    misleadingSdkName: details.misleadingSdkName ?? false,
    category,
    status: details.status ?? 'current',
    replacedBy: details.replacedBy ?? ARRIVES_INSTEAD[code],
    meaning,
    description,
    sources: Object.freeze([...sources]),
    sentBy: Object.freeze(sentBy),
    sentIn: Object.freeze([...sentIn]),
  });
}

const SEED_ONLY: readonly ErrorCodeSource[] = ['docs-seed'];
const SEED_AND_SDK: readonly ErrorCodeSource[] = ['docs-seed', 'sdk'];
const SDK_ONLY: readonly ErrorCodeSource[] = ['sdk'];
const CURRENT_DOCS_AND_SDK: readonly ErrorCodeSource[] = ['docs-current', 'sdk'];
const PARSE_SERVER_ONLY: readonly ErrorCodeSource[] = ['parse-server'];

/**
 * Every Parse error code with every meaning it has had, one entry per meaning, in the order of
 * the documentation's sections. Names and numbers are Parse's; descriptions are ours.
 */
export const errorCodes: readonly ErrorCodeEntry[] = Object.freeze([
  // API
  entry(
    101,
    'UserInvalidLoginParams',
    'api',
    'invalid login parameters',
    'A login was attempted with a username or password that does not match any user.',
  ),
  entry(
    101,
    'ObjectNotFound',
    'api',
    'object not found',
    'The object or session does not exist, or the caller lacks the permission to read or write it.',
    { sdkConstant: 'OBJECT_NOT_FOUND' },
  ),
  entry(
    101,
    'InvalidThirdPartyAuthData',
    'api',
    'third-party auth failed',
    'A third-party auth adapter (Facebook, Apple, Google...) refused the authData of a log-in or link.',
    { sources: PARSE_SERVER_ONLY },
  ),
  entry(
    102,
    'InvalidQuery',
    'api',
    'invalid query',
    'A query was built with a field or constraint the server cannot use.',
    { sdkConstant: 'INVALID_QUERY' },
  ),
  entry(
    103,
    'InvalidClassName',
    'api',
    'invalid class name',
    'The class name is missing or breaks the naming rules for classes.',
    { sdkConstant: 'INVALID_CLASS_NAME' },
  ),
  entry(104, 'MissingObjectId', 'api', 'missing object id', 'An operation needed an object id and none was given.', {
    sdkConstant: 'MISSING_OBJECT_ID',
  }),
  entry(
    105,
    'InvalidFieldName',
    'api',
    'invalid field name',
    'A field name breaks the naming rules for keys or uses a reserved name.',
    { sdkConstant: 'INVALID_KEY_NAME' },
  ),
  entry(106, 'InvalidPointer', 'api', 'invalid pointer', 'A pointer value is malformed.', {
    sdkConstant: 'INVALID_POINTER',
  }),
  entry(
    107,
    'InvalidJSON',
    'api',
    'invalid JSON',
    'The request body could not be decoded as JSON or holds invalid text.',
    { sdkConstant: 'INVALID_JSON' },
  ),
  entry(
    108,
    'CommandUnavailable',
    'api',
    'command unavailable',
    'The requested feature is only available for internal testing.',
    { sdkConstant: 'COMMAND_UNAVAILABLE' },
  ),
  entry(109, 'NotInitialized', 'api', 'SDK not initialized', 'The SDK was used before Parse.initialize was called.', {
    sdkConstant: 'NOT_INITIALIZED',
  }),
  entry(116, 'ObjectTooLarge', 'api', 'object too large', 'An object exceeds the maximum size the server accepts.', {
    sdkConstant: 'OBJECT_TOO_LARGE',
  }),
  entry(
    116,
    'ExceededConfigParamsError',
    'api',
    'too many config parameters',
    'The app already has as many config parameters as it may have.',
  ),
  entry(117, 'InvalidLimitError', 'api', 'invalid limit', 'A query limit has a value the server does not accept.'),
  entry(118, 'InvalidSkipError', 'api', 'invalid skip', 'A query skip has a value the server does not accept.'),
  entry(
    119,
    'OperationForbidden',
    'api',
    'operation forbidden',
    'Class-level permissions or server settings forbid this operation for the caller.',
    { sdkConstant: 'OPERATION_FORBIDDEN' },
  ),
  entry(120, 'CacheMiss', 'api', 'cache miss', 'The requested result is not in the cache.', {
    sdkConstant: 'CACHE_MISS',
  }),
  entry(121, 'InvalidNestedKey', 'api', 'invalid nested key', 'A key inside a nested object is not allowed.', {
    sdkConstant: 'INVALID_NESTED_KEY',
  }),
  entry(123, 'InvalidACL', 'api', 'invalid ACL', 'An access control list is malformed.', {
    sdkConstant: 'INVALID_ACL',
  }),
  entry(125, 'InvalidEmailAddress', 'api', 'invalid email address', 'An email address is not well formed.', {
    sdkConstant: 'INVALID_EMAIL_ADDRESS',
  }),
  entry(
    137,
    'DuplicateValue',
    'api',
    'duplicate value',
    'A value for a field with a unique index is already used by another object.',
    { sdkConstant: 'DUPLICATE_VALUE' },
  ),
  entry(139, 'InvalidRoleName', 'api', 'invalid role name', 'A role name breaks the naming rules for roles.', {
    sdkConstant: 'INVALID_ROLE_NAME',
  }),
  entry(139, 'ReservedValue', 'api', 'reserved value', 'A field was given a value that Parse reserves for itself.'),
  entry(140, 'ExceededCollectionQuota', 'api', 'class quota exceeded', 'The app has as many classes as it may have.', {
    sdkConstant: 'EXCEEDED_QUOTA',
  }),
  entry(141, 'ScriptFailed', 'api', 'Cloud Code script failed', 'A Cloud Code function or trigger threw or rejected.', {
    sdkConstant: 'SCRIPT_FAILED',
  }),
  entry(
    141,
    'FunctionNotFound',
    'api',
    'Cloud function not found',
    'No Cloud function with the requested name is deployed.',
  ),
  entry(
    141,
    'JobNotFound',
    'api',
    'background job not found',
    'No background job with the requested name is deployed.',
  ),
  entry(
    141,
    'AuthAdapterFailed',
    'api',
    'auth adapter failure',
    'An auth adapter, the MFA adapter among them, refused a log-in, sign-up or link by throwing a message.',
    { sources: PARSE_SERVER_ONLY },
  ),
  entry(
    141,
    'SuccessErrorNotCalled',
    'api',
    'success/error not called',
    'A Cloud function or job ended without calling the old response.success or response.error callbacks.',
    { status: 'obsolete', sources: SEED_ONLY },
  ),
  entry(
    141,
    'MultupleSuccessErrorCalls',
    'api',
    'success/error called twice',
    'A Cloud function or job called the old response.success or response.error callbacks more than once.',
    { status: 'obsolete', sources: SEED_ONLY },
  ),
  entry(
    142,
    'ValidationFailed',
    'api',
    'Cloud Code validation failed',
    'A Cloud Code validator or beforeSave-style trigger rejected the request.',
    { sdkConstant: 'VALIDATION_ERROR' },
  ),
  entry(
    143,
    'WebhookError',
    'api',
    'webhook error',
    'A Cloud Code webhook could not be registered, reached or understood.',
  ),
  entry(
    143,
    'InvalidImageData',
    'api',
    'invalid image data (SDK name only)',
    'The SDK names 143 after image data, but Parse sends 143 for webhook errors and documents image data as 150.',
    { sdkConstant: 'INVALID_IMAGE_DATA', misleadingSdkName: true, sources: SDK_ONLY },
  ),
  entry(150, 'InvalidImageData', 'api', 'invalid image data', 'Image data could not be decoded.'),
  entry(151, 'UnsavedFileError', 'api', 'unsaved file', 'A file was used before it was saved.', {
    sdkConstant: 'UNSAVED_FILE_ERROR',
  }),
  entry(
    152,
    'InvalidPushTimeError',
    'api',
    'invalid push time',
    'A scheduled push has a push time the server does not accept.',
    { sdkConstant: 'INVALID_PUSH_TIME_ERROR' },
  ),
  entry(158, 'HostingError', 'api', 'hosting error', 'Static hosting failed to serve the request.'),
  entry(160, 'InvalidEventName', 'api', 'invalid analytics event name', 'An analytics event name is not allowed.', {
    sdkConstant: 'INVALID_EVENT_NAME',
  }),
  entry(162, 'InvalidValue', 'api', 'invalid value', 'A field was given a value that is invalid for it.', {
    sdkConstant: 'INVALID_VALUE',
    sources: SDK_ONLY,
  }),
  entry(
    255,
    'ClassNotEmpty',
    'api',
    'invalid schema operation',
    'A schema change was refused, for example dropping a class that still has objects.',
    { sdkConstant: 'INVALID_SCHEMA_OPERATION' },
  ),
  entry(256, 'AppNameInvalid', 'api', 'invalid app name', 'An app name is not allowed.'),
  entry(902, 'MissingAPIKeyError', 'api', 'missing API key', 'The request carries no API key.'),
  entry(903, 'InvalidAPIKeyError', 'api', 'invalid API key', 'The request carries an API key the app does not know.'),

  // Push
  entry(
    111,
    'IncorrectType',
    'push',
    'incorrect type',
    'A field was given a value of a different type than the one it holds.',
    { sdkConstant: 'INCORRECT_TYPE' },
  ),
  entry(
    112,
    'InvalidChannelName',
    'push',
    'invalid channel name',
    'A push channel name breaks the naming rules for channels.',
    { sdkConstant: 'INVALID_CHANNEL_NAME' },
  ),
  entry(
    113,
    'InvalidSubscriptionType',
    'push',
    'invalid subscription type',
    'A push subscription type is not supported.',
  ),
  entry(114, 'InvalidDeviceToken', 'push', 'invalid device token', 'A device token for push is not valid.'),
  entry(
    115,
    'PushMisconfigured',
    'push',
    'push misconfigured',
    'Push notifications are not set up correctly for the app.',
    { sdkConstant: 'PUSH_MISCONFIGURED' },
  ),
  entry(
    115,
    'PushWhereAndChannels',
    'push',
    'push with both query and channels',
    'A query-targeted push also named channels.',
  ),
  entry(
    115,
    'PushWhereAndType',
    'push',
    'push with both query and device type',
    'A query-targeted push also named a device type.',
  ),
  entry(115, 'PushMissingData', 'push', 'push without data', 'A push request has no data field.'),
  entry(
    115,
    'PushMissingChannels',
    'push',
    'push without channels',
    'A push request names neither channels nor a query.',
  ),
  entry(
    115,
    'ClientPushDisabled',
    'push',
    'client push disabled',
    'A client sent a push while the app does not allow client pushes.',
  ),
  entry(
    115,
    'RestPushDisabled',
    'push',
    'REST push disabled',
    'A push was sent through REST while the app does not allow it.',
  ),
  entry(
    115,
    'ClientPushWithURI',
    'push',
    'client push with URI',
    'A client-initiated push used the uri option, which only servers may use.',
  ),
  entry(
    115,
    'PushQueryOrPayloadTooLarge',
    'push',
    'push query or payload too large',
    'The push query or its payload is larger than allowed.',
  ),
  entry(138, 'InvalidExpirationError', 'push', 'invalid push expiration', 'A push expiration value is not valid.'),
  entry(156, 'MissingPushIdError', 'push', 'missing push id', 'A push id was expected and not given.', {
    status: 'deprecated',
  }),
  entry(
    157,
    'MissingDeviceTypeError',
    'push',
    'missing device type',
    'An installation or push lacked its device type field.',
    { status: 'deprecated' },
  ),

  // Files
  entry(
    122,
    'InvalidFileName',
    'file',
    'invalid file name',
    'A file name has characters or a length that files may not have.',
    { sdkConstant: 'INVALID_FILE_NAME' },
  ),
  entry(126, 'MissingContentType', 'file', 'missing content type', 'A file upload has no content type.', {
    sdkConstant: 'MISSING_CONTENT_TYPE',
  }),
  entry(127, 'MissingContentLength', 'file', 'missing content length', 'A file upload has no content length.', {
    sdkConstant: 'MISSING_CONTENT_LENGTH',
  }),
  entry(
    128,
    'InvalidContentLength',
    'file',
    'invalid content length',
    'A file upload has a content length that does not fit its body.',
    { sdkConstant: 'INVALID_CONTENT_LENGTH' },
  ),
  entry(129, 'FileTooLarge', 'file', 'file too large', 'A file is larger than the server accepts.', {
    sdkConstant: 'FILE_TOO_LARGE',
  }),
  entry(130, 'FileSaveError', 'file', 'file save error', 'The file adapter could not store a file.', {
    sdkConstant: 'FILE_SAVE_ERROR',
  }),
  entry(
    131,
    'FileDeleteError',
    'file',
    'file delete error (documented wrongly)',
    'An old documentation table gave failed file deletions this number, which Parse never sent; they fail with 153.',
    { status: 'corrected', replacedBy: 153, sources: SEED_ONLY },
  ),
  entry(153, 'FileDeleteError', 'file', 'file delete error', 'The file adapter could not delete a file.', {
    sdkConstant: 'FILE_DELETE_ERROR',
    sources: CURRENT_DOCS_AND_SDK,
  }),
  entry(
    161,
    'FileDeleteUnnamedError',
    'file',
    'unnamed file delete',
    'A file deletion was asked for a file that has no name.',
    { sdkConstant: 'FILE_DELETE_UNNAMED_ERROR', sources: CURRENT_DOCS_AND_SDK },
  ),

  // Installations
  entry(
    132,
    'InvalidInstallationIdError',
    'installation',
    'invalid installation id',
    'An installation id is not valid.',
  ),
  entry(
    133,
    'InvalidDeviceTypeError',
    'installation',
    'invalid device type',
    'An installation has a device type Parse does not know.',
  ),
  entry(
    134,
    'InvalidChannelsArrayError',
    'installation',
    'invalid channels array',
    'An installation has a channels value that is not a valid list of channels.',
  ),
  entry(
    135,
    'MissingRequiredFieldError',
    'installation',
    'missing required field',
    'An installation lacks a field it must have.',
  ),
  entry(
    136,
    'ChangedImmutableFieldError',
    'installation',
    'changed immutable field',
    'An update tried to change a field of an installation that may not change.',
  ),

  // Purchases
  entry(
    143,
    'ReceiptMissing',
    'purchase',
    'purchase receipt missing',
    'An in-app purchase was checked without its receipt.',
  ),
  entry(
    144,
    'InvalidPurchaseReceipt',
    'purchase',
    'invalid purchase receipt',
    'An in-app purchase receipt did not verify.',
  ),
  entry(145, 'PaymentDisabled', 'purchase', 'payment disabled', 'The device does not allow payments.'),
  entry(
    146,
    'InvalidProductIdentifier',
    'purchase',
    'invalid product identifier',
    'A product identifier is not valid.',
  ),
  entry(
    147,
    'ProductNotFoundInAppStore',
    'purchase',
    'product not in App Store',
    'The App Store does not list the product.',
  ),
  entry(
    148,
    'InvalidServerResponse',
    'purchase',
    'invalid App Store response',
    "Apple's server answered with a response that could not be used.",
  ),
  entry(
    149,
    'ProductDownloadFilesystemError',
    'purchase',
    'product download filesystem error',
    'Downloading the content of a product failed on the file system.',
  ),

  // Users
  entry(200, 'UsernameMissing', 'user', 'username missing', 'A sign-up or login gave no username or an empty one.', {
    sdkConstant: 'USERNAME_MISSING',
  }),
  entry(201, 'PasswordMissing', 'user', 'password missing', 'A sign-up or login gave no password or an empty one.', {
    sdkConstant: 'PASSWORD_MISSING',
  }),
  entry(202, 'UsernameTaken', 'user', 'username taken', 'Another user already has this username.', {
    sdkConstant: 'USERNAME_TAKEN',
  }),
  entry(203, 'UserEmailTaken', 'user', 'email taken', 'Another user already has this email address.', {
    sdkConstant: 'EMAIL_TAKEN',
  }),
  entry(204, 'UserEmailMissing', 'user', 'email missing', 'An operation that needs an email address got none.', {
    sdkConstant: 'EMAIL_MISSING',
  }),
  entry(
    205,
    'UserWithEmailNotFound',
    'user',
    'no user with that email',
    'No user has the email address given, for example in a password reset.',
    { sdkConstant: 'EMAIL_NOT_FOUND' },
  ),
  entry(
    205,
    'UserEmailNotVerified',
    'user',
    'email not verified',
    'A log-in was refused because the user has not verified the email address yet.',
    { sources: PARSE_SERVER_ONLY },
  ),
  entry(206, 'SessionMissing', 'user', 'session missing', 'A user was changed without a valid session for that user.', {
    sdkConstant: 'SESSION_MISSING',
  }),
  entry(207, 'MustCreateUserThroughSignup', 'user', 'user must sign up', 'Users can only be created by signing up.', {
    sdkConstant: 'MUST_CREATE_USER_THROUGH_SIGNUP',
  }),
  entry(
    208,
    'AccountAlreadyLinked',
    'user',
    'account already linked',
    'The third-party account is already linked to another user.',
    { sdkConstant: 'ACCOUNT_ALREADY_LINKED' },
  ),
  entry(
    209,
    'InvalidSessionToken',
    'user',
    'invalid session token',
    'The session token is no longer valid; the user has to log in again.',
    { sdkConstant: 'INVALID_SESSION_TOKEN' },
  ),
  entry(210, 'MfaError', 'user', 'multi-factor authentication error', 'Multi-factor authentication failed.', {
    sdkConstant: 'MFA_ERROR',
    sources: SDK_ONLY,
  }),
  entry(
    211,
    'MfaTokenRequired',
    'user',
    'multi-factor token required',
    'A login needs a multi-factor authentication token and none was given.',
    { sdkConstant: 'MFA_TOKEN_REQUIRED', sources: SDK_ONLY },
  ),

  // Linked services
  entry(
    250,
    'LinkedIdMissing',
    'linked-services',
    'linked id missing',
    'A user could not be linked because the third-party account id was not found.',
    { sdkConstant: 'LINKED_ID_MISSING' },
  ),
  entry(
    251,
    'InvalidLinkedSession',
    'linked-services',
    'invalid linked session',
    'The session of a linked third-party account is not valid.',
    { sdkConstant: 'INVALID_LINKED_SESSION' },
  ),
  entry(
    251,
    'InvalidGeneralAuthData',
    'linked-services',
    'invalid auth data',
    'The authData value given for a provider is not valid.',
  ),
  entry(251, 'BadAnonymousID', 'linked-services', 'bad anonymous id', 'An anonymous login id is not a lowercase UUID.'),
  entry(
    251,
    'FacebookBadToken',
    'linked-services',
    'bad Facebook token',
    'A Facebook access token is expired or not valid.',
  ),
  entry(
    251,
    'FacebookBadID',
    'linked-services',
    'bad Facebook id',
    'The Facebook account linked to a user has no valid session.',
  ),
  entry(
    251,
    'FacebookWrongAppID',
    'linked-services',
    'wrong Facebook app id',
    'The Facebook application id is not the one the app accepts.',
  ),
  entry(
    251,
    'TwitterVerificationFailed',
    'linked-services',
    'Twitter verification failed',
    'Twitter did not verify the credentials.',
  ),
  entry(
    251,
    'TwitterWrongID',
    'linked-services',
    'wrong Twitter id',
    'The Twitter id does not belong to the access token given.',
  ),
  entry(
    251,
    'TwitterWrongScreenName',
    'linked-services',
    'wrong Twitter screen name',
    'The Twitter handle does not belong to the access token given.',
  ),
  entry(
    251,
    'TwitterConnectFailure',
    'linked-services',
    'Twitter unreachable',
    'The Twitter API could not be reached to verify credentials.',
  ),
  entry(
    252,
    'UnsupportedService',
    'linked-services',
    'unsupported service',
    'The third-party service to link is not supported.',
    { sdkConstant: 'UNSUPPORTED_SERVICE' },
  ),
  entry(
    252,
    'UsernameSigninDisabled',
    'linked-services',
    'username sign-in disabled',
    'The app does not allow logging in with username and password.',
  ),
  entry(
    252,
    'AnonymousSigninDisabled',
    'linked-services',
    'anonymous sign-in disabled',
    'The app does not allow anonymous users.',
  ),
  entry(
    252,
    'FacebookSigninDisabled',
    'linked-services',
    'Facebook sign-in disabled',
    'The app does not allow logging in with Facebook.',
  ),
  entry(
    252,
    'TwitterSigninDisabled',
    'linked-services',
    'Twitter sign-in disabled',
    'The app does not allow logging in with Twitter.',
  ),
  entry(253, 'InvalidAuthDataError', 'linked-services', 'invalid authData', 'An authData value is malformed.'),
  entry(
    999,
    'LinkingNotSupportedError',
    'linked-services',
    'linking not supported',
    'Linking an external account is not supported in a combined sign-up-or-login request.',
  ),

  // Client only
  entry(
    100,
    'ConnectionFailed',
    'client-only',
    'connection failed',
    'The client could not reach the Parse Server, or the server turned the request away.',
    { sdkConstant: 'CONNECTION_FAILED' },
  ),
  entry(
    600,
    'AggregateError',
    'client-only',
    'aggregate error',
    'Several errors happened; each is listed in the errors property.',
    { sdkConstant: 'AGGREGATE_ERROR' },
  ),
  entry(
    601,
    'FileReadError',
    'client-only',
    'file read error',
    'The client could not read the input for a Parse file.',
    { sdkConstant: 'FILE_READ_ERROR' },
  ),
  entry(
    602,
    'XDomainRequest',
    'client-only',
    'XDomainRequest error',
    'An old Internet Explorer cross-domain request hid the real error code.',
    { sdkConstant: 'X_DOMAIN_REQUEST' },
  ),

  // Operational
  entry(
    124,
    'RequestTimeout',
    'operational',
    'request timeout',
    'A request, a Cloud function or an outgoing HTTP request took too long.',
    { sdkConstant: 'TIMEOUT' },
  ),
  entry(
    154,
    'InefficientQueryError',
    'operational',
    'inefficient query',
    'The server refused a query that would be too expensive to run.',
  ),
  entry(
    155,
    'RequestLimitExceeded',
    'operational',
    'request limit exceeded (Parse.com only)',
    "The hosted Parse.com service refused requests beyond the app's request limit.",
    { sdkConstant: 'REQUEST_LIMIT_EXCEEDED', status: 'legacy', replacedBy: 100, sources: SEED_AND_SDK },
  ),
  entry(
    159,
    'TemporaryRejectionError',
    'operational',
    'temporary rejection (Parse.com only)',
    'The hosted Parse.com service turned requests away for a while.',
    { status: 'legacy', sources: SEED_ONLY },
  ),
  entry(
    159,
    'DuplicateRequest',
    'operational',
    'duplicate request',
    'The server already handled a request with the same request id (idempotency check).',
    { sdkConstant: 'DUPLICATE_REQUEST', sources: SDK_ONLY },
  ),
  entry(
    428,
    'DatabaseNotMigratedError',
    'operational',
    'database not migrated (Parse.com only)',
    'The hosted Parse.com service asked the app to migrate its database.',
    { status: 'legacy', sources: SEED_ONLY },
  ),

  // Other
  entry(-1, 'OtherCause', 'other', 'other cause', 'An unknown error, or one that does not come from Parse.', {
    sdkConstant: 'OTHER_CAUSE',
  }),
  entry(1, 'InternalServerError', 'other', 'internal server error', 'The server failed without more information.', {
    sdkConstant: 'INTERNAL_SERVER_ERROR',
  }),
  entry(2, 'ServiceUnavailable', 'other', 'service unavailable', 'The service cannot answer at the moment.'),
  entry(4, 'ClientDisconnected', 'other', 'client disconnected', 'The connection to the client was lost.'),

  // LiveQuery's own codes, in the `{ op: 'error', code, error }` messages of its WebSocket
  // (parse-server lib/LiveQuery/ParseLiveQueryServer.js, Client.pushError); not `Parse.Error` codes.
  entry(
    1,
    'LiveQueryInvalidRequest',
    'live-query',
    'LiveQuery invalid request',
    "A LiveQuery request failed the server's validation of its shape.",
    { sources: PARSE_SERVER_ONLY },
  ),
  entry(
    2,
    'LiveQueryClientNotFound',
    'live-query',
    'LiveQuery client or subscription not found',
    'A LiveQuery request named a client or subscription the server does not know: connect or subscribe first.',
    { sources: PARSE_SERVER_ONLY },
  ),
  entry(
    3,
    'LiveQueryUnknownOperation',
    'live-query',
    'LiveQuery unknown operation',
    'A LiveQuery message had an `op` the server does not know.',
    { sources: PARSE_SERVER_ONLY },
  ),
  entry(
    4,
    'LiveQueryInvalidKey',
    'live-query',
    'LiveQuery invalid key',
    'A LiveQuery connect request carried a key the server does not accept.',
    { sources: PARSE_SERVER_ONLY },
  ),
]);
