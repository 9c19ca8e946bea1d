import { errorCodes } from '../../data/index.js';
import { closestNames, spellingKey } from './closest-names.js';

/** Suggestions beyond three are noise. */
const MAX_INTENDED_CONSTANTS = 3;

const SDK_CONSTANTS: readonly string[] = errorCodes.flatMap((entry) =>
  entry.sdkConstant === undefined ? [] : [entry.sdkConstant],
);

/**
 * The documentation's names and the SDK's constants, by spelling key, with the constant the
 * catalog gives each (undefined for a documented error the SDK has no constant for). A name with
 * several entries maps to the one that has a constant: `FileDeleteError` (131, then 153) to
 * `FILE_DELETE_ERROR`.
 */
const constantsByKnownName = new Map<string, string | undefined>();
for (const entry of errorCodes) {
  const key = spellingKey(entry.name);
  if (constantsByKnownName.get(key) === undefined) constantsByKnownName.set(key, entry.sdkConstant);
}
for (const constant of SDK_CONSTANTS) constantsByKnownName.set(spellingKey(constant), constant);

/** `OBJECT_NOTFOUND`, `USERNAME_EXISTS`, `ERROR_404`: how JavaScript writes a constant. */
const ALL_CAPS = /^[A-Z][A-Z\d_]*$/u;

/**
 * Whether a static of `Parse.Error` that the SDK does not have reads as an error-code constant:
 * ALL_CAPS, or a documentation name or SDK constant in another case or spacing (`ObjectNotFound`,
 * `Timeout`). Other names (`Parse.Error.MyHelper`) are the app's business.
 */
export function looksLikeCodeConstant(name: string): boolean {
  return ALL_CAPS.test(name) || constantsByKnownName.has(spellingKey(name));
}

/**
 * The SDK constants a name that is no `Parse.Error` static was probably meant to be, likeliest
 * first: the constant of the documentation name it spells (`UserEmailTaken` → `EMAIL_TAKEN`), or
 * else the closest constants by spelling (`OBJECT_NOTFOUND` → `OBJECT_NOT_FOUND`); none when none is close.
 */
export function intendedConstants(name: string): readonly string[] {
  const documented = constantsByKnownName.get(spellingKey(name));
  if (documented !== undefined) return [documented];
  return closestNames(name, SDK_CONSTANTS, MAX_INTENDED_CONSTANTS);
}
