import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';

/**
 * The `checkTypes` option of the rules whose sites test an error's `.code`: the shared visitor's
 * `checkTypes`, which does both things the description says for every rule.
 */
export const CHECK_TYPES_SCHEMA: JSONSchema4 = {
  type: 'boolean',
  description:
    'Whether to use type information: skip `.code` tests whose type cannot hold a number, and resolve codes written as enum members or `as const` properties (needs typed linting).',
};
