import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';

/**
 * True when the file's text has one of `words` anywhere. A rule whose reports all need a word in the
 * code (`Error` for every `Parse.Error`, `Cloud` for every Cloud Code registration) asks this first
 * in `create`, and gives a file without it no listener: most files of an app have none of its words.
 */
export function mentionsAny(sourceCode: Readonly<SourceCode>, words: readonly string[]): boolean {
  return words.some((word) => sourceCode.text.includes(word));
}
