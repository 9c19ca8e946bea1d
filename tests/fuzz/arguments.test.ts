// `npm run fuzz -- --help` prints the usage; a wrong command line says what is wrong.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { FUZZ_USAGE, parseFuzzArguments } from '../../scripts/fuzz/arguments.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));

describe('parseFuzzArguments', () => {
  it('asks for the help with --help or -h', () => {
    expect(parseFuzzArguments(['--help'])).toEqual({ help: true });
    expect(parseFuzzArguments(['-h', '--count', '5'])).toEqual({ help: true });
  });

  it('reads a run', () => {
    expect(parseFuzzArguments([])).toEqual({
      help: false,
      count: 1000,
      seed: undefined,
      programSeeds: undefined,
      verbose: false,
      strict: false,
    });
    expect(parseFuzzArguments(['--count', '10', '--seed', '7', '--replay', '1, 2', '--strict'])).toEqual({
      help: false,
      count: 10,
      seed: 7,
      programSeeds: [1, 2],
      verbose: false,
      strict: true,
    });
  });

  it('says what is wrong', () => {
    expect(() => parseFuzzArguments(['--count=-3'])).toThrow('--count takes a non-negative integer, not -3');
    expect(() => parseFuzzArguments(['--seed', ''])).toThrow('--seed takes a non-negative integer, not ');
    expect(() => parseFuzzArguments(['--bogus'])).toThrow(/Unknown option '--bogus'/u);
  });
});

describe('scripts/fuzz.ts', () => {
  const run = (...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> =>
    new Promise((resolve) => {
      execFile(process.execPath, [tsx, 'scripts/fuzz.ts', ...args], { cwd: root }, (error, stdout, stderr) => {
        resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
      });
    });

  it('prints the usage for --help, before it needs the build', async () => {
    expect(await run('--help')).toEqual({ code: 0, stdout: `${FUZZ_USAGE}\n`, stderr: '' });
  }, 30_000);

  it('prints what is wrong and the usage for an unknown option, and exits with 2', async () => {
    const { code, stdout, stderr } = await run('--bogus');
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(/^Unknown option '--bogus'/u);
    expect(stderr).toContain(FUZZ_USAGE);
  }, 30_000);
});
