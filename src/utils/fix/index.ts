export { renamedMemberText, renameMember } from './rename-member.js';
export { replaceCodeWith } from './replace-code.js';
export { replaceKeepingTokenBoundaries, textKeepingTokenBoundaries } from './token-boundary.js';
