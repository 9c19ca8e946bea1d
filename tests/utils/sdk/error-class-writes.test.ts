import tsParser from '@typescript-eslint/parser';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';

import { writesParseErrorClass } from '../../../src/utils/sdk/error-class-writes.js';

/** `writesParseErrorClass` of `code`, a TypeScript module that imports the SDK as `Parse` first. */
function writes(code: string): boolean {
  let answer: boolean | undefined;
  const rule: Rule.RuleModule = {
    create(context) {
      return {
        'Program:exit'() {
          answer = writesParseErrorClass(context.sourceCode as unknown as SourceCode);
        },
      };
    },
  };
  const messages = new Linter().verify(
    `import Parse from 'parse/node';\n${code}`,
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser },
      plugins: { probe: { rules: { writes: rule } } },
      rules: { 'probe/writes': 'error' },
    },
    { filename: 'file.ts' },
  );
  expect(messages).toEqual([]);
  if (answer === undefined) throw new Error('the probe did not run');
  return answer;
}

describe('writesParseErrorClass', () => {
  it.each([
    'Parse.Error.OBJECT_NOT_FOUND = 1;',
    'Parse.Error = class extends Error {};',
    'Parse.Error.OBJECT_NOT_FOUND += 1;',
    'Parse.Error.OBJECT_NOT_FOUND++;',
    'delete Parse.Error.OBJECT_NOT_FOUND;',
    "Parse.Error['OBJECT_NOT_FOUND'] = 1;",
    'Parse.Error[name] = 1;',
    '(Parse.Error as any).OBJECT_NOT_FOUND = 1;',
    '[Parse.Error.OBJECT_NOT_FOUND] = codes;',
    '({ notFound: Parse.Error.OBJECT_NOT_FOUND } = codes);',
    'for (Parse.Error.OBJECT_NOT_FOUND of codes);',
    'Object.assign(Parse.Error, { OBJECT_NOT_FOUND: 1 });',
    "Object.defineProperty(Parse.Error, 'OBJECT_NOT_FOUND', { value: 1 });",
    "Reflect.set(Parse.Error, 'OBJECT_NOT_FOUND', 1);",
    'const PE = Parse.Error;\nPE.OBJECT_NOT_FOUND = 1;',
    'function later() { Parse.Error.OTHER_CAUSE = 0; }',
  ])('is true after %s', (code) => {
    expect(writes(code)).toBe(true);
  });

  it.each([
    // an app's own constant changes none of the SDK's
    'Parse.Error.MY_APP_CODE = 9001;',
    'if (e.code === Parse.Error.OBJECT_NOT_FOUND) {}',
    'const code = Parse.Error.OBJECT_NOT_FOUND;',
    'Object.assign({}, Parse.Error);',
    'Object.keys(Parse.Error);',
    'Parse.Error.prototype.toJSON = () => ({});',
    'other.Error.OBJECT_NOT_FOUND = 1;',
  ])('is false after %s', (code) => {
    expect(writes(code)).toBe(false);
  });
});
