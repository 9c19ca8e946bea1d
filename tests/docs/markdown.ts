/** The fenced code blocks of a Markdown file, each with the headings it stands under. */
export interface CodeBlock {
  /** The info string's first word: `js`, `ts`, `text`… */
  readonly lang: string;
  readonly code: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  /** The headings above the block, outermost first: `['Examples', '❌ Incorrect']`. */
  readonly headings: readonly string[];
}

const FENCE = /^(`{3,}|~{3,})\s*([\w-]*)/u;
const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/u;

/** Headings (`#` lines outside code blocks) and fenced code blocks, in the order they come. */
export function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const headings: string[] = [];
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index] ?? '';
    const heading = HEADING.exec(text);
    if (heading) {
      const level = heading[1]?.length ?? 1;
      headings.length = Math.min(headings.length, level - 1);
      while (headings.length < level - 1) headings.push('');
      headings.push(heading[2] ?? '');
      continue;
    }
    const fence = FENCE.exec(text);
    if (!fence) continue;
    const marker = fence[1] ?? '```';
    const start = index;
    const body: string[] = [];
    for (index++; index < lines.length && !(lines[index] ?? '').startsWith(marker); index++) body.push(lines[index] ?? '');
    blocks.push({ lang: fence[2] ?? '', code: `${body.join('\n')}\n`, line: start + 1, headings: headings.filter(Boolean) });
  }
  return blocks;
}

/** The headings of a Markdown file outside its code blocks, as `## Examples`. */
export function headingLines(markdown: string): string[] {
  const result: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const opening = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (line.startsWith(fence)) fence = undefined;
    } else if (opening !== undefined) {
      fence = opening;
    } else if (HEADING.test(line)) {
      result.push(line.trimEnd());
    }
  }
  return result;
}
