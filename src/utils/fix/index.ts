export { renamedMemberText, renameMember } from './rename-member.js';
export { replaceCodeWith } from './replace-code.js';
export { replaceKeepingTokenBoundaries } from './token-boundary.js';
