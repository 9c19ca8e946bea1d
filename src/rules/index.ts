import noAmbiguousCodes from './no-ambiguous-codes.js';
import noDeprecatedCodes from './no-deprecated-codes.js';
import noMagicNumbers from './no-magic-numbers.js';
import noPlainErrorObjects from './no-plain-error-objects.js';
import validCustomCodes from './valid-custom-codes.js';
import validErrorConstruction from './valid-error-construction.js';

export const rules = {
  'no-ambiguous-codes': noAmbiguousCodes,
  'no-deprecated-codes': noDeprecatedCodes,
  'no-magic-numbers': noMagicNumbers,
  'no-plain-error-objects': noPlainErrorObjects,
  'valid-custom-codes': validCustomCodes,
  'valid-error-construction': validErrorConstruction,
};
