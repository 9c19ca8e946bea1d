import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';

/**
 * A code in an option: an integer. ESLint's schema check turns away `101.5` and `NaN`, which no code
 * can equal; `Infinity` passes it, and `assertCodeOptions` turns it away.
 */
export const CODE_OPTION_SCHEMA: JSONSchema4 = { type: 'integer' };

/** A `[min, max]` range of codes, both ends included; `assertCodeOptions` checks that `min <= max`. */
export const CODE_RANGE_OPTION_SCHEMA: JSONSchema4 = {
  type: 'array',
  items: [CODE_OPTION_SCHEMA, CODE_OPTION_SCHEMA],
  minItems: 2,
  maxItems: 2,
  additionalItems: false,
};

/** The `allow` lists already checked: ESLint hands every file of a config the same options. */
const checked = new WeakSet<readonly unknown[]>();

/**
 * Throws a clear error (ESLint reports it as the rule's configuration error) when an `allow` list
 * holds what would silently match nothing: a code that is no safe integer, or a range whose ends are
 * reversed, which holds no code.
 */
export function assertCodeOptions(
  ruleName: string,
  allow: readonly (number | readonly [min: number, max: number])[] | undefined,
): void {
  // ESLint merges the default options into a new array for every file: an empty list needs no check.
  if (!allow || allow.length === 0 || checked.has(allow)) return;
  for (const item of allow) {
    const codes = typeof item === 'number' ? [item] : item;
    for (const code of codes) {
      if (!Number.isSafeInteger(code))
        throw new Error(`${ruleName}: \`allow\` takes integer codes, and ${code} is none.`);
    }
    if (typeof item !== 'number' && item[0] > item[1]) {
      throw new Error(
        `${ruleName}: the range [${item[0]}, ${item[1]}] in \`allow\` holds no code. Write it as [min, max] with min <= max.`,
      );
    }
  }
  checked.add(allow);
}
