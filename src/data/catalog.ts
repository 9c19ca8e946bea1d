import { errorCodes } from './error-codes.js';
import type { CodeRange, ErrorCodeEntry } from './types.js';

const entriesByCode = new Map<number, ErrorCodeEntry[]>();
const entriesBySdkConstant = new Map<string, ErrorCodeEntry>();
const liveQueryEntriesByCode = new Map<number, ErrorCodeEntry>();
for (const errorCode of errorCodes) {
  // LiveQuery's codes live in its own messages: a `Parse.Error` code never means one of them.
  if (errorCode.category === 'live-query') {
    liveQueryEntriesByCode.set(errorCode.code, errorCode);
    continue;
  }
  const sameCode = entriesByCode.get(errorCode.code);
  if (sameCode) sameCode.push(errorCode);
  else entriesByCode.set(errorCode.code, [errorCode]);
  if (errorCode.sdkConstant !== undefined) entriesBySdkConstant.set(errorCode.sdkConstant, errorCode);
}

const NO_ENTRIES: readonly ErrorCodeEntry[] = Object.freeze([]);

/** Every entry with this number; empty for unknown codes and for anything that is not an integer. */
export function entriesFor(code: number): readonly ErrorCodeEntry[] {
  return entriesByCode.get(code) ?? NO_ENTRIES;
}

/** LiveQuery's own meaning of a code, in the `{ op: 'error' }` messages of its WebSocket. */
export function liveQueryEntryFor(code: number): ErrorCodeEntry | undefined {
  return liveQueryEntriesByCode.get(code);
}

/** True for the codes LiveQuery's server sends with meanings of its own (1 to 4). */
export function isLiveQueryCode(code: number): boolean {
  return liveQueryEntriesByCode.has(code);
}

/** The entry whose `Parse.Error` static has this name. */
export function entryForSdkConstant(constant: string): ErrorCodeEntry | undefined {
  return entriesBySdkConstant.get(constant);
}

/** The meanings Parse sends this number with today (the SDK's misleading 143 name excluded). */
export function currentMeaningsOf(code: number): readonly ErrorCodeEntry[] {
  return entriesFor(code).filter((candidate) => candidate.status === 'current' && !candidate.misleadingSdkName);
}

/** The current meanings that Parse Server or the SDK creates the code with. */
export function sentMeaningsOf(code: number): readonly ErrorCodeEntry[] {
  return currentMeaningsOf(code).filter((candidate) => candidate.sentBy.length > 0);
}

/** True when Parse Server or the SDK sends this one number for several distinct errors. */
export function isAmbiguous(code: number): boolean {
  return sentMeaningsOf(code).length > 1;
}

/** True for a code the catalog knows that neither Parse Server nor the SDK creates, with any meaning. */
export function isNeverSent(code: number): boolean {
  const entries = entriesFor(code);
  return entries.length > 0 && entries.every((candidate) => candidate.sentBy.length === 0);
}

/**
 * The SDK's `Parse.Error` constant for this number, when its name states a meaning the number
 * really has. Undefined when the SDK has no constant for it, and for 143, whose SDK name
 * (`INVALID_IMAGE_DATA`) describes an error Parse never sends with it.
 */
export function sdkConstantFor(code: number): string | undefined {
  const constants = new Set<string>();
  for (const candidate of entriesFor(code)) {
    if (candidate.sdkConstant === undefined) continue;
    if (candidate.misleadingSdkName) return undefined;
    constants.add(candidate.sdkConstant);
  }
  return constants.size === 1 ? [...constants][0] : undefined;
}

/**
 * The constant an autofix may write for this number: the SDK's constant, shared codes included.
 * Parse Server writes `Parse.Error.OBJECT_NOT_FOUND` for every meaning of 101 (a wrong password
 * too), so the constant is Parse's name for the number, whatever the meaning. Undefined for codes
 * without a constant and for 143, whose SDK name states a meaning Parse never sends it with.
 */
export function fixConstantFor(code: number): string | undefined {
  return sdkConstantFor(code);
}

/** Where Parse's documentation puts this number. */
export function codeRange(code: number): CodeRange {
  if (!Number.isInteger(code) || code < -1) return 'invalid';
  if (code <= 4999) return 'parse';
  if (code <= 8999) return 'reserved';
  if (code <= 9999) return 'custom';
  return 'invalid';
}

/** The meanings to name for a code in a message: the current ones, or every one when none is current. */
export function meaningsForMessages(code: number): readonly ErrorCodeEntry[] {
  const current = currentMeaningsOf(code);
  return current.length > 0 ? current : entriesFor(code).filter((candidate) => !candidate.misleadingSdkName);
}
