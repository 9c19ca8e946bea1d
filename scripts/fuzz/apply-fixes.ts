import type { Linter, Rule } from 'eslint';

export interface AppliedFix {
  readonly message: Linter.LintMessage;
  readonly fix: Rule.Fix;
  /** Where the replacement text sits in the pass's output. */
  readonly outputRange: readonly [number, number];
}

export /** Applies fixes the way ESLint's SourceCodeFixer does: in order of position, skipping overlaps. */
function applyFixes(text: string, messages: readonly Linter.LintMessage[]): { output: string; applied: AppliedFix[] } {
  const fixes = messages
    .flatMap((message) => (message.fix ? [{ message, fix: message.fix }] : []))
    .sort((a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1]);
  const applied: AppliedFix[] = [];
  let output = '';
  let lastEnd = Number.NEGATIVE_INFINITY;
  let copiedTo = 0;
  for (const { message, fix } of fixes) {
    const [start, end] = fix.range;
    if (lastEnd >= start || start > end) continue;
    output += text.slice(copiedTo, start);
    const outputStart = output.length;
    output += fix.text;
    applied.push({ message, fix, outputRange: [outputStart, output.length] });
    copiedTo = end;
    lastEnd = end;
  }
  return { output: output + text.slice(copiedTo), applied };
}
