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

/** One write: the target as normalized text, and the binding its root name resolves to. */
interface Write {
  readonly text: string;
  readonly binding: string;
}

/** What a file writes, and the bindings its names resolve to where a fix stands. */
export interface FileWrites {
  readonly writes: readonly Write[];
  /** The binding `name` resolves to at `position` of the file: its declaration, or an undeclared global. */
  readonly bindingAt: (position: number, name: string) => string;
}

/** The variable `name` is in `scope` and the scopes around it, as a key: where it is declared, or `global`. */
function bindingKey(scope: TSESLint.Scope.Scope | null, name: string): string {
  for (let current = scope; current; current = current.upper) {
    const variable = current.set.get(name);
    if (variable) return `${name}@${variable.defs[0]?.name.range[0] ?? 'global'}`;
  }
  return `${name}@global`;
}

/** The name a target's text starts with: `P` in `P.Error.X`. */
function rootName(text: string): string {
  return /^[\w$]+/u.exec(text)?.[0] ?? text;
}

/**
 * The targets `text` assigns, updates, deletes or hands to `Object.assign` and the like, as
 * normalized text (`Parse.Error`, `P.Error.OBJECT_NOT_FOUND`, `Parse.Error[name]`) with the binding
 * their root names: a parameter `P` that shadows the SDK's `P` is another object.
 */
export function writtenTargets(
  linter: Linter,
  text: string,
  base: Pick<Linter.Config, 'files' | 'languageOptions'>,
  filename: string,
): FileWrites {
  const writes: Write[] = [];
  let parsed: TSESLint.SourceCode | undefined;
  const rule: Rule.RuleModule = {
    meta: { type: 'problem', schema: [] },
    create(context) {
      const sourceCode = context.sourceCode as unknown as TSESLint.SourceCode;
      parsed = sourceCode;
      const add = (node: TSESTree.Node): void => {
        if (node.type !== 'MemberExpression' && node.type !== 'Identifier') return;
        const target = normalized(sourceCode.getText(node));
        writes.push({ text: target, binding: bindingKey(sourceCode.getScope(node), rootName(target)) });
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
  return {
    writes,
    bindingAt: (position, name) => {
      const node = parsed?.getNodeByRangeIndex(position);
      return node && parsed ? bindingKey(parsed.getScope(node), name) : `${name}@global`;
    },
  };
}

const SDK_CONSTANTS = new Set(Object.keys(sdkError).filter((name) => typeof sdkError[name] === 'number'));

/**
 * The write that makes `replacement` (`P.Error.X`) no proof of its value, if any: a write of its
 * class, of an SDK constant on it, or of a computed member, through the same binding. `position`
 * is where the replacement stands in the file `files` was found in; undefined for a later fix pass,
 * where the text alone is compared.
 */
export function writeBehind(replacement: string, files: FileWrites, position: number | undefined): string | undefined {
  const errorClass = replacement.slice(0, replacement.lastIndexOf('.'));
  const binding = position === undefined ? undefined : files.bindingAt(position, rootName(errorClass));
  return files.writes.find(({ text, binding: written }) => {
    if (binding !== undefined && written !== binding) return false;
    if (text === errorClass || text.startsWith(`${errorClass}[`)) return true;
    return text.startsWith(`${errorClass}.`) && SDK_CONSTANTS.has(text.slice(errorClass.length + 1));
  })?.text;
}
