// `npm run update:rule-index` (part of `npm run update`): writes src/rules/index.ts from the files
// in src/rules/ (see scripts/rule-index.ts).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { REPOSITORY_ROOT, RULE_INDEX_FILE, renderRuleIndex, ruleNamesIn } from './rule-index.js';

/** Writes the index if it changed; returns whether it did. */
export function updateRuleIndex(): boolean {
  const text = renderRuleIndex(ruleNamesIn());
  if (existsSync(RULE_INDEX_FILE) && readFileSync(RULE_INDEX_FILE, 'utf8') === text) return false;
  writeFileSync(RULE_INDEX_FILE, text);
  return true;
}

if (import.meta.filename === process.argv[1]) {
  const changed = updateRuleIndex();
  console.log(`${changed ? 'Wrote' : 'Up to date:'} ${path.relative(REPOSITORY_ROOT, RULE_INDEX_FILE)}`);
}
