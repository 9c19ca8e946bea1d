// The example project's lint setup: the plugin's recommended config, for JS and TS.
import parseErrorCodes from 'eslint-plugin-parse-error-codes';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    files: ['**/*.js', '**/*.ts'],
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
    languageOptions: { parser: tseslint.parser },
  },
);
