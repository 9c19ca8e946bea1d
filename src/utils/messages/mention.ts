import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';

import {
  currentMeaningsOf,
  entriesFor,
  meaningsForMessages,
  sdkConstantFor,
  type ErrorCodeEntry,
} from '../../data/index.js';
import type { SdkImport } from '../sdk/sdk-import.js';
import { SDK_ENTRY_POINTS } from '../sdk/sdk-shape.js';

/** How every message names codes, meanings and constants (eslint-plugin-regexp's `mention`). */

/** The distinct meanings of some entries, the one the SDK names first. */
function distinctMeanings(entries: readonly ErrorCodeEntry[]): string[] {
  const named = entries.filter((entry) => entry.sdkConstant !== undefined);
  const unnamed = entries.filter((entry) => entry.sdkConstant === undefined);
  return [...new Set([...named, ...unnamed].map((entry) => entry.meaning))];
}

/** `a, b, or c`, for prose. */
export function mentionList(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' or ');
  return `${items.slice(0, -1).join(', ')}, or ${items.at(-1) ?? ''}`;
}

/** More meanings than this make a parenthesis longer than the message around it. */
const MAX_MEANINGS_IN_PARENTHESIS = 2;

/**
 * `object not found; invalid login parameters`: a code's meanings, for a parenthesis; beyond two,
 * the first and how many more (`push misconfigured and 8 more`). A meaning's own parenthesis
 * (`request limit exceeded (Parse.com only)`) is left out: messages have no nested parentheses.
 */
export function mentionMeanings(code: number): string {
  const meanings = distinctMeanings(meaningsForMessages(code)).map((meaning) =>
    meaning.replaceAll(/\s*\([^()]*\)/gu, ''),
  );
  if (meanings.length <= MAX_MEANINGS_IN_PARENTHESIS) return meanings.join('; ');
  return abbreviated(meanings);
}

/** `push misconfigured and 8 more`: the first of more than two meanings and how many follow. */
function abbreviated(meanings: readonly string[]): string {
  return `${meanings[0] ?? ''} and ${meanings.length - 1} more`;
}

/**
 * `object not found or invalid login parameters`, for prose; beyond two, as `mentionMeanings`
 * abbreviates them (`Cloud Code script failed and 3 more`).
 */
export function mentionMeaningList(meanings: readonly string[]): string {
  const distinct = [...new Set(meanings)];
  return distinct.length <= MAX_MEANINGS_IN_PARENTHESIS ? mentionList(distinct) : abbreviated(distinct);
}

/** `object not found or invalid login parameters`: the meanings Parse sends a code with today, for prose. */
export function mentionCurrentMeanings(code: number): string {
  return mentionList(distinctMeanings(currentMeaningsOf(code)));
}

/** `both`, or `all of them`: the current meanings of a shared code, as a message says "the SDK's name for …". */
export function mentionEveryCurrentMeaning(code: number): string {
  return distinctMeanings(currentMeaningsOf(code)).length === 2 ? 'both' : 'all of them';
}

/** `'parse/react-native'` when the file already imports that entry point, else every entry point. */
export function mentionEntryPoints(sdkImport: SdkImport | undefined): string {
  return mentionList((sdkImport ? [sdkImport.module] : SDK_ENTRY_POINTS).map((module) => `'${module}'`));
}

/** `100 (CONNECTION_FAILED)`, or `100 (connection failed)` when the SDK has no constant for it. */
export function mentionCode(code: number): string {
  return `${code} (${sdkConstantFor(code) ?? mentionMeanings(code)})`;
}

/** `ObjectNotFound/UserInvalidLoginParams`: the documentation's names of a code. */
export function mentionDocumentationNames(code: number): string {
  return [...new Set(entriesFor(code).map((entry) => entry.name))].join('/');
}

/** A constant as the code writes it (`P.Error.X`, `_ParseError.default.X`). */
export function mentionAsWritten(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): string {
  return sourceCode.getText(node);
}
