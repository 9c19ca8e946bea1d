// A throwaway PostgreSQL cluster for the server suite: created in a temporary directory, listening
// on a free port of 127.0.0.1 only, removed when stopped. Uses the system's server binaries
// (Debian's `postgresql` package); `.ci/run` installs them when they are missing.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The directory holding `initdb` and `postgres`: `pg_config --bindir`, else Debian's versioned directories. */
export function findPostgresBinaries(): string {
  const candidates: string[] = [];
  const pgConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (pgConfig.status === 0) candidates.push(pgConfig.stdout.trim());
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => join(debian, version, 'bin')));
  }
  const found = candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'postgres')));
  if (found === undefined) {
    throw new Error('No PostgreSQL server binaries (initdb, postgres) found: apt-get install -y postgresql');
  }
  return found;
}

/** A port the kernel just handed out on 127.0.0.1, released for the caller to bind. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

/** PostgreSQL refuses to run as root: then the cluster belongs to the `postgres` user the package creates. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string): number => {
    const result = spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error('Running as root needs the postgres user (apt-get install postgresql).');
    return Number(result.stdout.trim());
  };
  return { uid: id('-u'), gid: id('-g') };
}

export interface PostgresCluster {
  readonly port: number;
  readonly databaseURI: string;
  /** Stops the server (fast shutdown) and removes the cluster's directory; safe to call twice. */
  stop(): Promise<void>;
}

export async function startPostgres(): Promise<PostgresCluster> {
  const bin = findPostgresBinaries();
  const user = serverUser();
  const dir = mkdtempSync(join(tmpdir(), 'parse-claims-pg-'));
  if (user) chownSync(dir, user.uid, user.gid);
  const data = join(dir, 'data');
  const asServerUser = { ...user, encoding: 'utf8' as const, cwd: dir };

  const initdb = spawnSync(
    join(bin, 'initdb'),
    ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '--encoding=UTF8', '--locale=C'],
    asServerUser,
  );
  if (initdb.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed:\n${initdb.stderr}`);
  }

  const port = await freePort();
  // Durability is irrelevant for a cluster that lives as long as the suite.
  const settings = ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off', 'max_connections=50'];
  const child: ChildProcess = spawn(
    join(bin, 'postgres'),
    ['-D', data, '-p', String(port), '-h', '127.0.0.1', '-k', dir, ...settings.flatMap((s) => ['-c', s])],
    { ...asServerUser, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });

  let stopped = false;
  // Last resort when the process exits without the teardown (vitest's own signal handling can end it
  // first): immediate shutdown, and the directory goes; nothing asynchronous runs any more here.
  const onExit = (): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGQUIT');
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  };
  process.once('exit', onExit);
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    // Smart shutdown first, so that the server's pool can close its connections itself; then fast.
    for (const signal of ['SIGTERM', 'SIGINT', 'SIGQUIT'] as const) {
      if (child.exitCode !== null || child.signalCode !== null) break;
      child.kill(signal);
      const timer = new Promise<boolean>((resolve) => {
        setTimeout(() => {
          resolve(false);
        }, 5_000).unref();
      });
      if (await Promise.race([exited.then(() => true), timer])) break;
    }
    rmSync(dir, { recursive: true, force: true });
    process.off('exit', onExit);
  };

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`postgres exited during start-up:\n${log}`);
    }
    if (log.includes('ready to accept connections')) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`postgres did not start within 30 s:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { port, databaseURI: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
}
