import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';

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
    has = sourceCode.text.includes(word);
    found.set(word, has);
  }
  return has;
}
