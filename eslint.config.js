// @ts-check
import js from '@eslint/js';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'coverage/', '.cache/', 'examples/', 'tests/fixtures/', 'bench/fixtures/']),
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '.*.js', '.ci/*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // AST node types are compared as strings (`node.type === 'Literal'`), which TSESTree types
      // exactly; importing the AST_NODE_TYPES enum would add a runtime dependency for no safety.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
    },
  },
  {
    files: ['src/rules/**/*.ts'],
    extends: [eslintPlugin.configs.recommended],
    rules: {
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Enforce|Require|Disallow) .+[^. ]$' }],
      // createRule adds docs.url from the rule name, where this rule cannot see it.
      'eslint-plugin/require-meta-docs-url': 'off',
      'eslint-plugin/require-meta-schema-description': 'error',
      'eslint-plugin/require-meta-default-options': 'error',
      // ESLint 10's rule meta: every rule reads JavaScript's AST, whatever the parser (espree,
      // typescript-eslint, vue-eslint-parser) or linter (oxlint): `languages: ['js/js']`.
      'eslint-plugin/require-meta-languages': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[object.name="context"][property.name="options"]',
          message: 'Read options from create(context, [options]) so that meta.defaultOptions apply.',
        },
        {
          selector: 'CallExpression[callee.object.name="fixer"][callee.property.name=/^(replace|insert)Text/]',
          message:
            'Replace through replaceKeepingTokenBoundaries (src/utils/fix/), which keeps a token boundary on both sides.',
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts'],
    extends: [eslintPlugin.configs.recommended],
    rules: {
      'eslint-plugin/require-test-error-positions': 'error',
      'eslint-plugin/test-case-property-ordering': 'error',
      'eslint-plugin/test-case-shorthand-strings': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
