// dist/catalog.json (`eslint-plugin-parse-error-codes/catalog.json`) against the TypeScript catalog.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { renderCatalogJson } from '../../scripts/catalog-json.js';
import { errorCodes } from '../../src/data/index.js';

const distCatalogJson = fileURLToPath(new URL('../../dist/catalog.json', import.meta.url));
const packageJsonPath = fileURLToPath(new URL('../../package.json', import.meta.url));

const parsed = JSON.parse(renderCatalogJson(errorCodes)) as Record<string, unknown>[];

describe('catalog.json', () => {
  it('has one object per catalog entry, in the same order', () => {
    expect(Array.isArray(parsed)).toBe(true);
    expect(parsed.map((entry) => `${String(entry.code)} ${String(entry.name)}`)).toEqual(
      errorCodes.map((entry) => `${entry.code} ${entry.name}`),
    );
  });

  it('gives every entry every field of ErrorCodeEntry, in its order, under its name', () => {
    const fields = [
      'code',
      'name',
      'sdkConstant',
      'misleadingSdkName',
      'category',
      'status',
      'replacedBy',
      'meaning',
      'description',
      'sources',
      'sentBy',
      'sentIn',
    ];
    for (const entry of errorCodes) expect(Object.keys(entry)).toEqual(fields);
    for (const entry of parsed) expect(Object.keys(entry)).toEqual(fields);
  });

  it('holds the same values as the TypeScript catalog, with null for absent ones', () => {
    const expected = errorCodes.map((entry) =>
      Object.fromEntries(Object.entries(entry).map(([key, value]) => [key, value ?? null] as const)),
    );
    expect(parsed).toEqual(expected);
    expect(parsed.filter((entry) => entry.sdkConstant === null).length).toBe(
      errorCodes.filter((entry) => entry.sdkConstant === undefined).length,
    );
    expect(parsed.find((entry) => entry.code === 155)?.replacedBy).toBe(100);
    expect(JSON.stringify(parsed)).not.toContain('undefined');
  });

  it('is what the build wrote to dist/catalog.json', () => {
    expect(existsSync(distCatalogJson), 'dist/catalog.json is missing: run `npm run build`').toBe(true);
    expect(readFileSync(distCatalogJson, 'utf8'), 'dist/catalog.json is stale: run `npm run build`').toBe(
      renderCatalogJson(errorCodes),
    );
  });

  it('is exported as ./catalog.json and shipped with dist/', () => {
    const packageJson = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as {
      exports: Record<string, unknown>;
      files: string[];
    };
    expect(packageJson.exports['./catalog.json']).toBe('./dist/catalog.json');
    expect(packageJson.files).toContain('dist');
  });
});
