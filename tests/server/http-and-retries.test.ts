// The HTTP status Parse Server answers an error with (`middlewares.js` `handleParseErrors`), and how
// often the JS SDK sends a request whose answer is a 5xx (`RESTController.js`: up to
// `REQUEST_ATTEMPT_LIMIT`, 5, attempts, POST included).
import { afterEach, describe, expect } from 'vitest';

import { claim } from './claim.js';
import { connectedParse, functionError, rest } from './client.js';

const Parse = connectedParse();
const unique = (prefix: string): string => `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

/** Runs `countedFailure`, which throws `new Parse.Error(code, …)`, through the SDK; how often it ran server-side. */
async function invocationsOfFailure(code: number): Promise<{ error: unknown; invocations: unknown }> {
  const key = unique(`code-${code}`);
  const error = await functionError('countedFailure', { key, code });
  return { error, invocations: await Parse.Cloud.run('invocations', { key }) };
}

describe('HTTP status of an error answer', () => {
  claim('Code 1 (INTERNAL_SERVER_ERROR) is answered with HTTP 500', async () => {
    expect(await rest('POST', '/functions/countedFailure', { body: { key: unique('http'), code: 1 } })).toEqual({
      status: 500,
      body: { code: 1, error: 'Counted failure' },
    });
  });

  claim('Code 101 (OBJECT_NOT_FOUND) is answered with HTTP 404', async () => {
    expect(await rest('POST', '/functions/countedFailure', { body: { key: unique('http'), code: 101 } })).toEqual({
      status: 404,
      body: { code: 101, error: 'Counted failure' },
    });
  });

  claim('Every other code (141, 9001) is answered with HTTP 400', async () => {
    const answers = await Promise.all(
      [141, 9001].map((code) => rest('POST', '/functions/countedFailure', { body: { key: unique('http'), code } })),
    );
    expect(answers.map(({ status }) => status)).toEqual([400, 400]);
  });
});

describe('Rate limits', () => {
  claim('The rate limiter answers HTTP 429 with code 100 (CONNECTION_FAILED), never 155', async () => {
    expect((await rest('POST', '/functions/rateLimited')).status).toBe(200);
    expect(await rest('POST', '/functions/rateLimited')).toEqual({
      status: 429,
      body: { code: 100, error: 'Too many requests.' },
    });
  });
});

describe('Retries of the JS SDK', () => {
  afterEach(() => {
    Parse.CoreManager.set('IDEMPOTENCY', false);
  });

  claim(
    'A Cloud function that throws code 1 runs 5 times for one Parse.Cloud.run: the SDK retries 5xx answers',
    async () => {
      expect(await invocationsOfFailure(1)).toEqual({
        error: { code: 1, message: 'Counted failure' },
        invocations: 5,
      });
      expect(Parse.CoreManager.get('REQUEST_ATTEMPT_LIMIT') as unknown).toBe(5);
    },
  );

  claim('A Cloud function that throws 141, 119 or 101 runs once', async () => {
    const runs = await Promise.all([141, 119, 101].map((code) => invocationsOfFailure(code)));
    expect(runs.map(({ invocations }) => invocations)).toEqual([1, 1, 1]);
  });

  claim(
    'With idempotency on in the SDK and the server, code 1 runs once and the client gets 159 "Duplicate request"',
    async () => {
      Parse.CoreManager.set('IDEMPOTENCY', true);
      expect(await invocationsOfFailure(1)).toEqual({
        error: { code: 159, message: 'Duplicate request' },
        invocations: 1,
      });
    },
  );
});
