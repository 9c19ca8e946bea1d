const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/gu;

/** The 1-based line of `index` in `text`, counting every line break JavaScript knows. */
export function lineOf(text: string, index: number): number {
  return (text.slice(0, index).match(LINE_BREAK)?.length ?? 0) + 1;
}
