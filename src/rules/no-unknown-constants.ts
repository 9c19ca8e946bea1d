import { entryForSdkConstant } from '../data/index.js';
import {
  createRule,
  defineErrorCodeVisitor,
  intendedConstants,
  mentionAsWritten,
  mentionList,
  renamedMemberText,
  renameMember,
  type ErrorClassMember,
} from '../utils/index.js';

export type MessageIds = 'unknownConstant' | 'unknownConstantWithoutCandidate' | 'replaceWithConstant';

export default createRule<[], MessageIds>({
  name: 'no-unknown-constants',
  // Every `Parse.Error` member is written with the word `Error` (`Parse.Error.X`, `_ParseError.default.X`).
  wordsReportsNeed: [['Error']],
  meta: {
    type: 'problem',
    languages: ['js/js'],
    docs: {
      description: 'Disallow `Parse.Error` constants that the Parse SDK does not have',
      recommended: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      unknownConstant: '{{constant}} does not exist, so it is undefined. Did you mean {{candidates}}?',
      unknownConstantWithoutCandidate:
        '{{constant}} does not exist, so it is undefined. Use a constant the SDK has, or define your own.',
      // suggestions
      replaceWithConstant: 'Replace with {{replacement}} ({{code}}).',
    },
  },
  create(context) {
    const { sourceCode } = context;
    const unknownReads: ErrorClassMember[] = [];
    /** The app's own constants: `Parse.Error.MY_APP_CODE = 9001` anywhere in the file defines them for every read. */
    const assignedNames = new Set<string>();

    function report(member: ErrorClassMember): void {
      const { node } = member;
      const constant = mentionAsWritten(sourceCode, node);
      const candidates = intendedConstants(member.name).flatMap((name) => {
        const code = entryForSdkConstant(name)?.code;
        return code === undefined
          ? []
          : [{ name, code: String(code), replacement: renamedMemberText(sourceCode, node, name) }];
      });
      if (candidates.length === 0) {
        context.report({ node, messageId: 'unknownConstantWithoutCandidate', data: { constant } });
        return;
      }
      context.report({
        node,
        messageId: 'unknownConstant',
        data: {
          constant,
          candidates: mentionList(candidates.map(({ code, replacement }) => `${replacement} (${code})`)),
        },
        // Suggestions, never a fix: the value changes from undefined to a number.
        suggest: candidates.map(({ name, code, replacement }) => ({
          messageId: 'replaceWithConstant',
          data: { replacement, code },
          fix: renameMember(sourceCode, node, name),
        })),
      });
    }

    return defineErrorCodeVisitor(context, {
      onErrorClassMember(member) {
        if (member.entry) return;
        if (member.isAssignmentTarget) assignedNames.add(member.name);
        // Only the SDK's class is known to lack the name: a variable that is merely called
        // `Parse` may hold anything.
        else if (member.resolvesToSdk) unknownReads.push(member);
      },
      onFileEnd() {
        for (const member of unknownReads) {
          if (!assignedNames.has(member.name)) report(member);
        }
      },
    });
  },
});
