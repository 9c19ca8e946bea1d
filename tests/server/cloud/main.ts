// The Cloud Code of the server suite. Parse Server calls `registerCloudCode` with its own `Parse`
// (the copy it pins), so every `Parse.Error` thrown here passes its `instanceof` check.
import type ParseNode from 'parse/node';

type ServerParse = typeof ParseNode;
type FunctionRequest = ParseNode.Cloud.FunctionRequest;

/** What an Express-style `(request, response)` function receives as `response` (`FunctionsRouter.createResponseObject`). */
interface FunctionResponse {
  success(result: unknown): void;
  error(...args: unknown[]): void;
  status(code: number): FunctionResponse;
}

/** Invocations per key, for the claims about how often the SDK sends a request. */
const invocations = new Map<string, number>();

/** The names of the `Parse.Cloud` methods parse-server 9.10 offers, read when the Cloud Code loads. */
export const cloudMethods: string[] = [];

const OUT_OF_STOCK = 'Out of stock';

/** Builds the plain errors whose codes Parse Server drops; thrown as they are by the functions below. */
function errorWithCode(message: string, code: number): Error {
  const error = new Error(message);
  Object.defineProperty(error, 'code', { value: code, enumerable: true, writable: true });
  return error;
}

export function registerCloudCode(Parse: ServerParse): void {
  const { Cloud } = Parse;
  cloudMethods.push(...Object.keys(Cloud).sort());

  // Express-style functions are chosen by their declared parameter count (`theFunction.length >= 2`).
  const defineWithResponse = (
    name: string,
    handler: (request: FunctionRequest, response: FunctionResponse) => void,
  ) => {
    Cloud.define(name, handler as unknown as (request: FunctionRequest) => unknown);
  };

  Cloud.define('cloudMethods', () => cloudMethods);
  Cloud.define('rateLimited', () => 'answered');
  Cloud.define('invocations', (request) => invocations.get(String(request.params['key'])) ?? 0);
  Cloud.define('countedFailure', (request) => {
    const key = String(request.params['key']);
    invocations.set(key, (invocations.get(key) ?? 0) + 1);
    throw new Parse.Error(Number(request.params['code']), 'Counted failure');
  });

  // Values thrown from a `define` function.
  Cloud.define('throwPlainObject', () => {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- the claim is about this mistake
    throw { code: 9001, message: OUT_OF_STOCK };
  });
  Cloud.define('throwPlainObjectWithoutMessage', () => {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- the claim is about this mistake
    throw { code: 9001 };
  });
  // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the claim is about this mistake
  Cloud.define('rejectPlainObject', () => Promise.reject({ code: 9001, message: OUT_OF_STOCK }));
  Cloud.define('throwParseError', () => {
    throw new Parse.Error(9001, OUT_OF_STOCK);
  });
  Cloud.define('throwString', () => {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- the claim is about this mistake
    throw OUT_OF_STOCK;
  });
  Cloud.define('throwErrorWithCode400', () => {
    throw errorWithCode('User not found', 400);
  });
  Cloud.define('throwObjectAssignError', () => {
    throw Object.assign(new Error(OUT_OF_STOCK), { code: 4001 });
  });
  Cloud.define('throwInternalServerError', () => {
    throw new Parse.Error(Parse.Error.INTERNAL_SERVER_ERROR, 'Not authorized');
  });
  Cloud.define(
    'validatorThrows',
    () => 'unreachable',
    () => {
      throw new Error('Missing parameter');
    },
  );

  // Express-style and legacy `(request, response)` functions.
  defineWithResponse('responseErrorTwoArguments', (_request, response) => {
    response.error(9001, OUT_OF_STOCK);
  });
  defineWithResponse('responseErrorParseError', (_request, response) => {
    response.error(new Parse.Error(9001, OUT_OF_STOCK));
  });
  defineWithResponse('responseErrorMessage', (_request, response) => {
    response.error('Not logged in');
  });
  defineWithResponse('responseStatusError', (_request, response) => {
    response.status(401).error('Unauthorized');
  });
  defineWithResponse('responseThrows', () => {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- the claim is about this mistake
    throw { code: 9001, message: OUT_OF_STOCK };
  });

  // Jobs: the request is answered before the job runs.
  Cloud.job('jobThrowsParseError', () => {
    throw new Parse.Error(9001, OUT_OF_STOCK);
  });
  Cloud.job('jobThrowsPlainObject', () => {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- the claim is about this mistake
    throw { code: 9001, message: OUT_OF_STOCK };
  });

  // Object triggers, each on its own class; every one throws a plain object.
  const plainObject = (): never => {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- the claim is about this mistake
    throw { code: 9001, message: OUT_OF_STOCK };
  };
  Cloud.beforeSave('BeforeSaveFails', plainObject);
  Cloud.afterSave('AfterSaveFails', () => {
    throw new Parse.Error(9001, OUT_OF_STOCK);
  });
  Cloud.beforeDelete('BeforeDeleteFails', plainObject);
  Cloud.afterDelete('AfterDeleteFails', plainObject);
  Cloud.beforeFind('BeforeFindFails', plainObject);
  Cloud.afterFind('AfterFindFails', plainObject);
  Cloud.beforeSave(
    'ValidatorFails',
    () => undefined,
    () => {
      throw new Error('Missing field');
    },
  );

  // User triggers, for users whose name says so.
  const usernameOf = (request: { object?: ParseNode.Object; user?: ParseNode.User }): string =>
    String((request.object ?? request.user)?.get('username') ?? '');
  Cloud.beforeLogin((request) => {
    if (usernameOf(request).startsWith('before-login-fails')) plainObject();
  });
  Cloud.afterLogin((request) => {
    if (usernameOf(request).startsWith('after-login-fails')) plainObject();
  });
  // The session is deleted before afterLogout runs: it receives the session, not the user.
  Cloud.afterLogout((request) => {
    const installationId: unknown = request.object.get('installationId');
    if (typeof installationId === 'string' && installationId.startsWith('after-logout-fails')) plainObject();
  });
  Cloud.beforePasswordResetRequest((request) => {
    if (usernameOf(request).startsWith('reset-fails')) plainObject();
  });

  // File triggers, for files whose name says so.
  const fileFails = (prefix: string) => (request: { file: ParseNode.File }) => {
    if (request.file.name().includes(prefix)) plainObject();
  };
  // parse-server takes `Parse.File` and `Parse.Config` as classes (`getClassName`); the SDK's types list only objects.
  const FileClass = Parse.File as unknown as typeof ParseNode.Object;
  const ConfigClass = Parse.Config as unknown as typeof ParseNode.Object;
  const fileTrigger = (prefix: string) => fileFails(prefix) as unknown as (request: unknown) => void;
  Cloud.beforeSave(FileClass, fileTrigger('before-save-fails'));
  Cloud.afterSave(FileClass, fileTrigger('after-save-fails'));
  Cloud.beforeDelete(FileClass, fileTrigger('before-delete-fails'));
  Cloud.afterDelete(FileClass, fileTrigger('after-delete-fails'));
  Cloud.beforeFind(FileClass, fileTrigger('before-find-fails'));
  Cloud.afterFind(FileClass, fileTrigger('after-find-fails'));

  // LiveQuery triggers.
  Cloud.beforeConnect((request) => {
    if ((request.installationId ?? '').startsWith('before-connect-fails')) plainObject();
  });
  Cloud.beforeSubscribe('LiveSubscribeFails', plainObject);
  Cloud.afterLiveQueryEvent('LiveEventFails', plainObject);

  // Parse.Config triggers.
  Cloud.afterSave(ConfigClass, (request) => {
    if ((request.object as unknown as ParseNode.Config).get('afterSaveFails') === true) plainObject();
  });
}
