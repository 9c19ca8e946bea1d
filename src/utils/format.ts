import type { ErrorCodeEntry } from '../data/index.js';

/** The distinct meanings of one code, the one the SDK names first, as every message lists them. */
export function distinctMeanings(entries: readonly ErrorCodeEntry[]): string[] {
  const named = entries.filter((entry) => entry.sdkConstant !== undefined);
  const unnamed = entries.filter((entry) => entry.sdkConstant === undefined);
  return [...new Set([...named, ...unnamed].map((entry) => entry.meaning))];
}

/** `a; b; c`: the meanings of one code, for a parenthesis. */
export function formatMeanings(entries: readonly ErrorCodeEntry[]): string {
  return distinctMeanings(entries).join('; ');
}

/** `a, b, or c`, for prose. */
export function formatCodeList(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' or ');
  return `${items.slice(0, -1).join(', ')}, or ${items.at(-1) ?? ''}`;
}
