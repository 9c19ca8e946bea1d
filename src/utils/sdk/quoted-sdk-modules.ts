import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { codeText } from '../file-text.js';
import { sdkValueOfModule, type SdkValue } from './sdk-shape.js';

/** A quoted name of a module of the SDK: the offset of its opening quote, and what the module is. */
export interface QuotedSdkModule {
  readonly offset: number;
  readonly value: SdkValue;
}

const QUOTES = new Set(["'", '"', '`']);
/** The SDK's package and its entry points, from the `p` after the opening quote to before the closing one. */
const PACKAGE_NAME = /parse(?:\/[\w-]+)?(?=['"`])/uy;
/** A relative path to the SDK's `ParseError` module, from after the opening quote to before the closing one. */
const PARSE_ERROR_PATH = /\.\.?\/(?:[^'"`\n]*\/)?ParseError(?:\.[cm]?[jt]s)?(?=['"`])/uy;

const quotedModulesByFile = new WeakMap<TSESTree.Program, readonly QuotedSdkModule[]>();

/**
 * Where the file's code quotes the name of one of the SDK's modules (`'parse/node'`,
 * `"./ParseError"`), in the order of the text; found once per file. The names are found from the
 * words `parse` and `/ParseError`, which are rarer than the quotes a pattern would start from.
 */
export function quotedSdkModules(sourceCode: Readonly<SourceCode>): readonly QuotedSdkModule[] {
  let quoted = quotedModulesByFile.get(sourceCode.ast);
  if (!quoted) {
    const text = codeText(sourceCode);
    quoted = [
      ...quotedNames(text, 'parse', PACKAGE_NAME, quoteJustBefore),
      ...quotedNames(text, '/ParseError', PARSE_ERROR_PATH, openingQuoteBefore),
    ]
      .flatMap(({ offset, name }) => {
        const value = sdkValueOfModule(name);
        return value === undefined ? [] : [{ offset, value }];
      })
      .sort((a, b) => a.offset - b.offset);
    quotedModulesByFile.set(sourceCode.ast, quoted);
  }
  return quoted;
}

/**
 * The quoted names `pattern` matches that contain `word`: each occurrence of the word is checked
 * from the opening quote `quoteOf` finds for it.
 */
function quotedNames(
  text: string,
  word: string,
  pattern: RegExp,
  quoteOf: (text: string, at: number) => number | undefined,
): { offset: number; name: string }[] {
  const names: { offset: number; name: string }[] = [];
  let lastQuote = -1;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
    const quote = quoteOf(text, at);
    // Two occurrences in one name are one name.
    if (quote === undefined || quote === lastQuote) continue;
    pattern.lastIndex = quote + 1;
    const match = pattern.exec(text);
    if (match) {
      names.push({ offset: quote, name: match[0] });
      lastQuote = quote;
    }
  }
  return names;
}

/** `at - 1` when a quote is there: a package name starts right after its quote. */
function quoteJustBefore(text: string, at: number): number | undefined {
  const character = text[at - 1];
  return character !== undefined && QUOTES.has(character) ? at - 1 : undefined;
}

/** The offset of the last quote before `at` on its line, or undefined without one: a relative path's opening quote. */
function openingQuoteBefore(text: string, at: number): number | undefined {
  for (let index = at - 1; index >= 0; index--) {
    const character = text[index];
    if (character === '\n') return undefined;
    if (character !== undefined && QUOTES.has(character)) return index;
  }
  return undefined;
}
