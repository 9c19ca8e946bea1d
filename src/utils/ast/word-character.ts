/** Characters that continue an identifier, keyword or number (`\` of a Unicode escape among them). */
const WORD_CHARACTER = /[\p{ID_Continue}$\\\u200C\u200D]/u;

/** True for a character that continues an identifier, keyword or number; false for none (`undefined`). */
export function isWordCharacter(character: string | undefined): boolean {
  if (character === undefined) return false;
  const code = character.charCodeAt(0);
  // ASCII, nearly every character of code, without the Unicode pattern.
  if (code < 128) return isAsciiWordCharacter(code);
  return WORD_CHARACTER.test(character);
}

/** `A–Z`, `a–z`, `0–9`, `_`, `$` and `\`. */
function isAsciiWordCharacter(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 95 ||
    code === 36 ||
    code === 92
  );
}
