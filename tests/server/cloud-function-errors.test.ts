// What reaches the client when a Cloud function fails: `triggers.js` `resolveError` keeps the code
// of a `Parse.Error` only; anything else becomes a new `Parse.Error` with the path's default code.
import { describe, expect } from 'vitest';

import { claim } from './claim.js';
import { connectedParse, functionError, rest } from './client.js';

connectedParse();

describe('Values thrown from a Parse.Cloud.define function', () => {
  claim('A thrown plain { code, message } object reaches the client as 141 with its message', async () => {
    expect(await functionError('throwPlainObject')).toEqual({ code: 141, message: 'Out of stock' });
  });

  claim(
    'A thrown plain { code } object without a message reaches the client as 141, the object as its error',
    async () => {
      expect(await rest('POST', '/functions/throwPlainObjectWithoutMessage')).toEqual({
        status: 400,
        body: { code: 141, error: { code: 9001 } },
      });
    },
  );

  claim('A promise rejected with a plain { code, message } object reaches the client as 141', async () => {
    expect(await functionError('rejectPlainObject')).toEqual({ code: 141, message: 'Out of stock' });
  });

  claim('A thrown new Parse.Error(9001, message) keeps its code and message', async () => {
    expect(await functionError('throwParseError')).toEqual({ code: 9001, message: 'Out of stock' });
  });

  claim('A thrown string reaches the client as 141 with the string as its message', async () => {
    expect(await functionError('throwString')).toEqual({ code: 141, message: 'Out of stock' });
  });

  claim('A thrown new Error(message) whose .code was set to 400 reaches the client as 141', async () => {
    expect(await functionError('throwErrorWithCode400')).toEqual({ code: 141, message: 'User not found' });
  });

  claim('A thrown Object.assign(new Error(message), { code: 4001 }) reaches the client as 141', async () => {
    expect(await functionError('throwObjectAssignError')).toEqual({ code: 141, message: 'Out of stock' });
  });

  claim("An error thrown from a define's validator function reaches the client as 142", async () => {
    expect(await functionError('validatorThrows')).toEqual({ code: 142, message: 'Missing parameter' });
  });

  claim('Parse.Cloud.run of a function that does not exist fails with 141', async () => {
    expect(await functionError('noSuchFunction')).toEqual({ code: 141, message: 'Invalid function: "noSuchFunction"' });
  });
});

describe('Express-style and legacy (request, response) Cloud functions', () => {
  claim('response.error(9001, message) with two arguments answers { code: 141, error: 9001 }', async () => {
    expect(await rest('POST', '/functions/responseErrorTwoArguments')).toEqual({
      status: 400,
      body: { code: 141, error: 9001 },
    });
  });

  claim('response.error(new Parse.Error(9001, message)) keeps the code', async () => {
    expect(await functionError('responseErrorParseError')).toEqual({ code: 9001, message: 'Out of stock' });
  });

  claim('The legacy response.error(message) with one argument answers 141 with that message', async () => {
    expect(await functionError('responseErrorMessage')).toEqual({ code: 141, message: 'Not logged in' });
  });

  claim('response.status(401).error(message) still answers HTTP 400 with code 141', async () => {
    expect(await rest('POST', '/functions/responseStatusError')).toEqual({
      status: 400,
      body: { code: 141, error: 'Unauthorized' },
    });
  });

  claim('A plain object thrown from an Express-style function reaches the client as 141', async () => {
    expect(await functionError('responseThrows')).toEqual({ code: 141, message: 'Out of stock' });
  });
});
