// How the tests reach the suite's Parse Server, and the SDK set up for it.
import Parse from 'parse/node';
import { expect, inject } from 'vitest';

/** The real JS SDK (`parse/node`), pointed at the suite's server. */
export function connectedParse(): typeof Parse {
  const { appId, javascriptKey, masterKey, serverURL } = inject('parseServer');
  // `parse/node` takes the master key as a third argument; its types declare it in an augmentation TS does not apply here.
  (Parse as unknown as { initialize(appId: string, javascriptKey: string, masterKey: string): void }).initialize(
    appId,
    javascriptKey,
    masterKey,
  );
  Parse.serverURL = serverURL;
  return Parse;
}

/** A raw request to the server's REST API: for the claims about the wire (status, body). */
export async function rest(
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const { appId, javascriptKey, serverURL } = inject('parseServer');
  const response = await fetch(`${serverURL}${path}`, {
    method,
    headers: {
      'X-Parse-Application-Id': appId,
      'X-Parse-Javascript-Key': javascriptKey,
      'Content-Type': 'application/json',
      ...options.headers,
    },
    body: options.body === undefined ? null : JSON.stringify(options.body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** The code and message a promise rejects with; fails the test when it resolves or rejects with a non-Parse.Error. */
export async function rejection(promise: Promise<unknown>): Promise<{ code: unknown; message: unknown }> {
  const error: unknown = await promise.then(
    () => new Error('resolved'),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(Parse.Error);
  const { code, message } = error as Parse.Error;
  return { code, message };
}

/** The code and message `Parse.Cloud.run(name)` rejects with. */
export function functionError(name: string, params: Record<string, unknown> = {}) {
  return rejection(Parse.Cloud.run(name, params));
}
