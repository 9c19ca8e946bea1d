import { RuleTester } from '@typescript-eslint/rule-tester';
import { afterAll, describe, it } from 'vitest';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/** TypeScript-ESTree parser, ES modules; cases override `languageOptions` for scripts and JSX. */
export const ruleTester = new RuleTester();
