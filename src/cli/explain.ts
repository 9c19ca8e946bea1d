#!/usr/bin/env node
// `npx eslint-plugin-parse-error-codes explain <code|constant|name>`: what a Parse error code means,
// from the plugin's catalog. Built into dist/cli.js (the package's `bin`); no dependencies.
import packageJson from '../../package.json' with { type: 'json' };
import {
  codeRange,
  entriesFor,
  entryForSdkConstant,
  errorCodes,
  isAmbiguous,
  liveQueryEntryFor,
  sdkConstantFor,
} from '../data/index.js';
import type { CodeRange, ErrorCodeEntry, ErrorCodeSender } from '../data/index.js';
import { intendedConstants } from '../utils/messages/intended-constants.js';

const COMMAND = 'eslint-plugin-parse-error-codes';

const USAGE = `Usage: ${COMMAND} explain <code | constant | name>...

Prints every meaning Parse has given an error code, with its status, its Parse.Error constant
and the range the number falls in.

  ${COMMAND} explain 141                       a number
  ${COMMAND} explain OBJECT_NOT_FOUND          a Parse.Error constant
  ${COMMAND} explain Parse.Error.OBJECT_NOT_FOUND
  ${COMMAND} explain ObjectNotFound            a name from Parse's documentation

Options:
  -h, --help     print this help
  -v, --version  print the version
`;

const RANGE_TEXT: Readonly<Record<CodeRange, string>> = {
  parse: '-1 to 4999, taken by Parse itself (Parse Server and the SDKs)',
  reserved: '5000 to 8999, kept free by Parse for later use',
  custom: '9000 to 9999, left to each app for its own errors',
  invalid: 'none, outside every range Parse documents (-1 to 9999)',
};

/** What a number not in the catalog means for an app, by range. */
const UNKNOWN_CODE_ADVICE: Readonly<Record<CodeRange, string>> = {
  parse: 'Parse may give it a meaning in a later version; use a code from 9000 to 9999 for your own errors.',
  reserved: 'Parse keeps it free for later use; use a code from 9000 to 9999 for your own errors.',
  custom: 'It is free for your own errors.',
  invalid: 'Parse errors use codes from -1 to 9999; use a code from 9000 to 9999 for your own errors.',
};

interface Output {
  readonly stdout: string[];
  readonly stderr: string[];
}

function describeEntry(entry: ErrorCodeEntry): string[] {
  const details: string[] = [entry.status];
  if (entry.sdkConstant !== undefined) {
    details.push(
      entry.misleadingSdkName ? `Parse.Error.${entry.sdkConstant}, SDK name only` : `Parse.Error.${entry.sdkConstant}`,
    );
  }
  if (entry.replacedBy !== undefined) details.push(`replaced by ${entry.replacedBy}`);
  return [
    `  ${entry.name}: ${entry.meaning} [${details.join(', ')}]`,
    `    ${entry.description}`,
    `    ${describeSent(entry)}`,
  ];
}

const SENDER_NAMES: Readonly<Record<ErrorCodeSender, string>> = { 'parse-server': 'Parse Server', sdk: 'the JS SDK' };

function describeSent(entry: ErrorCodeEntry): string {
  if (entry.sentBy.length === 0) return 'Sent by neither Parse Server 9 nor the JS SDK 8.';
  return `Sent by ${entry.sentBy.map((sender) => SENDER_NAMES[sender]).join(' and ')} (${entry.sentIn.join(', ')}).`;
}

function describeCode(code: number): string[] {
  const range = codeRange(code);
  const entries = entriesFor(code);
  const liveQuery = liveQueryEntryFor(code);
  const liveQueryLines = liveQuery
    ? ["LiveQuery's own meaning, in its WebSocket's { op: 'error' } messages:", ...describeEntry(liveQuery)]
    : [];
  if (entries.length === 0 && liveQuery) {
    return [`${code}: not a Parse.Error code.`, `Range: ${RANGE_TEXT[codeRange(code)]}.`, ...liveQueryLines];
  }
  if (entries.length === 0) {
    return [`${code} is not a Parse error code.`, `Range: ${RANGE_TEXT[range]}.`, UNKNOWN_CODE_ADVICE[range]];
  }
  const constant = sdkConstantFor(code);
  const lines = [
    `${code}: ${entries.length === 1 ? '1 meaning' : `${entries.length} meanings`}`,
    `Range: ${RANGE_TEXT[range]}.`,
    `SDK constant: ${constant === undefined ? 'none that names its meaning' : `Parse.Error.${constant}`}`,
  ];
  if (isAmbiguous(code)) {
    lines.push(`Ambiguous: Parse sends ${code} for several errors; the code alone cannot tell them apart.`);
  }
  lines.push('Meanings:', ...entries.flatMap(describeEntry), ...liveQueryLines);
  return lines;
}

const INTEGER = /^[+-]?\d+$/;
const SDK_PREFIX = 'Parse.Error.';

/** The codes an input stands for, with a line saying how it was read; undefined when it is none. */
function resolve(input: string): { heading: string | undefined; codes: number[] } | undefined {
  if (INTEGER.test(input)) return { heading: undefined, codes: [Number(input)] };
  const constant = input.startsWith(SDK_PREFIX) ? input.slice(SDK_PREFIX.length) : input;
  const bySdkConstant = entryForSdkConstant(constant);
  if (bySdkConstant !== undefined) {
    return { heading: `${SDK_PREFIX}${constant} is ${bySdkConstant.code}.`, codes: [bySdkConstant.code] };
  }
  if (constant !== input) return undefined;
  const codes = [...new Set(errorCodes.filter((entry) => entry.name === input).map((entry) => entry.code))];
  if (codes.length === 0) return undefined;
  return { heading: `${input} is ${codes.join(' and ')}.`, codes };
}

/**
 * What to give instead: the constants `no-unknown-constants` would suggest for the name
 * (`OBJECT_NOTFOUND`: "Did you mean OBJECT_NOT_FOUND (101)?"), else what the command takes.
 */
function hint(input: string): string {
  const prefix = input.startsWith(SDK_PREFIX) ? SDK_PREFIX : '';
  const intended = intendedConstants(input.slice(prefix.length));
  if (intended.length === 0) {
    return 'Give a number (141), a Parse.Error constant (OBJECT_NOT_FOUND) or a name from the documentation (ObjectNotFound).';
  }
  const named = intended.map((constant) => `${prefix}${constant} (${entryForSdkConstant(constant)?.code ?? '?'})`);
  const list = named.length === 1 ? named.join('') : `${named.slice(0, -1).join(', ')} or ${named.at(-1) ?? ''}`;
  return `Did you mean ${list}?`;
}

function explain(inputs: readonly string[], output: Output): number {
  let exitCode = 0;
  for (const [index, input] of inputs.entries()) {
    const resolved = resolve(input.trim());
    if (resolved === undefined) {
      output.stderr.push(
        `${COMMAND}: unknown error code, constant or name: ${JSON.stringify(input)}. ${hint(input.trim())}`,
      );
      exitCode = 1;
      continue;
    }
    if (index > 0) output.stdout.push('');
    if (resolved.heading !== undefined) output.stdout.push(resolved.heading);
    for (const [codeIndex, code] of resolved.codes.entries()) {
      if (codeIndex > 0) output.stdout.push('');
      output.stdout.push(...describeCode(code));
    }
  }
  return exitCode;
}

function main(args: readonly string[], output: Output): number {
  const [command, ...rest] = args;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    output.stdout.push(USAGE);
    return 0;
  }
  if (command === '-v' || command === '--version') {
    output.stdout.push(packageJson.version);
    return 0;
  }
  if (command !== 'explain') {
    output.stderr.push(`${COMMAND}: unknown command ${JSON.stringify(command)}.`, '', USAGE);
    return 1;
  }
  if (rest.includes('-h') || rest.includes('--help')) {
    output.stdout.push(USAGE);
    return 0;
  }
  if (rest.length === 0) {
    output.stderr.push(`${COMMAND} explain: give a code, a Parse.Error constant or a name.`, '', USAGE);
    return 1;
  }
  return explain(rest, output);
}

const output: Output = { stdout: [], stderr: [] };
process.exitCode = main(process.argv.slice(2), output);
if (output.stdout.length > 0) process.stdout.write(`${output.stdout.join('\n').trimEnd()}\n`);
if (output.stderr.length > 0) process.stderr.write(`${output.stderr.join('\n').trimEnd()}\n`);
