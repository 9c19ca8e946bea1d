// What a LiveQuery client receives when a LiveQuery trigger fails, and LiveQuery's own codes
// (`LiveQuery/Client.js` `pushError` sends `{ op: 'error', code, error, reconnect, requestId }`).
// The wire is read with `ws`, the WebSocket client the JS SDK itself uses in Node.
import { createRequire } from 'node:module';

import { describe, expect, inject } from 'vitest';

import { claim } from './claim.js';
import { connectedParse, rejection } from './client.js';

const Parse = connectedParse();
const unique = (prefix: string): string => `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

interface WebSocketClient {
  on(event: 'open', listener: () => void): void;
  on(event: 'message', listener: (data: Buffer) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  send(data: string): void;
  close(): void;
}
const WebSocket = createRequire(import.meta.url)('ws') as new (url: string) => WebSocketClient;

const liveQueryURL = (): string => inject('parseServer').serverURL.replace(/^http/, 'ws');

/** A raw LiveQuery connection: every message the server sends, and a way to wait for one. */
async function liveQueryConnection(installationId: string) {
  const { appId, javascriptKey } = inject('parseServer');
  const socket = new WebSocket(liveQueryURL());
  const messages: Record<string, unknown>[] = [];
  const waiters: (() => void)[] = [];
  socket.on('message', (data) => {
    messages.push(JSON.parse(data.toString()) as Record<string, unknown>);
    for (const wake of waiters.splice(0)) wake();
  });
  await new Promise<void>((resolve, reject) => {
    socket.on('open', resolve);
    socket.on('error', reject);
  });
  const next = async (op: string): Promise<Record<string, unknown>> => {
    for (;;) {
      const found = messages.find((message) => message['op'] === op);
      if (found) return found;
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  const send = (message: Record<string, unknown>): void => {
    socket.send(JSON.stringify(message));
  };
  const connect = (): void => {
    send({ op: 'connect', applicationId: appId, javascriptKey, installationId });
  };
  return {
    next,
    send,
    connect,
    close: () => {
      socket.close();
    },
  };
}

describe('LiveQuery triggers', () => {
  claim("A plain object thrown from beforeConnect is sent as { op: 'error', code: 141 } with its message", async () => {
    const connection = await liveQueryConnection(unique('before-connect-fails'));
    connection.connect();
    expect(await connection.next('error')).toEqual({
      op: 'error',
      code: 141,
      error: 'Out of stock',
      reconnect: false,
      requestId: null,
    });
    connection.close();
  });

  claim(
    "A plain object thrown from beforeSubscribe is sent as { op: 'error', code: 141 } for the subscription",
    async () => {
      const connection = await liveQueryConnection(unique('subscriber'));
      connection.connect();
      await connection.next('connected');
      connection.send({ op: 'subscribe', requestId: 1, query: { className: 'LiveSubscribeFails', where: {} } });
      expect(await connection.next('error')).toEqual({
        op: 'error',
        code: 141,
        error: 'Out of stock',
        reconnect: false,
        requestId: 1,
      });
      connection.close();
    },
  );

  claim(
    "A plain object thrown from afterLiveQueryEvent is sent as { op: 'error', code: 141 } for the subscription",
    async () => {
      const connection = await liveQueryConnection(unique('subscriber'));
      connection.connect();
      await connection.next('connected');
      connection.send({ op: 'subscribe', requestId: 7, query: { className: 'LiveEventFails', where: {} } });
      await connection.next('subscribed');
      await new Parse.Object('LiveEventFails').save(null, { useMasterKey: true });
      expect(await connection.next('error')).toEqual({
        op: 'error',
        code: 141,
        error: 'Out of stock',
        reconnect: false,
        requestId: 7,
      });
      connection.close();
    },
  );

  claim('The JS SDK rejects a subscription refused by beforeSubscribe with a Parse.Error 141', async () => {
    const { appId, javascriptKey } = inject('parseServer');
    const client = new Parse.LiveQueryClient({ applicationId: appId, serverURL: liveQueryURL(), javascriptKey });
    client.open();
    const subscription = client.subscribe(new Parse.Query('LiveSubscribeFails'));
    expect(await rejection((subscription?.subscribePromise ?? Promise.resolve()) as Promise<unknown>)).toEqual({
      code: 141,
      message: 'Out of stock',
    });
    await client.close();
  });
});

describe("LiveQuery's own codes", () => {
  claim('LiveQuery answers a subscribe before connect with its own code 2', async () => {
    const connection = await liveQueryConnection(unique('unconnected'));
    connection.send({ op: 'subscribe', requestId: 1, query: { className: 'LiveEventFails', where: {} } });
    expect(await connection.next('error')).toMatchObject({ op: 'error', code: 2 });
    connection.close();
  });

  claim('LiveQuery answers a message that fails its schema with its own code 1', async () => {
    const connection = await liveQueryConnection(unique('invalid'));
    connection.send({ op: 'no-such-operation' });
    expect(await connection.next('error')).toMatchObject({ op: 'error', code: 1 });
    connection.close();
  });
});
