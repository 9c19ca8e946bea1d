import type { ErrorCodeEntry } from '../data/index.js';

/** `a; b; c`: the meanings of one code, as messages list them, the one the SDK names first. */
export function formatMeanings(entries: readonly ErrorCodeEntry[]): string {
  const named = entries.filter((entry) => entry.sdkConstant !== undefined);
  const unnamed = entries.filter((entry) => entry.sdkConstant === undefined);
  return [...new Set([...named, ...unnamed].map((entry) => entry.meaning))].join('; ');
}

/** `a, b, or c`, for prose. */
export function formatCodeList(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' or ');
  return `${items.slice(0, -1).join(', ')}, or ${items.at(-1) ?? ''}`;
}
