/**
 * V8 searches a string of this many characters or more with Boyer-Moore, whose tables it builds for
 * every search: on source text that costs about three times a search of the first characters alone
 * (`message` against `messag`, on Parse's published `lib/` and on app code).
 */
const BOYER_MOORE_LENGTH = 7;

/**
 * `text.indexOf(word, from)`, searching a long word by its first characters and checking the rest
 * where they occur.
 */
export function indexOfText(text: string, word: string, from = 0): number {
  if (word.length < BOYER_MOORE_LENGTH) return text.indexOf(word, from);
  const start = word.slice(0, BOYER_MOORE_LENGTH - 1);
  for (let at = text.indexOf(start, from); at !== -1; at = text.indexOf(start, at + 1)) {
    if (text.startsWith(word, at)) return at;
  }
  return -1;
}
