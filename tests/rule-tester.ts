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
