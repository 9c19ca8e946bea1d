// Codes the catalog calls never sent, and what arrives instead: third-party auth failures (101, not
// 250/251), MFA failures (141, not 210/211), unverified emails (205), network failures (100, not 124).
import { describe, expect } from 'vitest';

import { claim } from './claim.js';
import { connectedParse, rejection, rest } from './client.js';
import { freePort } from './postgres.js';
import { UNVERIFIED_EMAIL_DOMAIN } from './server-keys.js';

const Parse = connectedParse();
const unique = (prefix: string): string => `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

describe('Log-in failures', () => {
  claim(
    'A third-party log-in whose auth data the adapter rejects fails with 101 "… auth is invalid for this user."',
    async () => {
      // The github adapter (insecure mode) rejects auth data without an access token before any request.
      expect(await rejection(Parse.User.logInWith('github', { authData: { id: '12345' } }))).toEqual({
        code: 101,
        message: 'GitHub auth is invalid for this user.',
      });
    },
  );

  claim(
    'A log-in whose MFA data the mfa adapter rejects fails with 141, not 210 or 211 (the adapter throws a string)',
    async () => {
      const username = unique('mfa');
      await rest('POST', '/users', { body: { username, password: 'secret-password' } });
      const answer = await rest('POST', '/login', {
        body: { username, password: 'secret-password', authData: { mfa: { token: 123456 } } },
      });
      expect(answer).toEqual({ status: 400, body: { code: 141, error: 'Invalid MFA data' } });
    },
  );

  claim(
    'A log-in with an unverified email (preventLoginWithUnverifiedEmail) fails with 205 "User email is not verified."',
    async () => {
      const username = unique('unverified');
      await rest('POST', '/users', {
        body: { username, password: 'secret-password', email: `${username}${UNVERIFIED_EMAIL_DOMAIN}` },
      });
      expect(await rejection(Parse.User.logIn(username, 'secret-password'))).toEqual({
        code: 205,
        message: 'User email is not verified.',
      });
    },
  );
});

describe('Network failures seen by the JS SDK', () => {
  claim('A refused connection fails at once with 100 (CONNECTION_FAILED), never 124 (TIMEOUT)', async () => {
    const serverURL = Parse.serverURL;
    Parse.serverURL = `http://127.0.0.1:${await freePort()}/parse`;
    try {
      expect(await rejection(new Parse.Query('OpenClass').find())).toEqual({
        code: 100,
        message: 'XMLHttpRequest failed: "Unable to connect to the Parse API"',
      });
    } finally {
      Parse.serverURL = serverURL;
    }
  });
});
