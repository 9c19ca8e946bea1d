// The five configurations the typed bench compares.
import type { Linter } from 'eslint';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

import { plugin } from '../../scripts/built-plugin.js';
import { CORPUS_DIRECTORY } from './corpus.js';

export type ConfigName = 'a' | 'b' | 'c' | 'd' | 'e';
export const CONFIG_NAMES: readonly ConfigName[] = ['a', 'b', 'c', 'd', 'e'];
/** Configurations without typescript-eslint's rules: ours are the only rules, on typed parsing. */
export const OURS_ALONE: ReadonlySet<ConfigName> = new Set(['d', 'e']);
export const CONFIG_LABELS: Readonly<Record<ConfigName, string>> = {
  a: '(a) `recommendedTypeChecked` (typescript-eslint) alone',
  b: '(b) (a) + our `recommended`',
  c: '(c) (a) + our `recommended-type-checked`',
  d: '(d) our `recommended` alone, typed parsing',
  e: '(e) our `recommended-type-checked` alone, typed parsing',
};

export function configFor(name: ConfigName): Linter.Config[] {
  const untypedRules = [plugin.configs.recommended];
  const typedRules = [plugin.configs['recommended-type-checked']];
  const ours = { a: [], b: untypedRules, c: typedRules, d: untypedRules, e: typedRules }[name];
  // `base` only sets typescript-eslint's parser up (and registers its plugin), with no rules.
  const typed = OURS_ALONE.has(name) ? [tseslint.configs.base] : [tseslint.configs.recommendedTypeChecked];
  return defineConfig({
    files: ['**/*.ts'],
    extends: [...typed, ...ours],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: CORPUS_DIRECTORY } },
    linterOptions: { reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' },
  });
}
