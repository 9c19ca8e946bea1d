// The example project's lint setup: the plugin's recommended config for JavaScript, and its
// type-checked variant for the TypeScript client, which is linted with type information.
import parseErrorCodes from 'eslint-plugin-parse-error-codes';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    files: ['**/*.js'],
    extends: [parseErrorCodes.configs.recommended],
  },
  {
    files: ['cloud/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node, Parse: 'readonly' } },
  },
  {
    files: ['spec/**/*.js'],
    languageOptions: { globals: { ...globals.jasmine, Parse: 'readonly' } },
  },
  {
    files: ['**/*.ts'],
    extends: [parseErrorCodes.configs['recommended-type-checked']],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
);
