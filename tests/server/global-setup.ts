// Starts ONE PostgreSQL cluster and ONE Parse Server (the pinned devDependency) on loopback for the
// whole server suite, and stops both on every way out: the teardown vitest calls, a signal, an
// uncaught error. The tests reach the server through `inject('parseServer')`.
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';

import type { TestProject } from 'vitest/node';

import { registerCloudCode } from './cloud/main.js';
import { freePort, startPostgres, type PostgresCluster } from './postgres.js';
import { SERVER_KEYS, UNVERIFIED_EMAIL_DOMAIN, type ParseServerAddress } from './server-keys.js';

const require = createRequire(import.meta.url);

declare module 'vitest' {
  export interface ProvidedContext {
    parseServer: ParseServerAddress;
  }
}

/** Keeps uploaded files in memory: the default GridFS adapter needs MongoDB. */
function memoryFilesAdapter() {
  const files = new Map<string, Buffer>();
  return {
    createFile: (filename: string, data: Buffer | string) => {
      files.set(filename, Buffer.from(data));
      return Promise.resolve();
    },
    deleteFile: (filename: string) => {
      files.delete(filename);
      return Promise.resolve();
    },
    getFileData: (filename: string) => Promise.resolve(files.get(filename)),
    getFileLocation: (config: { mount: string }, filename: string) => `${config.mount}/files/claims/${filename}`,
  };
}

/** Accepts every email and sends none: verification and password reset need an adapter. */
const silentEmailAdapter = {
  sendVerificationEmail: () => Promise.resolve(),
  sendPasswordResetEmail: () => Promise.resolve(),
  sendMail: () => Promise.resolve(),
};

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const stops: (() => Promise<void>)[] = [];
  let stopping: Promise<void> | undefined;
  const stopAll = (): Promise<void> => {
    stopping ??= (async () => {
      for (const stop of stops.reverse()) {
        try {
          await stop();
        } catch (error) {
          console.error(error);
        }
      }
    })();
    return stopping;
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    void stopAll().finally(() => process.kill(process.pid, signal));
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.once(signal, onSignal);
  const onExit = (): void => {
    void stopAll();
  };
  process.once('beforeExit', onExit);
  stops.push(() => {
    for (const signal of signals) process.off(signal, onSignal);
    process.off('beforeExit', onExit);
    return Promise.resolve();
  });

  // parse-server's default logger writes ./logs/ as soon as it loads, unless told not to.
  process.env['PARSE_SERVER_LOGS_FOLDER'] = 'null';
  const { default: ParseServer } = require('parse-server') as typeof import('parse-server');

  try {
    const postgres: PostgresCluster = await startPostgres();
    stops.push(() => postgres.stop());

    const port = await freePort();
    const serverURL = `http://127.0.0.1:${port}/parse`;
    const options = {
      ...SERVER_KEYS,
      appName: 'claims',
      databaseURI: postgres.databaseURI,
      serverURL,
      publicServerURL: serverURL,
      mountPath: '/parse',
      cloud: registerCloudCode,
      filesAdapter: memoryFilesAdapter(),
      fileUpload: { enableForPublic: true },
      emailAdapter: silentEmailAdapter,
      verifyUserEmails: (request: { object?: { get(key: string): unknown } }) => {
        const email = request.object?.get('email');
        return typeof email === 'string' && email.endsWith(UNVERIFIED_EMAIL_DOMAIN);
      },
      preventLoginWithUnverifiedEmail: true,
      // An adapter whose validation fails without a network request (no access token).
      auth: { github: { enableInsecureAuth: true }, mfa: { enabled: true, options: ['TOTP'] } },
      enableInsecureAuthAdapters: true,
      idempotencyOptions: { paths: ['functions/countedFailure'], ttl: 300 },
      // Loopback requests skip the rate limiter unless includeInternalRequests is set.
      rateLimit: [
        {
          requestPath: '/functions/rateLimited',
          requestTimeWindow: 60_000,
          requestCount: 1,
          includeInternalRequests: true,
        },
      ],
      liveQuery: { classNames: ['LiveEventFails', 'LiveSubscribeFails'] },
      silent: true,
      logLevel: 'error',
      logsFolder: null as unknown as string,
    };
    const parseServer = new ParseServer(options as unknown as ConstructorParameters<typeof ParseServer>[0]);
    await parseServer.start();
    // `handleShutdown` expects the server `startApp` creates; this suite mounts the app itself.
    const { databaseController } = parseServer.config as {
      databaseController: { adapter: { handleShutdown(): Promise<void> | undefined } };
    };
    stops.push(async () => {
      await databaseController.adapter.handleShutdown();
    });

    const express = require('express') as typeof import('express');
    const app = express();
    app.use('/parse', parseServer.app as import('express').RequestHandler);
    const http: Server = createServer(app);
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(port, '127.0.0.1', resolve);
    });
    stops.push(
      () =>
        new Promise<void>((resolve) => {
          http.closeAllConnections();
          http.close(() => {
            resolve();
          });
        }),
    );

    // Each socket's ping timer stops only after two unanswered pings: short pings let the process exit soon.
    const liveQueryServer = await ParseServer.createLiveQueryServer(http, { websocketTimeout: 200 }, options as never);
    stops.push(() => liveQueryServer.shutdown());

    project.provide('parseServer', { ...SERVER_KEYS, serverURL });
  } catch (error) {
    await stopAll();
    throw error;
  }
  return stopAll;
}
