// The built bin (dist/cli.js), run as a user runs it: `npm test` builds before vitest.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { beforeAll, describe, expect, it } from 'vitest';

import { entriesFor } from '../../src/data/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  version: string;
  bin: Record<string, string>;
};
const binPath = path.join(root, packageJson.bin['eslint-plugin-parse-error-codes'] ?? 'missing');

interface BinResult {
  code: number;
  stdout: string;
  stderr: string;
}

function bin(...args: string[]): Promise<BinResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [binPath, ...args], { cwd: root }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

beforeAll(() => {
  if (!existsSync(binPath)) throw new Error(`${binPath} is missing: run \`npm run build\` first (\`npm test\` does).`);
});

describe('the bin in package.json', () => {
  it('is dist/cli.js, starts with a node shebang and is executable', () => {
    expect(packageJson.bin).toEqual({ 'eslint-plugin-parse-error-codes': './dist/cli.js' });
    expect(readFileSync(binPath, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('imports nothing: the catalog is bundled in', () => {
    expect(readFileSync(binPath, 'utf8')).not.toMatch(/\bfrom\s*['"]|\brequire\(|\bimport\(/);
  });
});

describe('explain <code>', () => {
  it('prints every meaning of 141, with its status, its SDK constant and its range', async () => {
    const { code, stdout, stderr } = await bin('explain', '141');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(
      [
        '141: 6 meanings',
        'Range: -1 to 4999, taken by Parse itself (Parse Server and the SDKs).',
        'SDK constant: Parse.Error.SCRIPT_FAILED',
        'Ambiguous: Parse sends 141 for several errors; the code alone cannot tell them apart.',
        'Meanings:',
        '  ScriptFailed: Cloud Code script failed [current, Parse.Error.SCRIPT_FAILED]',
        '    A Cloud Code function or trigger threw or rejected.',
        '    Sent by Parse Server (parse-server/lib/triggers.js).',
        '  FunctionNotFound: Cloud function not found [current]',
        '    No Cloud function with the requested name is deployed.',
        '    Sent by Parse Server (parse-server/lib/Routers/FunctionsRouter.js).',
        '  JobNotFound: background job not found [current]',
        '    No background job with the requested name is deployed.',
        '    Sent by Parse Server (parse-server/lib/Routers/FunctionsRouter.js).',
        '  AuthAdapterFailed: auth adapter failure [current]',
        '    An auth adapter, the MFA adapter among them, refused a log-in, sign-up or link by throwing a message.',
        '    Sent by Parse Server (parse-server/lib/Auth.js).',
        '  SuccessErrorNotCalled: success/error not called [obsolete]',
        '    A Cloud function or job ended without calling the old response.success or response.error callbacks.',
        '    Sent by neither Parse Server 9 nor the JS SDK 8.',
        '  MultupleSuccessErrorCalls: success/error called twice [obsolete]',
        '    A Cloud function or job called the old response.success or response.error callbacks more than once.',
        '    Sent by neither Parse Server 9 nor the JS SDK 8.',
        '',
      ].join('\n'),
    );
    expect(stdout.split('\n').filter((line) => /^ {2}\S/.test(line))).toHaveLength(entriesFor(141).length);
  });

  it("prints LiveQuery's own meaning beside Parse's, and alone for 3", async () => {
    expect((await bin('explain', '1')).stdout).toContain(
      "LiveQuery's own meaning, in its WebSocket's { op: 'error' } messages:\n  LiveQueryInvalidRequest: LiveQuery invalid request [current]",
    );
    const { stdout } = await bin('explain', '3');
    expect(stdout.split('\n').slice(0, 4)).toEqual([
      '3: not a Parse.Error code.',
      'Range: -1 to 4999, taken by Parse itself (Parse Server and the SDKs).',
      "LiveQuery's own meaning, in its WebSocket's { op: 'error' } messages:",
      '  LiveQueryUnknownOperation: LiveQuery unknown operation [current]',
    ]);
  });

  it('names a replacement and a misleading SDK name', async () => {
    expect((await bin('explain', '155')).stdout).toContain(
      'RequestLimitExceeded: request limit exceeded (Parse.com only) [legacy, Parse.Error.REQUEST_LIMIT_EXCEEDED, replaced by 100]',
    );
    const { stdout } = await bin('explain', '143');
    expect(stdout).toContain('SDK constant: none that names its meaning');
    expect(stdout).toContain('[current, Parse.Error.INVALID_IMAGE_DATA, SDK name only]');
  });

  it.each([
    ['4001', 'Range: -1 to 4999, taken by Parse itself (Parse Server and the SDKs).'],
    ['5000', 'Range: 5000 to 8999, kept free by Parse for later use.'],
    ['9001', 'Range: 9000 to 9999, left to each app for its own errors.'],
    ['10000', 'Range: none, outside every range Parse documents (-1 to 9999).'],
    ['-2', 'Range: none, outside every range Parse documents (-1 to 9999).'],
  ])('says %s is not a Parse error code and gives its range, exit 0', async (input, rangeLine) => {
    const { code, stdout, stderr } = await bin('explain', input);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout.split('\n').slice(0, 2)).toEqual([`${input} is not a Parse error code.`, rangeLine]);
  });
});

describe('explain <constant or name>', () => {
  it.each(['OBJECT_NOT_FOUND', 'Parse.Error.OBJECT_NOT_FOUND'])('reads %s as 101', async (input) => {
    const { code, stdout } = await bin('explain', input);
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(0, 2)).toEqual(['Parse.Error.OBJECT_NOT_FOUND is 101.', '101: 3 meanings']);
    expect(stdout).toContain('  UserInvalidLoginParams: invalid login parameters [current]');
    expect(stdout).toContain('  ObjectNotFound: object not found [current, Parse.Error.OBJECT_NOT_FOUND]');
  });

  it('reads a documentation name, and every code that has it', async () => {
    expect((await bin('explain', 'ObjectNotFound')).stdout.split('\n')[0]).toBe('ObjectNotFound is 101.');
    const { stdout } = await bin('explain', 'FileDeleteError');
    expect(stdout.split('\n')[0]).toBe('FileDeleteError is 131 and 153.');
    expect(stdout).toContain('[corrected, replaced by 153]');
    expect(stdout).toContain('\n153: 1 meaning\n');
  });

  it('explains several inputs in order', async () => {
    const { code, stdout } = await bin('explain', '209', 'TIMEOUT');
    expect(code).toBe(0);
    expect(stdout.split('\n').filter((line) => /^(-?\d+: |Parse\.Error\.)/.test(line))).toEqual([
      '209: 1 meaning',
      'Parse.Error.TIMEOUT is 124.',
      '124: 1 meaning',
    ]);
  });
});

describe('errors and usage', () => {
  it.each([
    ['OBJECT_NOTFOUND', 'Did you mean OBJECT_NOT_FOUND (101)?'],
    ['object_not_found', 'Did you mean OBJECT_NOT_FOUND (101)?'],
    ['Parse.Error.ObjectNotFound', 'Did you mean Parse.Error.OBJECT_NOT_FOUND (101)?'],
    ['Parse.Error.INVALID_SESION_TOKEN', 'Did you mean Parse.Error.INVALID_SESSION_TOKEN (209)?'],
    ['user_email_taken', 'Did you mean EMAIL_TAKEN (203)?'],
  ])('rejects %j with the names no-unknown-constants would suggest: %s', async (input, didYouMean) => {
    const { code, stdout, stderr } = await bin('explain', input);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toBe(
      `eslint-plugin-parse-error-codes: unknown error code, constant or name: ${JSON.stringify(input)}. ${didYouMean}\n`,
    );
  });

  it.each(['nope', '1.5', '12abc', ''])('rejects %j on stderr with exit code 1', async (input) => {
    const { code, stdout, stderr } = await bin('explain', input);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toBe(
      `eslint-plugin-parse-error-codes: unknown error code, constant or name: ${JSON.stringify(input)}. ` +
        'Give a number (141), a Parse.Error constant (OBJECT_NOT_FOUND) or a name from the documentation (ObjectNotFound).\n',
    );
  });

  it.each([[], ['--help'], ['-h'], ['explain', '--help']])('prints the usage for %j', async (...args: string[]) => {
    const { code, stdout, stderr } = await bin(...args);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout.startsWith('Usage: eslint-plugin-parse-error-codes explain <code | constant | name>...\n')).toBe(
      true,
    );
  });

  it('fails with the usage for `explain` alone and for an unknown command', async () => {
    const alone = await bin('explain');
    expect(alone.code).toBe(1);
    expect(alone.stderr).toContain('give a code, a Parse.Error constant or a name.');
    expect(alone.stderr).toContain('Usage: ');
    const unknown = await bin('describe', '141');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('unknown command "describe"');
  });

  it('prints the version', async () => {
    expect(await bin('--version')).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: '' });
  });
});
