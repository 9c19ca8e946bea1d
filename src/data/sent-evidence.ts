/**
 * Where Parse Server (`parse-server/lib/…`, read from 9.10.0; 8.6 LTS creates the same codes but
 * 116) and the JS SDK (`parse/lib/node/…`, read from 8.6.2) create each meaning they send: one file
 * each, keyed by `code name`. A meaning missing here is sent by neither. tests/data/sent.test.ts
 * reads the installed packages and fails when a file no longer creates its code, or when a code is
 * created that no meaning here covers.
 */
export const SENT_EVIDENCE: Readonly<Record<string, readonly string[]>> = {
  '-1 OtherCause': ['parse-server/lib/Routers/UsersRouter.js', 'parse/lib/node/ParseUser.js'],
  '1 InternalServerError': [
    'parse-server/lib/Adapters/Storage/Mongo/MongoStorageAdapter.js',
    'parse/lib/node/ParseConfig.js',
  ],
  '100 ConnectionFailed': ['parse-server/lib/middlewares.js', 'parse/lib/node/RESTController.js'],
  '101 UserInvalidLoginParams': ['parse-server/lib/Routers/UsersRouter.js'],
  '101 ObjectNotFound': ['parse-server/lib/RestWrite.js', 'parse/lib/node/ParseQuery.js'],
  '101 InvalidThirdPartyAuthData': ['parse-server/lib/Adapters/Auth/facebook.js'],
  '102 InvalidQuery': ['parse-server/lib/RestQuery.js', 'parse/lib/node/OfflineQuery.js'],
  '103 InvalidClassName': ['parse-server/lib/Controllers/SchemaController.js', 'parse/lib/node/ParseObject.js'],
  '104 MissingObjectId': ['parse-server/lib/RestWrite.js', 'parse/lib/node/ParseObject.js'],
  '105 InvalidFieldName': ['parse-server/lib/RestWrite.js', 'parse/lib/node/ParseObject.js'],
  '106 InvalidPointer': ['parse-server/lib/GraphQL/transformers/mutation.js'],
  '107 InvalidJSON': ['parse-server/lib/Controllers/SchemaController.js', 'parse/lib/node/ParseConfig.js'],
  '108 CommandUnavailable': ['parse-server/lib/Controllers/DatabaseController.js'],
  '111 IncorrectType': ['parse-server/lib/Controllers/SchemaController.js', 'parse/lib/node/ParseObject.js'],
  '115 PushMisconfigured': ['parse-server/lib/Controllers/PushController.js'],
  '115 PushWhereAndChannels': ['parse-server/lib/Routers/PushRouter.js'],
  '115 PushMissingChannels': ['parse-server/lib/Routers/PushRouter.js'],
  '116 ObjectTooLarge': ['parse-server/lib/Routers/FunctionsRouter.js'],
  '119 OperationForbidden': ['parse-server/lib/SharedRest.js'],
  '121 InvalidNestedKey': ['parse-server/lib/Controllers/DatabaseController.js'],
  '122 InvalidFileName': ['parse-server/lib/Controllers/FilesController.js'],
  '123 InvalidACL': ['parse-server/lib/RestWrite.js'],
  '125 InvalidEmailAddress': ['parse-server/lib/Routers/UsersRouter.js'],
  '130 FileSaveError': ['parse-server/lib/Routers/FilesRouter.js'],
  '132 InvalidInstallationIdError': ['parse-server/lib/RestWrite.js'],
  '135 MissingRequiredFieldError': ['parse-server/lib/RestWrite.js'],
  '136 ChangedImmutableFieldError': ['parse-server/lib/RestWrite.js'],
  '137 DuplicateValue': ['parse-server/lib/Adapters/Storage/Mongo/MongoStorageAdapter.js'],
  '141 ScriptFailed': ['parse-server/lib/triggers.js'],
  '141 FunctionNotFound': ['parse-server/lib/Routers/FunctionsRouter.js'],
  '141 JobNotFound': ['parse-server/lib/Routers/FunctionsRouter.js'],
  '141 AuthAdapterFailed': ['parse-server/lib/Auth.js'],
  '142 ValidationFailed': ['parse-server/lib/RestWrite.js'],
  '143 WebhookError': ['parse-server/lib/Controllers/HooksController.js'],
  '153 FileDeleteError': ['parse-server/lib/Routers/FilesRouter.js'],
  '159 DuplicateRequest': ['parse-server/lib/middlewares.js'],
  '161 FileDeleteUnnamedError': ['parse/lib/node/ParseFile.js'],
  '162 InvalidValue': ['parse-server/lib/Routers/UsersRouter.js'],
  '200 UsernameMissing': ['parse-server/lib/RestWrite.js', 'parse/lib/node/ParseUser.js'],
  '201 PasswordMissing': ['parse-server/lib/RestWrite.js'],
  '202 UsernameTaken': ['parse-server/lib/RestWrite.js'],
  '203 UserEmailTaken': ['parse-server/lib/RestWrite.js'],
  '204 UserEmailMissing': ['parse-server/lib/Routers/UsersRouter.js'],
  '205 UserWithEmailNotFound': ['parse-server/lib/Routers/UsersRouter.js'],
  '205 UserEmailNotVerified': ['parse-server/lib/RestWrite.js'],
  '206 SessionMissing': ['parse-server/lib/rest.js', 'parse/lib/node/ParseUser.js'],
  '208 AccountAlreadyLinked': ['parse-server/lib/RestWrite.js'],
  '209 InvalidSessionToken': ['parse-server/lib/Auth.js'],
  '252 UnsupportedService': ['parse-server/lib/RestWrite.js'],
  '255 ClassNotEmpty': ['parse-server/lib/Controllers/SchemaController.js'],
  '600 AggregateError': ['parse/lib/node/ParseObject.js'],
  '602 XDomainRequest': ['parse/lib/node/RESTController.js'],
  // LiveQuery's own codes: `Client.pushError(parseWebsocket, 1, …)`.
  '1 LiveQueryInvalidRequest': ['parse-server/lib/LiveQuery/ParseLiveQueryServer.js'],
  '2 LiveQueryClientNotFound': ['parse-server/lib/LiveQuery/ParseLiveQueryServer.js'],
  '3 LiveQueryUnknownOperation': ['parse-server/lib/LiveQuery/ParseLiveQueryServer.js'],
  '4 LiveQueryInvalidKey': ['parse-server/lib/LiveQuery/ParseLiveQueryServer.js'],
};

/**
 * The code that arrives instead of one Parse never sends: third-party auth adapters throw 101
 * (`parse-server/lib/Adapters/Auth/facebook.js` and the others) where the docs list 250/251; the
 * MFA adapter throws strings that `Auth.js` wraps as 141 where the SDK names 210/211; the SDK
 * reports timeouts and network failures as 100 (`parse/lib/node/RESTController.js`), never 124.
 */
export const ARRIVES_INSTEAD: Readonly<Record<number, number>> = { 124: 100, 210: 141, 211: 141, 250: 101, 251: 101 };
