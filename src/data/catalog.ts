import { errorCodes } from './error-codes.js';
import type { CodeRange, ErrorCodeEntry } from './types.js';

const entriesByCode = new Map<number, ErrorCodeEntry[]>();
const entriesBySdkConstant = new Map<string, ErrorCodeEntry>();
for (const errorCode of errorCodes) {
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

/** The entry whose `Parse.Error` static has this name. */
export function entryForSdkConstant(constant: string): ErrorCodeEntry | undefined {
  return entriesBySdkConstant.get(constant);
}

/** The meanings Parse sends this number with today (the SDK's misleading 143 name excluded). */
export function currentMeaningsOf(code: number): readonly ErrorCodeEntry[] {
  return entriesFor(code).filter((candidate) => candidate.status === 'current' && !candidate.misleadingSdkName);
}

/** True when Parse sends this one number for several distinct, current errors. */
export function isAmbiguous(code: number): boolean {
  return currentMeaningsOf(code).length > 1;
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
