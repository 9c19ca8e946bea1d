import { fileURLToPath } from 'node:url';

import parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import noMagicNumbers from '../../src/rules/no-magic-numbers.js';
import { typedRuleTester } from '../rule-tester.js';

const fixturesDirectory = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** A `.code` that TypeScript types as a string: `checkTypes` drops it, the untyped analysis reports it. */
const STRING_CODE =
  "import Parse from 'parse/node';\ndeclare const error: { code: string };\nif (error.code == 209) {}\n";

typedRuleTester.run('the plugin setting of disable-type-checked', noMagicNumbers, {
  valid: [{ code: STRING_CODE, options: [{ checkTypes: true }] }],
  invalid: [
    {
      code: STRING_CODE,
      options: [{ checkTypes: true }],
      settings: plugin.configs['disable-type-checked'].settings,
      output: STRING_CODE.replace('209', 'Parse.Error.INVALID_SESSION_TOKEN'),
      errors: [
        {
          messageId: 'magicCode',
          data: { code: 209, meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 22,
        },
      ],
    },
  ],
});

describe('disable-type-checked', () => {
  it('sets the plugin setting and typescript-eslint’s disableTypeChecked parser options, and no rules', () => {
    expect(plugin.configs['disable-type-checked']).toEqual({
      name: 'parse-error-codes/disable-type-checked',
      languageOptions: { parserOptions: { program: null, project: false, projectService: false } },
      settings: { 'parse-error-codes': { checkTypes: false } },
    });
  });

  /** The README's typed setup: type-checked rules for every file, and JavaScript without type information. */
  const mixedProject: Linter.Config[] = [
    {
      files: ['**/*.js', '**/*.ts'],
      languageOptions: { parser, parserOptions: { projectService: true, tsconfigRootDir: fixturesDirectory } },
    },
    plugin.configs['strict-type-checked'],
    { rules: { 'parse-error-codes/no-magic-numbers': ['error', { checkTypes: true, allow: [119] }] } },
    { files: ['**/*.js'], ...plugin.configs['disable-type-checked'] },
  ];

  it('lints a JavaScript file of a typed project with the untyped analysis, severities and options kept', () => {
    const messages = new Linter().verify(
      'if (error.code === 209) {}\nif (error.code === 119) {}\n',
      mixedProject,
      `${fixturesDirectory}cloud/main.js`,
    );
    expect(messages.map(({ ruleId, severity, line, column }) => ({ ruleId, severity, line, column }))).toEqual([
      { ruleId: 'parse-error-codes/no-magic-numbers', severity: 2, line: 1, column: 20 },
    ]);
  });

  it('leaves the TypeScript files of the project typed', () => {
    const messages = new Linter().verify(STRING_CODE, mixedProject, `${fixturesDirectory}file.ts`);
    expect(messages).toEqual([]);
  });
});
