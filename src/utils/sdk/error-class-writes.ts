import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { entryForSdkConstant } from '../../data/index.js';
import { staticPropertyName } from '../ast/index.js';
import { getFileAnalysis } from '../file-analysis.js';
import { mayNameSdk } from './sdk-uses.js';

/** Calls that change the object they get first: `Object.assign(Parse.Error, { … })`. */
const MUTATING_CALLS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['Object', new Set(['assign', 'defineProperty', 'defineProperties', 'setPrototypeOf'])],
  ['Reflect', new Set(['set', 'defineProperty', 'deleteProperty', 'setPrototypeOf'])],
]);

const writesByProgram = new WeakMap<TSESTree.Program, boolean>();

/**
 * Whether the file writes the `Parse.Error` class or one of the SDK's constants on it
 * (`Parse.Error = class extends Error {}`, `Parse.Error.OBJECT_NOT_FOUND = 1`,
 * `Object.assign(Parse.Error, …)`): then a constant need not have the value the SDK gives it, and
 * no fix writes one. An app's own constant (`Parse.Error.MY_APP_CODE = 9001`) changes none.
 * Found once per file, the first time a fix asks: the visitor hears `Parse.Error` members only at
 * the end of the file, after the reports that need the answer.
 */
export function writesParseErrorClass(sourceCode: Readonly<SourceCode>): boolean {
  let writes = writesByProgram.get(sourceCode.ast);
  if (writes === undefined) {
    writes = mayNameSdk(sourceCode) && findWrite(sourceCode);
    writesByProgram.set(sourceCode.ast, writes);
  }
  return writes;
}

function findWrite(sourceCode: Readonly<SourceCode>): boolean {
  const { errorClasses } = getFileAnalysis(sourceCode).sdkUses();
  return errorClasses.some(({ node }) => {
    const errorClass = outermostWrapper(node);
    if (isWritten(errorClass)) return true;
    const member = errorClass.parent;
    if (member?.type !== 'MemberExpression' || member.object !== errorClass) return false;
    const name = staticPropertyName(member);
    const changesConstant = name === undefined ? member.computed : entryForSdkConstant(name) !== undefined;
    return changesConstant && isWritten(outermostWrapper(member));
  });
}

/** `node` with the TypeScript assertions around it: `(Parse.Error as any).X = 1` writes `Parse.Error`'s member. */
function outermostWrapper(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    const parent = current.parent;
    switch (parent?.type) {
      case 'TSAsExpression':
      case 'TSNonNullExpression':
      case 'TSSatisfiesExpression':
      case 'TSTypeAssertion':
        current = parent;
        break;
      default:
        return current;
    }
  }
}

/** Whether `node` is assigned, updated, deleted, destructured into or handed to a call that changes it. */
function isWritten(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  switch (parent.type) {
    case 'AssignmentExpression':
    case 'AssignmentPattern':
      return parent.left === node;
    case 'ForInStatement':
    case 'ForOfStatement':
      return parent.left === node;
    case 'UpdateExpression':
    case 'ArrayPattern':
    case 'RestElement':
      return true;
    case 'Property':
      return parent.parent.type === 'ObjectPattern' && parent.value === node;
    case 'UnaryExpression':
      return parent.operator === 'delete';
    case 'CallExpression': {
      const { callee } = parent;
      if (parent.arguments[0] !== node || callee.type !== 'MemberExpression' || callee.object.type !== 'Identifier')
        return false;
      const name = staticPropertyName(callee);
      return name !== undefined && MUTATING_CALLS.get(callee.object.name)?.has(name) === true;
    }
    default:
      return false;
  }
}
