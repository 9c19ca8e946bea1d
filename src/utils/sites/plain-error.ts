import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope, SourceCode } from '@typescript-eslint/utils/ts-eslint';

import {
  findVariable,
  isNeverReassigned,
  skipExpressionWrappers,
  soleDefinition,
  staticPropertyName,
} from '../ast/index.js';

/**
 * A plain `Error` given a code, the way apps outside Parse write one:
 * `const error = new Error('x'); error.code = 400;` or `Object.assign(new Error('x'), { code: 4001 })`.
 * Parse Server keeps the code of a `Parse.Error` only: it wraps such an error in a new one.
 */
export interface PlainErrorWithCode {
  /** The `new Error(…)`. */
  readonly construction: TSESTree.NewExpression | TSESTree.CallExpression;
  /** The value given as the code. */
  readonly code: TSESTree.Node;
}

/** Keys that carry an HTTP status beside the code: `err.status = 404` marks an HTTP error. */
const HTTP_STATUS_KEYS: ReadonlySet<string> = new Set(['status', 'statusCode', 'httpStatus']);

/** `new Error(…)` or `Error(…)`, the global `Error`. */
export function isPlainErrorConstruction(
  node: TSESTree.Node,
  scope: Scope.Scope,
): node is TSESTree.NewExpression | TSESTree.CallExpression {
  if (node.type !== 'NewExpression' && node.type !== 'CallExpression') return false;
  const callee = node.callee;
  if (callee.type !== 'Identifier' || callee.name !== 'Error') return false;
  const variable = findVariable(scope, 'Error');
  return !variable || variable.defs.length === 0;
}

/** The variable of `const error = new Error(…)` (or `let`, never reassigned) that `node` reads. */
export function plainErrorVariable(
  node: TSESTree.Node,
  sourceCode: Readonly<SourceCode>,
):
  | { readonly variable: Scope.Variable; readonly construction: TSESTree.NewExpression | TSESTree.CallExpression }
  | undefined {
  if (node.type !== 'Identifier') return undefined;
  const variable = findVariable(sourceCode.getScope(node), node.name);
  if (!variable || !isNeverReassigned(variable)) return undefined;
  const definition = soleDefinition(variable);
  if (definition?.type !== 'Variable' || definition.node.id !== definition.name) return undefined;
  const init = definition.node.init && skipExpressionWrappers(definition.node.init);
  return init && isPlainErrorConstruction(init, sourceCode.getScope(init))
    ? { variable, construction: init }
    : undefined;
}

/** The values assigned to `name` of the variable: `error.code = 400` for `code`. */
function assignedProperties(variable: Scope.Variable, names: ReadonlySet<string>): TSESTree.Expression[] {
  const values: TSESTree.Expression[] = [];
  for (const { identifier } of variable.references) {
    const member = identifier.parent;
    if (member.type !== 'MemberExpression' || member.object !== identifier) continue;
    const name = staticPropertyName(member);
    const assignment = member.parent;
    if (
      name !== undefined &&
      names.has(name) &&
      assignment.type === 'AssignmentExpression' &&
      assignment.operator === '=' &&
      assignment.left === member
    ) {
      values.push(assignment.right);
    }
  }
  return values;
}

const CODE_KEY: ReadonlySet<string> = new Set(['code']);

/**
 * How `error.code = …` sets a code, when `error` is a plain `Error` of this file: `http` when the
 * file also gives it an HTTP status (`err.status = 404`), as Express apps do; undefined for
 * anything else, a Parse error's mock included when its object is not a `new Error`.
 */
export function plainErrorCodeAssignment(
  target: TSESTree.MemberExpression,
  sourceCode: Readonly<SourceCode>,
): 'error' | 'http' | undefined {
  const error = plainErrorVariable(target.object, sourceCode);
  if (!error) return undefined;
  return assignedProperties(error.variable, HTTP_STATUS_KEYS).length > 0 ? 'http' : 'error';
}

/** True for `{ code: 4001 }` in `Object.assign(new Error('x'), { code: 4001 })` (or onto a plain error's variable). */
export function isAssignedOntoPlainError(object: TSESTree.ObjectExpression, sourceCode: Readonly<SourceCode>): boolean {
  const call = object.parent;
  if (call.type !== 'CallExpression' || !isObjectAssign(call) || call.arguments.indexOf(object) < 1) return false;
  const [target] = call.arguments;
  return target !== undefined && plainErrorTarget(target, sourceCode) !== undefined;
}

/**
 * The plain `Error` with a code that `node` is: `Object.assign(new Error('x'), { code: 4001 })`, or a
 * variable `const error = new Error('x')` whose `code` the file assigns (`error.code = 400`).
 */
export function plainErrorWithCode(
  node: TSESTree.Node,
  sourceCode: Readonly<SourceCode>,
): PlainErrorWithCode | undefined {
  const expression = skipExpressionWrappers(node);
  if (expression.type === 'CallExpression' && isObjectAssign(expression)) {
    const [target, ...sources] = expression.arguments;
    const construction = target && plainErrorTarget(target, sourceCode);
    if (!construction) return undefined;
    for (const source of sources) {
      if (source.type !== 'ObjectExpression') continue;
      const property = source.properties.find(
        (candidate): candidate is TSESTree.Property =>
          candidate.type === 'Property' && staticPropertyName(candidate) === 'code',
      );
      if (property) return { construction, code: property.value };
    }
    return undefined;
  }
  const error = plainErrorVariable(expression, sourceCode);
  const [code] = error ? assignedProperties(error.variable, CODE_KEY) : [];
  return error && code ? { construction: error.construction, code } : undefined;
}

/** The `new Error(…)` an `Object.assign` target is: written there, or a plain error's variable. */
function plainErrorTarget(
  target: TSESTree.Node,
  sourceCode: Readonly<SourceCode>,
): TSESTree.NewExpression | TSESTree.CallExpression | undefined {
  if (isPlainErrorConstruction(target, sourceCode.getScope(target))) return target;
  return plainErrorVariable(target, sourceCode)?.construction;
}

function isObjectAssign(call: TSESTree.CallExpression): boolean {
  const callee = call.callee;
  return (
    callee.type === 'MemberExpression' &&
    callee.object.type === 'Identifier' &&
    callee.object.name === 'Object' &&
    staticPropertyName(callee) === 'assign'
  );
}
