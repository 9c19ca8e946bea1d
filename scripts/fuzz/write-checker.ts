// What a file writes that the value of a `Parse.Error` constant depends on, found apart from the
// plugin's own analysis: a fix must not write `X.Error.CONSTANT` where the file changes `X.Error`.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Linter, Rule } from 'eslint';

import { sdkError } from './sdk.js';

const MUTATING_CALLS = new Set([
  'Object.assign',
  'Object.defineProperty',
  'Object.defineProperties',
  'Object.setPrototypeOf',
  'Reflect.set',
  'Reflect.defineProperty',
  'Reflect.deleteProperty',
]);

/** `Parse.Error['X']` as `Parse.Error.X`, without spaces. */
function normalized(text: string): string {
  return text.replace(/\s+/gu, '').replace(/\[(['"`])([\w$]+)\1\]/gu, '.$2');
}

/**
 * The targets `text` assigns, updates, deletes or hands to `Object.assign` and the like, as
 * normalized text (`Parse.Error`, `P.Error.OBJECT_NOT_FOUND`, `Parse.Error[name]`).
 */
export function writtenTargets(
  linter: Linter,
  text: string,
  base: Pick<Linter.Config, 'files' | 'languageOptions'>,
  filename: string,
): ReadonlySet<string> {
  const targets = new Set<string>();
  const rule: Rule.RuleModule = {
    meta: { type: 'problem', schema: [] },
    create(context) {
      const sourceCode = context.sourceCode as unknown as TSESLint.SourceCode;
      const add = (node: TSESTree.Node): void => {
        if (node.type === 'MemberExpression' || node.type === 'Identifier') {
          targets.add(normalized(sourceCode.getText(node)));
        }
      };
      const listeners = {
        AssignmentExpression: (node: TSESTree.AssignmentExpression) => {
          add(node.left);
        },
        UpdateExpression: (node: TSESTree.UpdateExpression) => {
          add(node.argument);
        },
        UnaryExpression: (node: TSESTree.UnaryExpression) => {
          if (node.operator === 'delete') add(node.argument);
        },
        CallExpression: (node: TSESTree.CallExpression) => {
          const [first] = node.arguments;
          if (first && MUTATING_CALLS.has(normalized(sourceCode.getText(node.callee)))) add(first);
        },
      };
      return listeners as unknown as Rule.RuleListener;
    },
  };
  linter.verify(
    text,
    [{ ...base, plugins: { check: { rules: { writes: rule } } }, rules: { 'check/writes': 'error' } }],
    { filename },
  );
  return targets;
}

const SDK_CONSTANTS = Object.keys(sdkError).filter((name) => typeof sdkError[name] === 'number');

/** The write of `targets` that makes `replacement` (`P.Error.X`) no proof of its value, if any. */
export function writeBehind(replacement: string, targets: ReadonlySet<string>): string | undefined {
  const errorClass = replacement.slice(0, replacement.lastIndexOf('.'));
  if (targets.has(errorClass)) return errorClass;
  const constant = SDK_CONSTANTS.find((name) => targets.has(`${errorClass}.${name}`));
  if (constant !== undefined) return `${errorClass}.${constant}`;
  return [...targets].find((target) => target.startsWith(`${errorClass}[`));
}
