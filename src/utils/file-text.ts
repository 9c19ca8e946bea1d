import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { indexOfText } from './ast/index-of-text.js';

/**
 * Whether each word asked about is in a file's text: the rules ask of the same few words. Keyed by
 * the file's AST: oxlint hands every file the same `SourceCode` object.
 */
const wordsByFile = new WeakMap<TSESTree.Program, Map<string, boolean>>();

/**
 * True when the file's text has one of `words` anywhere: `createRule` asks it of each group of a
 * rule's `wordsReportsNeed` before the rule's `create` runs.
 */
export function mentionsAny(sourceCode: Readonly<SourceCode>, words: readonly string[]): boolean {
  return words.some((word) => mentions(sourceCode, word));
}

/**
 * True when the file's text has `word` anywhere, searched for once per file: the rules and the
 * analysis ask of the same few words (`Error`, `Cloud`, `message`, `Parse`), and each search of a
 * word a file lacks reads all of its text.
 */
export function mentions(sourceCode: Readonly<SourceCode>, word: string): boolean {
  let found = wordsByFile.get(sourceCode.ast);
  if (!found) {
    found = new Map();
    wordsByFile.set(sourceCode.ast, found);
  }
  let has = found.get(word);
  if (has === undefined) {
    has = indexOfText(codeText(sourceCode), word) !== -1;
    found.set(word, has);
  }
  return has;
}

/** The comment of a source map: `//# sourceMappingURL=…` (`//@` in older tools). */
const SOURCE_MAP_COMMENT = /^[#@] sourceMappingURL=/u;

const codeTexts = new WeakMap<TSESTree.Program, string>();

/**
 * The file's text without the source map comment that may end it, the text every search for a word
 * reads: Parse Server's published files end with an inline map about as long as their code, and no
 * word the analysis looks for is in a map. Offsets in it are offsets in the file.
 */
export function codeText(sourceCode: Readonly<SourceCode>): string {
  let text = codeTexts.get(sourceCode.ast);
  if (text === undefined) {
    text = withoutTrailingSourceMap(sourceCode);
    codeTexts.set(sourceCode.ast, text);
  }
  return text;
}

function withoutTrailingSourceMap(sourceCode: Readonly<SourceCode>): string {
  const { text } = sourceCode;
  const comments = sourceCode.getAllComments();
  const last = comments[comments.length - 1];
  if (last?.type !== 'Line' || !SOURCE_MAP_COMMENT.test(last.value) || text.slice(last.range[1]).trim() !== '') {
    return text;
  }
  return text.slice(0, last.range[0]);
}
