// The catalog as plain JSON (dist/catalog.json, exported as `eslint-plugin-parse-error-codes/catalog.json`),
// for tools and other languages. Shared by scripts/generate-catalog-json.ts and the tests.
import type { ErrorCodeEntry } from '../src/data/index.js';

/**
 * One entry as JSON: the fields of ErrorCodeEntry under the same names and in the same order, with
 * null where the entry has no value (`sdkConstant`, `replacedBy`), so that every entry has every key.
 */
export interface CatalogJsonEntry {
  code: number;
  name: string;
  sdkConstant: string | null;
  misleadingSdkName: boolean;
  category: ErrorCodeEntry['category'];
  status: ErrorCodeEntry['status'];
  replacedBy: number | null;
  meaning: string;
  description: string;
  sources: ErrorCodeEntry['sources'][number][];
  sentBy: ErrorCodeEntry['sentBy'][number][];
  sentIn: string[];
}

export function toCatalogJsonEntry(entry: ErrorCodeEntry): CatalogJsonEntry {
  return {
    code: entry.code,
    name: entry.name,
    sdkConstant: entry.sdkConstant ?? null,
    misleadingSdkName: entry.misleadingSdkName,
    category: entry.category,
    status: entry.status,
    replacedBy: entry.replacedBy ?? null,
    meaning: entry.meaning,
    description: entry.description,
    sources: [...entry.sources],
    sentBy: [...entry.sentBy],
    sentIn: [...entry.sentIn],
  };
}

/** The text of catalog.json: an array of every entry, in the catalog's order, two-space indented. */
export function renderCatalogJson(entries: readonly ErrorCodeEntry[]): string {
  return `${JSON.stringify(entries.map(toCatalogJsonEntry), null, 2)}\n`;
}
