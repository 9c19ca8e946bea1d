import { RuleCreator } from '@typescript-eslint/utils/eslint-utils';

export interface ParseErrorCodesRuleDocs {
  description: string;
  recommended?: boolean;
  requiresTypeChecking?: boolean;
}

export const REPOSITORY_URL = 'https://github.com/eslint-plugin-parse-error-codes/eslint-plugin-parse-error-codes';

export const createRule = RuleCreator<ParseErrorCodesRuleDocs>(
  (name) => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`,
);
