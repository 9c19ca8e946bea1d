// Codes and ranges in `allow` that would silently match nothing are configuration errors.
import { TSESLint } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import noAmbiguousCodes from '../../src/rules/no-ambiguous-codes.js';
import noMagicNumbers from '../../src/rules/no-magic-numbers.js';
import validCustomCodes from '../../src/rules/valid-custom-codes.js';

const RULES = {
  'no-ambiguous-codes': noAmbiguousCodes,
  'no-magic-numbers': noMagicNumbers,
  'valid-custom-codes': validCustomCodes,
} as const;

/** Lints a file with `rule` configured with `allow`: throws as ESLint does on a configuration error. */
function lintWithAllow(rule: keyof typeof RULES, allow: readonly unknown[]): void {
  const linter = new TSESLint.Linter({ configType: 'flat' });
  linter.verify('if (e.code === 101) {}', {
    plugins: { 'parse-error-codes': { rules: RULES } },
    rules: { [`parse-error-codes/${rule}`]: ['error', { allow }] },
  });
}

describe.each(Object.keys(RULES) as (keyof typeof RULES)[])('%s `allow`', (rule) => {
  it('takes integer codes, -1 among them', () => {
    expect(() => {
      lintWithAllow(rule, [101, -1]);
    }).not.toThrow();
  });

  it('rejects a code that is not an integer', () => {
    expect(() => {
      lintWithAllow(rule, [101.5]);
    }).toThrow(/Value 101\.5 should be integer/u);
    // ESLint prints NaN as null in its message
    expect(() => {
      lintWithAllow(rule, [Number.NaN]);
    }).toThrow(/Value null should be integer/u);
  });

  it('rejects an infinite code, which the schema lets through', () => {
    expect(() => {
      lintWithAllow(rule, [Number.POSITIVE_INFINITY]);
    }).toThrow(`parse-error-codes/${rule}: \`allow\` takes integer codes, and Infinity is none.`);
    expect(() => {
      lintWithAllow(rule, [Number.NEGATIVE_INFINITY]);
    }).toThrow(`parse-error-codes/${rule}: \`allow\` takes integer codes, and -Infinity is none.`);
  });
});

describe('valid-custom-codes `allow` ranges', () => {
  it('takes a range with min <= max, one code wide too', () => {
    expect(() => {
      lintWithAllow('valid-custom-codes', [
        [4000, 4099],
        [5000, 5000],
      ]);
    }).not.toThrow();
  });

  it('rejects a reversed range, which holds no code', () => {
    expect(() => {
      lintWithAllow('valid-custom-codes', [[4099, 4000]]);
    }).toThrow(
      'parse-error-codes/valid-custom-codes: the range [4099, 4000] in `allow` holds no code. Write it as [min, max] with min <= max.',
    );
  });

  it('rejects a range whose ends are not integers', () => {
    expect(() => {
      lintWithAllow('valid-custom-codes', [[4000.5, 4000.7]]);
    }).toThrow(/should be integer/u);
    expect(() => {
      lintWithAllow('valid-custom-codes', [[4000, Number.POSITIVE_INFINITY]]);
    }).toThrow('parse-error-codes/valid-custom-codes: `allow` takes integer codes, and Infinity is none.');
  });

  it('rejects an empty or one-ended range', () => {
    expect(() => {
      lintWithAllow('valid-custom-codes', [[]]);
    }).toThrow(/should NOT have fewer than 2 items/u);
    expect(() => {
      lintWithAllow('valid-custom-codes', [[4000]]);
    }).toThrow(/should NOT have fewer than 2 items/u);
  });
});
