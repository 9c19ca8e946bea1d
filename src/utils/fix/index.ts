export { replaceCodeWith } from './replace-code.js';
