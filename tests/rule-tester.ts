import { fileURLToPath } from 'node:url';

import { RuleTester } from '@typescript-eslint/rule-tester';
import { afterAll, describe, it } from 'vitest';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;

/** TypeScript-ESTree parser, ES modules; cases override `languageOptions` for scripts and JSX. */
export const ruleTester = new RuleTester();

const fixturesDirectory = fileURLToPath(new URL('fixtures/', import.meta.url));

/** With type information: cases run as `tests/fixtures/file.ts` in the fixture project. */
export const typedRuleTester = new RuleTester({
  languageOptions: {
    parserOptions: {
      projectService: true,
      tsconfigRootDir: fixturesDirectory,
    },
  },
});

/**
 * With type information in a project that also has `@types/parse` 3.0.9 (the npm alias
 * `@types/parse-3`): cases run as `tests/fixtures/types-parse/file.ts`.
 */
export const typesParseRuleTester = new RuleTester({
  languageOptions: {
    parserOptions: {
      projectService: true,
      tsconfigRootDir: fileURLToPath(new URL('types-parse/', new URL('fixtures/', import.meta.url))),
    },
  },
});
