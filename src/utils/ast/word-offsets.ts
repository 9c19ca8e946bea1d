import { isWordCharacter } from './word-character.js';

/** Where the text writes `word` as a whole word, in order: not inside a longer name (`ParseObject`, `_Parse`, `TypeError`). */
export function wordOffsets(text: string, word: string): number[] {
  const offsets: number[] = [];
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
    if (!isWordCharacter(text[at - 1]) && !isWordCharacter(text[at + word.length])) offsets.push(at);
  }
  return offsets;
}
