/**
 * Every named row of the older Parse documentation's error-code table (the "seed" table), in the
 * table's order: the name exactly as the table spells it (typos included, e.g.
 * `MultupleSuccessErrorCalls`; the stray trailing space of `FileReadError ` removed), the code,
 * and the description cell. Copied into the repository so that tests never read outside it.
 */
export interface SeedRow {
  readonly name: string;
  readonly code: number;
  /** The table's description cell, kept only to check that the catalog words its own. */
  readonly description: string;
}

/** The 115 rows, grouped by the table's sections. */
export const seedTable: readonly SeedRow[] = [
  // API Issues
  {
    name: 'UserInvalidLoginParams',
    code: 101,
    description: 'Invalid login parameters. Check error message for more details.',
  },
  {
    name: 'ObjectNotFound',
    code: 101,
    description:
      "The specified object or session doesn't exist or could not be found. Can also indicate that you do not have the necessary permissions to read or write this object. Check error message for more details.",
  },
  {
    name: 'InvalidQuery',
    code: 102,
    description:
      'There is a problem with the parameters used to construct this query. This could be an invalid field name or an invalid field type for a specific constraint. Check error message for more details.',
  },
  {
    name: 'InvalidClassName',
    code: 103,
    description:
      'Missing or invalid classname. Classnames are case-sensitive. They must start with a letter, and a-zA-Z0-9_ are the only valid characters.',
  },
  { name: 'MissingObjectId', code: 104, description: 'An unspecified object id.' },
  {
    name: 'InvalidFieldName',
    code: 105,
    description:
      'An invalid field name. Keys are case-sensitive. They must start with a letter, and a-zA-Z0-9_ are the only valid characters. Some field names may be reserved. Check error message for more details.',
  },
  {
    name: 'InvalidPointer',
    code: 106,
    description: 'A malformed pointer was used. You would typically only see this if you have modified a client SDK.',
  },
  {
    name: 'InvalidJSON',
    code: 107,
    description:
      'Badly formed JSON was received upstream. This either indicates you have done something unusual with modifying how things encode to JSON, or the network is failing badly. Can also indicate an invalid utf-8 string or use of multiple form encoded values. Check error message for more details.',
  },
  {
    name: 'CommandUnavailable',
    code: 108,
    description: 'The feature you tried to access is only available internally for testing purposes.',
  },
  {
    name: 'NotInitialized',
    code: 109,
    description:
      'You must call Parse.initialize before using the Parse library. Check the Quick Start guide for your platform.',
  },
  {
    name: 'ObjectTooLarge',
    code: 116,
    description: 'The object is too large. Parse Objects have a max size of 128 kilobytes.',
  },
  { name: 'ExceededConfigParamsError', code: 116, description: 'You have reached the limit of 100 config parameters.' },
  {
    name: 'InvalidLimitError',
    code: 117,
    description: 'An invalid value was set for the limit. Check error message for more details.',
  },
  {
    name: 'InvalidSkipError',
    code: 118,
    description: 'An invalid value was set for skip. Check error message for more details.',
  },
  {
    name: 'OperationForbidden',
    code: 119,
    description:
      "The operation isn't allowed for clients due to class-level permissions. Check error message for more details.",
  },
  { name: 'CacheMiss', code: 120, description: 'The result was not found in the cache.' },
  {
    name: 'InvalidNestedKey',
    code: 121,
    description: 'An invalid key was used in a nested JSONObject. Check error message for more details.',
  },
  { name: 'InvalidACL', code: 123, description: 'An invalid ACL was provided.' },
  { name: 'InvalidEmailAddress', code: 125, description: 'The email address was invalid.' },
  { name: 'DuplicateValue', code: 137, description: 'Unique field was given a value that is already taken.' },
  { name: 'InvalidRoleName', code: 139, description: "Role's name is invalid." },
  { name: 'ReservedValue', code: 139, description: 'Field value is reserved.' },
  {
    name: 'ExceededCollectionQuota',
    code: 140,
    description:
      'You have reached the quota on the number of classes in your app. Please delete some classes if you need to add a new class.',
  },
  {
    name: 'ScriptFailed',
    code: 141,
    description:
      'Cloud Code script failed. Usually points to a JavaScript error. Check error message for more details.',
  },
  {
    name: 'FunctionNotFound',
    code: 141,
    description:
      'Cloud function not found. Check that the specified Cloud function is present in your Cloud Code script and has been deployed.',
  },
  {
    name: 'JobNotFound',
    code: 141,
    description:
      'Background job not found. Check that the specified job is present in your Cloud Code script and has been deployed.',
  },
  {
    name: 'SuccessErrorNotCalled',
    code: 141,
    description:
      'success/error was not called. A cloud function will return once response.success() or response.error() is called. A background job will similarly finish execution once status.success() or status.error() is called. If a function or job never reaches either of the success/error methods, this error will be returned. This may happen when a function does not handle an error response correctly, preventing code execution from reaching the success() method call.',
  },
  {
    name: 'MultupleSuccessErrorCalls',
    code: 141,
    description:
      "Can't call success/error multiple times. A cloud function will return once response.success() or response.error() is called. A background job will similarly finish execution once status.success() or status.error() is called. If a function or job calls success() and/or error() more than once in a single execution path, this error will be returned.",
  },
  { name: 'ValidationFailed', code: 142, description: 'Cloud Code validation failed.' },
  { name: 'WebhookError', code: 143, description: 'Webhook error.' },
  { name: 'InvalidImageData', code: 150, description: 'Invalid image data.' },
  { name: 'UnsavedFileError', code: 151, description: 'An unsaved file.' },
  { name: 'InvalidPushTimeError', code: 152, description: 'An invalid push time was specified.' },
  { name: 'HostingError', code: 158, description: 'Hosting error.' },
  { name: 'InvalidEventName', code: 160, description: 'The provided analytics event name is invalid.' },
  { name: 'ClassNotEmpty', code: 255, description: 'Class is not empty and cannot be dropped.' },
  { name: 'AppNameInvalid', code: 256, description: 'App name is invalid.' },
  { name: 'MissingAPIKeyError', code: 902, description: 'The request is missing an API key.' },
  { name: 'InvalidAPIKeyError', code: 903, description: 'The request is using an invalid API key.' },

  // Push related errors
  {
    name: 'IncorrectType',
    code: 111,
    description: 'A field was set to an inconsistent type. Check error message for more details.',
  },
  {
    name: 'InvalidChannelName',
    code: 112,
    description:
      'Invalid channel name. A channel name is either an empty string (the broadcast channel) or contains only a-zA-Z0-9_ characters and starts with a letter.',
  },
  {
    name: 'InvalidSubscriptionType',
    code: 113,
    description: 'Bad subscription type. Check error message for more details.',
  },
  { name: 'InvalidDeviceToken', code: 114, description: 'The provided device token is invalid.' },
  {
    name: 'PushMisconfigured',
    code: 115,
    description: 'Push is misconfigured in your app.  Check error message for more details.',
  },
  {
    name: 'PushWhereAndChannels',
    code: 115,
    description:
      "Can't set channels for a query-targeted push. You can fix this by moving the channels into your push query constraints.",
  },
  {
    name: 'PushWhereAndType',
    code: 115,
    description:
      "Can't set device type for a query-targeted push. You can fix this by incorporating the device type constraints into your push query.",
  },
  { name: 'PushMissingData', code: 115, description: "Push is missing a 'data' field." },
  {
    name: 'PushMissingChannels',
    code: 115,
    description: "Non-query push is missing a 'channels' field. Fix by passing a 'channels' or 'query' field.",
  },
  {
    name: 'ClientPushDisabled',
    code: 115,
    description: "Client-initiated push is not enabled. Check your Parse app's push notification settings.",
  },
  {
    name: 'RestPushDisabled',
    code: 115,
    description: "REST-initiated push is not enabled. Check your Parse app's push notification settings.",
  },
  { name: 'ClientPushWithURI', code: 115, description: 'Client-initiated push cannot use the "uri" option.' },
  {
    name: 'PushQueryOrPayloadTooLarge',
    code: 115,
    description: 'Your push query or data payload is too large. Check error message for more details.',
  },
  { name: 'InvalidExpirationError', code: 138, description: 'Invalid expiration value.' },
  { name: 'MissingPushIdError', code: 156, description: 'A push id is missing. Deprecated.' },
  { name: 'MissingDeviceTypeError', code: 157, description: 'The device type field is missing. Deprecated.' },

  // File related errors
  {
    name: 'InvalidFileName',
    code: 122,
    description:
      'An invalid filename was used for Parse File. A valid file name contains only a-zA-Z0-9_. characters and is between 1 and 128 characters.',
  },
  { name: 'MissingContentType', code: 126, description: 'Missing content type.' },
  { name: 'MissingContentLength', code: 127, description: 'Missing content length.' },
  { name: 'InvalidContentLength', code: 128, description: 'Invalid content length.' },
  { name: 'FileTooLarge', code: 129, description: 'File size exceeds maximum allowed.' },
  { name: 'FileSaveError', code: 130, description: 'Error saving a file.' },
  { name: 'FileDeleteError', code: 131, description: 'File could not be deleted.' },

  // Installation related errors
  { name: 'InvalidInstallationIdError', code: 132, description: 'Invalid installation id.' },
  { name: 'InvalidDeviceTypeError', code: 133, description: 'Invalid device type.' },
  { name: 'InvalidChannelsArrayError', code: 134, description: 'Invalid channels array value.' },
  { name: 'MissingRequiredFieldError', code: 135, description: 'Required field is missing.' },
  { name: 'ChangedImmutableFieldError', code: 136, description: 'An immutable field was changed.' },

  // Purchase related errors
  { name: 'ReceiptMissing', code: 143, description: 'Product purchase receipt is missing.' },
  { name: 'InvalidPurchaseReceipt', code: 144, description: 'Product purchase receipt is invalid.' },
  { name: 'PaymentDisabled', code: 145, description: 'Payment is disabled on this device.' },
  { name: 'InvalidProductIdentifier', code: 146, description: 'The product identifier is invalid.' },
  { name: 'ProductNotFoundInAppStore', code: 147, description: 'The product is not found in the App Store.' },
  { name: 'InvalidServerResponse', code: 148, description: 'The Apple server response is not valid.' },
  {
    name: 'ProductDownloadFilesystemError',
    code: 149,
    description: 'The product fails to download due to file system error.',
  },

  // User related errors
  { name: 'UsernameMissing', code: 200, description: 'The username is missing or empty.' },
  { name: 'PasswordMissing', code: 201, description: 'The password is missing or empty.' },
  { name: 'UsernameTaken', code: 202, description: 'The username has already been taken.' },
  { name: 'UserEmailTaken', code: 203, description: 'Email has already been used.' },
  { name: 'UserEmailMissing', code: 204, description: 'The email is missing, and must be specified.' },
  { name: 'UserWithEmailNotFound', code: 205, description: 'A user with the specified email was not found.' },
  { name: 'SessionMissing', code: 206, description: 'A user object without a valid session could not be altered.' },
  { name: 'MustCreateUserThroughSignup', code: 207, description: 'A user can only be created through signup.' },
  {
    name: 'AccountAlreadyLinked',
    code: 208,
    description: 'An account being linked is already linked to another user.',
  },
  {
    name: 'InvalidSessionToken',
    code: 209,
    description: "The device's session token is no longer valid. The application should ask the user to log in again.",
  },

  // Linked services errors
  {
    name: 'LinkedIdMissing',
    code: 250,
    description: "A user cannot be linked to an account because that account's id could not be found.",
  },
  {
    name: 'InvalidLinkedSession',
    code: 251,
    description:
      'A user with a linked (e.g. Facebook or Twitter) account has an invalid session. Check error message for more details.',
  },
  { name: 'InvalidGeneralAuthData', code: 251, description: 'Invalid auth data value used.' },
  { name: 'BadAnonymousID', code: 251, description: 'Anonymous id is not a valid lowercase UUID.' },
  { name: 'FacebookBadToken', code: 251, description: 'The supplied Facebook session token is expired or invalid.' },
  { name: 'FacebookBadID', code: 251, description: 'A user with a linked Facebook account has an invalid session.' },
  { name: 'FacebookWrongAppID', code: 251, description: 'Unacceptable Facebook application id.' },
  { name: 'TwitterVerificationFailed', code: 251, description: 'Twitter credential verification failed.' },
  {
    name: 'TwitterWrongID',
    code: 251,
    description: 'Submitted Twitter id does not match the id associated with the submitted access token.',
  },
  {
    name: 'TwitterWrongScreenName',
    code: 251,
    description: 'Submitted Twitter handle does not match the handle associated with the submitted access token.',
  },
  {
    name: 'TwitterConnectFailure',
    code: 251,
    description: 'Twitter credentials could not be verified due to problems accessing the Twitter API.',
  },
  {
    name: 'UnsupportedService',
    code: 252,
    description:
      'A service being linked (e.g. Facebook or Twitter) is unsupported. Check error message for more details.',
  },
  {
    name: 'UsernameSigninDisabled',
    code: 252,
    description:
      "Authentication by username and password is not supported for this application. Check your Parse app's authentication settings.",
  },
  {
    name: 'AnonymousSigninDisabled',
    code: 252,
    description:
      "Anonymous users are not supported for this application. Check your Parse app's authentication settings.",
  },
  {
    name: 'FacebookSigninDisabled',
    code: 252,
    description:
      "Authentication by Facebook is not supported for this application. Check your Parse app's authentication settings.",
  },
  {
    name: 'TwitterSigninDisabled',
    code: 252,
    description:
      "Authentication by Twitter is not supported for this application. Check your Parse app's authentication settings.",
  },
  {
    name: 'InvalidAuthDataError',
    code: 253,
    description: 'An invalid authData value was passed. Check error message for more details.',
  },
  {
    name: 'LinkingNotSupportedError',
    code: 999,
    description: 'Linking to an external account not supported yet with signup_or_login. Use update instead.',
  },

  // Client-only errors
  { name: 'ConnectionFailed', code: 100, description: 'The connection to the Parse servers failed.' },
  {
    name: 'AggregateError',
    code: 600,
    description:
      'There were multiple errors. Aggregate errors have an "errors" property, which is an array of error objects with more detail about each error that occurred.',
  },
  { name: 'FileReadError', code: 601, description: 'Unable to read input for a Parse File on the client.' },
  {
    name: 'XDomainRequest',
    code: 602,
    description:
      'A real error code is unavailable because we had to use an XDomainRequest object to allow CORS requests in Internet Explorer, which strips the body from HTTP responses that have a non-2XX status code.',
  },

  // Operational issues
  {
    name: 'RequestTimeout',
    code: 124,
    description:
      'The request was slow and timed out. Typically this indicates that the request is too expensive to run. You may see this when a Cloud function did not finish before timing out, or when a `Parse.Cloud.httpRequest` connection times out.',
  },
  {
    name: 'InefficientQueryError',
    code: 154,
    description: 'An inefficient query was rejected by the server. Refer to the Performance Guide and slow query log.',
  },
  {
    name: 'RequestLimitExceeded',
    code: 155,
    description: 'This application has exceeded its request limit (legacy Parse.com apps only).',
  },
  {
    name: 'TemporaryRejectionError',
    code: 159,
    description: "An application's requests are temporary rejected by the server (legacy Parse.com apps only).",
  },
  {
    name: 'DatabaseNotMigratedError',
    code: 428,
    description: 'You should migrate your database as soon as possible (legacy Parse.com apps only).',
  },

  // Other issues
  { name: 'OtherCause', code: -1, description: 'An unknown error or an error unrelated to Parse occurred.' },
  { name: 'InternalServerError', code: 1, description: 'Internal server error. No information available.' },
  { name: 'ServiceUnavailable', code: 2, description: 'The service is currently unavailable.' },
  { name: 'ClientDisconnected', code: 4, description: 'Connection failure.' },
];
