import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope, SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { isLiveQueryCode } from '../../data/index.js';
import { findVariable, soleDefinition, staticPropertyName, skipExpressionWrappers, isFunction } from '../ast/index.js';
import type { ParseReferenceResolver } from '../sdk/parse-reference.js';

/**
 * The codes a success answer carries (HTTP's 200 OK, 201 Created, 202 Accepted, 204 No Content):
 * on a value that is not an error they state success, not Parse's `USERNAME_MISSING` and kin.
 */
const SUCCESS_CODES: ReadonlySet<number> = new Set([200, 201, 202, 204]);

/**
 * Decides whether the value whose `.code` a site tests can be a Parse error. It cannot be one where
 * the code shows it is another library's error (`err instanceof MongoServerError && err.code === 112`),
 * a value a call resolved with compared with a success code (`const body = await res.json();
 * body.code === 200`), or a LiveQuery message with one of LiveQuery's own codes
 * (`msg.op === 'error' && msg.code === 1`). Caught errors, rejection-handler parameters and anything
 * else stay Parse errors: a false report costs less than a missed one only when the code shows it.
 */
export class ParseErrorSubjectClassifier {
  readonly #sourceCode: Readonly<SourceCode>;
  readonly #resolver: ParseReferenceResolver;

  constructor(sourceCode: Readonly<SourceCode>, resolver: ParseReferenceResolver) {
    this.#sourceCode = sourceCode;
    this.#resolver = resolver;
  }

  /** False when `subject`, tested against `code` at `site`, provably holds no Parse error's code. */
  canBeParseError(subject: TSESTree.Node, code: number, site: TSESTree.Node): boolean {
    const holder = this.#codeHolder(subject);
    if (!holder) return true;
    if (SUCCESS_CODES.has(code) && this.#isResolvedValue(holder)) return false;
    const holderText = this.#sourceCode.getText(holder);
    for (const guard of guardsAt(site)) {
      if (this.#isForeignInstanceofTest(guard, holderText)) return false;
      if (isLiveQueryCode(code) && isLiveQueryErrorTest(guard, holderText, this.#sourceCode)) return false;
    }
    return true;
  }

  /**
   * The expression whose `.code` the subject reads: `err` in `err.code`, `(await res.json())` in
   * `(await res.json()).code`, and for a copy of the code (`const { code } = err`, `const code =
   * err.code`), the copied value's holder.
   */
  #codeHolder(subject: TSESTree.Node): TSESTree.Node | undefined {
    const node = skipExpressionWrappers(subject);
    if (node.type === 'MemberExpression') return skipExpressionWrappers(node.object);
    if (node.type !== 'Identifier') return undefined;
    const variable = findVariable(this.#sourceCode.getScope(node), node.name);
    const definition = variable && soleDefinition(variable);
    if (definition?.type !== 'Variable' || !definition.node.init) return undefined;
    const init = skipExpressionWrappers(definition.node.init);
    if (definition.node.id.type === 'ObjectPattern') return init;
    const read = firstCodeRead(init);
    return read && skipExpressionWrappers(read.object);
  }

  /**
   * True for a value a call resolved with: `await call()`, `call()`'s result, or a variable
   * initialized so (`const result = await Parse.Cloud.run('f')`), and members of one. A `new X()`
   * is no call result; a caught error or a handler's parameter is no variable with an initializer.
   */
  #isResolvedValue(holder: TSESTree.Node): boolean {
    let node = skipExpressionWrappers(holder);
    while (node.type === 'MemberExpression') node = skipExpressionWrappers(node.object);
    if (isCallResult(node)) return true;
    if (node.type !== 'Identifier') return false;
    const variable = findVariable(this.#sourceCode.getScope(node), node.name);
    const definition = variable && soleDefinition(variable);
    if (!variable || definition?.type !== 'Variable' || !definition.node.init || !isNeverWritten(variable))
      return false;
    return isCallResult(skipExpressionWrappers(definition.node.init));
  }

  /** `holder instanceof X` where `X` is not `Parse.Error`. */
  #isForeignInstanceofTest(test: TSESTree.Expression, holderText: string): boolean {
    return (
      test.type === 'BinaryExpression' &&
      test.operator === 'instanceof' &&
      this.#sourceCode.getText(test.left) === holderText &&
      !this.#resolver.isParseErrorClass(test.right)
    );
  }
}

function isNeverWritten(variable: Scope.Variable): boolean {
  return variable.references.every((reference) => reference.init === true || !reference.isWrite());
}

function isCallResult(node: TSESTree.Node): boolean {
  const value = node.type === 'AwaitExpression' ? skipExpressionWrappers(node.argument) : node;
  return value.type === 'CallExpression';
}

/** The first `x.code` read among the operands of a conditional or logical expression, or the expression itself. */
export function firstCodeRead(node: TSESTree.Node): TSESTree.MemberExpression | undefined {
  const value = skipExpressionWrappers(node);
  if (value.type === 'MemberExpression') return staticPropertyName(value) === 'code' ? value : undefined;
  if (value.type === 'LogicalExpression') return firstCodeRead(value.left) ?? firstCodeRead(value.right);
  if (value.type === 'ConditionalExpression') return firstCodeRead(value.consequent) ?? firstCodeRead(value.alternate);
  return undefined;
}

/**
 * The tests known to hold where `node` runs, up to its function: the left operands of `&&` chains it
 * is on the right of, and the tests of the `if`s and conditionals whose consequent holds it, split at `&&`.
 */
function* guardsAt(node: TSESTree.Node): Generator<TSESTree.Expression> {
  let child = node;
  let parent = node.parent;
  while (parent && !isFunction(parent)) {
    if (parent.type === 'LogicalExpression' && parent.operator === '&&' && parent.right === child) {
      yield* conjuncts(parent.left);
    } else if (
      (parent.type === 'IfStatement' || parent.type === 'ConditionalExpression') &&
      parent.consequent === child
    ) {
      yield* conjuncts(parent.test);
    }
    child = parent;
    parent = parent.parent;
  }
}

function* conjuncts(test: TSESTree.Expression): Generator<TSESTree.Expression> {
  const node = skipExpressionWrappers(test) as TSESTree.Expression;
  if (node.type === 'LogicalExpression' && node.operator === '&&') {
    yield* conjuncts(node.left);
    yield* conjuncts(node.right);
  } else {
    yield node;
  }
}

/** `holder.op === 'error'`: the message LiveQuery's server sends its own codes in. */
function isLiveQueryErrorTest(
  test: TSESTree.Expression,
  holderText: string,
  sourceCode: Readonly<SourceCode>,
): boolean {
  if (test.type !== 'BinaryExpression' || (test.operator !== '===' && test.operator !== '==')) return false;
  const [member, literal] = test.right.type === 'Literal' ? [test.left, test.right] : [test.right, test.left];
  return (
    literal.type === 'Literal' &&
    literal.value === 'error' &&
    member.type === 'MemberExpression' &&
    staticPropertyName(member) === 'op' &&
    sourceCode.getText(member.object) === holderText
  );
}
