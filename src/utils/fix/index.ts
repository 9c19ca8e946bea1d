export { renamedMemberText, renameMember } from './rename-member.js';
export { replaceCodeWith } from './replace-code.js';
