/** Characters that continue an identifier, keyword or number (`\` of a Unicode escape among them). */
const WORD_CHARACTER = /[\p{ID_Continue}$\\\u200C\u200D]/u;

/** True for a character that continues an identifier, keyword or number; false for none (`undefined`). */
export function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && WORD_CHARACTER.test(character);
}
