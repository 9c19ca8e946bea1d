import { readFileSync } from 'node:fs';
import path from 'node:path';

import type * as ts from 'typescript';

/** Whether a declaration file is `@types/parse`'s `index.d.ts`, by file name; each is read once. */
const verdicts = new Map<string, boolean>();

/**
 * True for the `index.d.ts` of the `@types/parse` package, wherever it is installed (under its own
 * name or an npm alias): the package.json beside it names the package.
 */
export function isParseTypesFile(sourceFile: ts.SourceFile): boolean {
  const { fileName } = sourceFile;
  let verdict = verdicts.get(fileName);
  if (verdict === undefined) {
    verdict =
      sourceFile.isDeclarationFile &&
      path.basename(fileName) === 'index.d.ts' &&
      packageNameBeside(fileName) === '@types/parse';
    verdicts.set(fileName, verdict);
  }
  return verdict;
}

function packageNameBeside(fileName: string): string | undefined {
  try {
    const manifest: unknown = JSON.parse(readFileSync(path.join(path.dirname(fileName), 'package.json'), 'utf8'));
    return typeof manifest === 'object' && manifest !== null && 'name' in manifest && typeof manifest.name === 'string'
      ? manifest.name
      : undefined;
  } catch {
    return undefined;
  }
}
