import noAmbiguousCodes from './no-ambiguous-codes.js';
import noDeprecatedCodes from './no-deprecated-codes.js';
import noMagicNumbers from './no-magic-numbers.js';
import noUnknownConstants from './no-unknown-constants.js';
import validCustomCodes from './valid-custom-codes.js';

export const rules = {
  'no-ambiguous-codes': noAmbiguousCodes,
  'no-deprecated-codes': noDeprecatedCodes,
  'no-magic-numbers': noMagicNumbers,
  'no-unknown-constants': noUnknownConstants,
  'valid-custom-codes': validCustomCodes,
};
