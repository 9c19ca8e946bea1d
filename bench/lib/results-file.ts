// bench/RESULTS.md has one section that bench/typed.ts writes, one from bench/ratio.ts's output, and
// the rest that bench/run.ts writes; each keeps the others' parts.

export const TYPED_SECTION_TITLE = '## Type-checked linting (bench/typed.ts)';
/** Written by hand from `npm run bench:ratio`'s table (issue #26); bench/run.ts keeps it. */
export const RATIO_SECTION_TITLE = '## Per-corpus ratios, sums of per-file minima (bench/ratio.ts)';

/** Where section `title` starts in `text` (at its heading) and where the next `## ` section starts. */
function sectionBounds(text: string, title: string): { start: number; end: number } | undefined {
  const at = text.indexOf(`\n${title}\n`);
  if (at === -1) return undefined;
  const next = text.indexOf('\n## ', at + 1);
  return { start: at + 1, end: next === -1 ? text.length : next + 1 };
}

/** The text of section `title`, heading included, trailing blank lines dropped; undefined when absent. */
export function sectionOf(text: string, title: string): string | undefined {
  const bounds = sectionBounds(text, title);
  return bounds && text.slice(bounds.start, bounds.end).trimEnd();
}

/** `text` with section `title` replaced by `section` (lines), or with it appended; ends with a newline. */
export function withSection(text: string, title: string, section: readonly string[]): string {
  const bounds = sectionBounds(text, title);
  const updated =
    bounds === undefined
      ? `${text.trimEnd()}\n\n${section.join('\n')}`
      : `${text.slice(0, bounds.start - 1).trimEnd()}\n\n${section.join('\n')}${bounds.end < text.length ? `\n${text.slice(bounds.end)}` : ''}`;
  return updated.endsWith('\n') ? updated : `${updated}\n`;
}
