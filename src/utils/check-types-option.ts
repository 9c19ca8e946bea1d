import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';

/** The `checkTypes` option of the rules whose sites test an error's `.code`. */
export const CHECK_TYPES_SCHEMA: JSONSchema4 = {
  type: 'boolean',
  description: 'Whether to confirm with type information that a `.code` can hold a number (needs typed linting).',
};
