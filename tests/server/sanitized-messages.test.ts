// Since parse-server 8.5, `enableSanitizedErrorResponse` (default true) makes `createSanitizedError`
// (`lib/Error.js`) answer "Permission denied" instead of the detailed message on some paths; other
// paths throw their `Parse.Error` directly and keep the message. One claim per path.
import { beforeAll, describe, expect } from 'vitest';

import { claim } from './claim.js';
import { connectedParse, rejection, rest } from './client.js';

const Parse = connectedParse();
const unique = (prefix: string): string => `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
const PERMISSION_DENIED = 'Permission denied';

beforeAll(async () => {
  // A class no client may read, one that needs a logged-in user, and one open to all.
  await new Parse.Schema('LockedClass').setCLP({ find: {}, get: {}, count: {} }).save();
  await new Parse.Schema('AuthenticatedOnlyClass').setCLP({ find: { requiresAuthentication: true } }).save();
  await new Parse.Schema('OpenClass').addString('name').save();
  await new Parse.Object('OpenClass', { name: 'x' }).save();
});

describe('Messages replaced since parse-server 8.5 (enableSanitizedErrorResponse, on by default)', () => {
  claim('119: a find that the class-level permissions forbid answers "Permission denied"', async () => {
    expect(await rejection(new Parse.Query('LockedClass').find())).toEqual({ code: 119, message: PERMISSION_DENIED });
  });

  claim('119: a client write to a class that does not exist answers "Permission denied"', async () => {
    expect(await rejection(new Parse.Object(unique('NoSuchClass').replaceAll('-', '')).save())).toEqual({
      code: 119,
      message: PERMISSION_DENIED,
    });
  });

  claim('119: a client find on _Installation answers "Permission denied"', async () => {
    expect(await rest('GET', '/classes/_Installation')).toEqual({
      status: 400,
      body: { code: 119, error: PERMISSION_DENIED },
    });
  });

  claim('101: a find without a user on a class that requires authentication answers "Permission denied"', async () => {
    expect(await rejection(new Parse.Query('AuthenticatedOnlyClass').find())).toEqual({
      code: 101,
      message: PERMISSION_DENIED,
    });
  });

  claim('209: GET /users/me without a session token answers "Permission denied"', async () => {
    expect(await rest('GET', '/users/me')).toEqual({ status: 400, body: { code: 209, error: PERMISSION_DENIED } });
  });

  claim('206: an update of another user\'s _User object without a session answers "Permission denied"', async () => {
    const signUp = await rest('POST', '/users', { body: { username: unique('victim'), password: 'secret-password' } });
    const answer = await rest('PUT', `/users/${String(signUp.body['objectId'])}`, { body: { name: 'x' } });
    expect(answer).toEqual({ status: 400, body: { code: 206, error: PERMISSION_DENIED } });
  });

  claim('102: a where clause whose $or is not an array answers "Permission denied"', async () => {
    const where = encodeURIComponent(JSON.stringify({ $or: { name: 'x' } }));
    expect(await rest('GET', `/classes/OpenClass?where=${where}`)).toEqual({
      status: 400,
      body: { code: 102, error: PERMISSION_DENIED },
    });
  });

  claim('1: a database error during a find answers HTTP 500 "An internal server error occurred"', async () => {
    const where = encodeURIComponent(JSON.stringify({ name: { $regex: '(' } }));
    expect(await rest('GET', `/classes/OpenClass?where=${where}`)).toEqual({
      status: 500,
      body: { code: 1, error: 'An internal server error occurred' },
    });
  });
});

describe('Messages kept', () => {
  claim('209: a request with an unknown session token answers "Invalid session token"', async () => {
    const find = new Parse.Query('OpenClass').find({ sessionToken: 'r:not-a-session-token' });
    expect(await rejection(find)).toEqual({
      code: 209,
      message: 'Invalid session token',
    });
  });

  claim('101: a log-in with a wrong password answers "Invalid username/password."', async () => {
    const username = unique('wrong-password');
    await rest('POST', '/users', { body: { username, password: 'secret-password' } });
    expect(await rejection(Parse.User.logIn(username, 'not-the-password'))).toEqual({
      code: 101,
      message: 'Invalid username/password.',
    });
  });

  claim('101: a get of an id that does not exist answers "Object not found."', async () => {
    expect(await rejection(new Parse.Query('OpenClass').get('missingId00'))).toEqual({
      code: 101,
      message: 'Object not found.',
    });
  });
});
