// `npm run update:rule-index` (part of `npm run update`): writes src/rules/index.ts and
// src/rule-name.ts from the files in src/rules/ (see scripts/rule-index.ts).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import {
  REPOSITORY_ROOT,
  RULE_INDEX_FILE,
  RULE_NAME_FILE,
  renderRuleIndex,
  renderRuleNames,
  ruleNamesIn,
} from './rule-index.js';

function writeIfChanged(file: string, text: string): boolean {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return false;
  writeFileSync(file, text);
  return true;
}

/** Writes the index and the names if they changed; returns the files it wrote, relative to the root. */
export function updateRuleIndex(): string[] {
  const names = ruleNamesIn();
  return [
    [RULE_INDEX_FILE, renderRuleIndex(names)],
    [RULE_NAME_FILE, renderRuleNames(names)],
  ].flatMap(([file = '', text = '']) => (writeIfChanged(file, text) ? [path.relative(REPOSITORY_ROOT, file)] : []));
}

if (import.meta.filename === process.argv[1]) {
  const written = updateRuleIndex();
  console.log(written.length > 0 ? `Wrote ${written.join(', ')}` : 'Up to date: src/rules/index.ts, src/rule-name.ts');
}
