import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope, SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { requiredModule, isFunction, type FunctionNode } from '../ast/index.js';

/** A variable declared with an initializer, and where that initializer has run. */
export interface InitialisedVariable {
  readonly variable: Scope.Variable;
  readonly declaredAt: number;
}

/**
 * Answers, for one variable declared with an initializer, whether that initializer has run whenever
 * the code at a node runs: a fix that reads the variable there must not read it before (issue #22).
 * The rule is kept simple and errs towards "no" (then a rule only suggests):
 * - code in the same function as the declaration runs in text order;
 * - a declaration that comes before any statement of its body that runs code (imports, function
 *   declarations, `'use strict'`, `require` calls, Babel's and TypeScript's module prelude) is
 *   initialised before any function of the body can be called (a cycle of `require`s aside);
 * - otherwise the function the code is in, among those the body creates, must be created after the
 *   declaration (a function or arrow expression) or, for a hoisted declaration, only be referred to
 *   after it, or from functions that themselves run after it.
 */
export class InitialisationOrder {
  readonly #sourceCode: Readonly<SourceCode>;
  readonly #binding: InitialisedVariable;
  /** The body the declaration's variable belongs to: the Program or a function. */
  readonly #body: TSESTree.Node;
  #declaredFirst: boolean | undefined;
  readonly #runsAfter = new Map<FunctionNode, boolean>();

  constructor(sourceCode: Readonly<SourceCode>, binding: InitialisedVariable) {
    this.#sourceCode = sourceCode;
    this.#binding = binding;
    this.#body = binding.variable.scope.variableScope.block;
  }

  /** True when the variable is initialised whenever `node` runs. */
  isInitialisedAt(node: TSESTree.Node): boolean {
    if (this.#binding.declaredAt > node.range[0]) return false;
    const enclosing = this.#outermostFunction(node);
    if (!enclosing) return true;
    this.#declaredFirst ??= this.#isDeclaredFirst();
    return this.#declaredFirst || this.#runsAfterDeclaration(enclosing);
  }

  /** The outermost function between `node` and the declaration's body: the one that body creates. */
  #outermostFunction(node: TSESTree.Node): FunctionNode | undefined {
    let outermost: FunctionNode | undefined;
    for (let current = node.parent; current && current !== this.#body; current = current.parent) {
      if (isFunction(current)) outermost = current;
    }
    return outermost;
  }

  #isDeclaredFirst(): boolean {
    const declarator = this.#binding.variable.defs[0]?.node;
    if (declarator?.type !== 'VariableDeclarator') return false;
    let statement: TSESTree.Node = declarator.parent;
    if (statement.parent.type === 'ExportNamedDeclaration') statement = statement.parent;
    const container = statement.parent;
    const statements =
      container === this.#body && container.type === 'Program'
        ? container.body
        : container.type === 'BlockStatement' && container.parent === this.#body
          ? container.body
          : undefined;
    if (!statements) return false;
    for (const before of statements) {
      if (before === statement) return true;
      if (!isInertStatement(before)) return false;
    }
    return false;
  }

  #runsAfterDeclaration(node: FunctionNode): boolean {
    const known = this.#runsAfter.get(node);
    if (known !== undefined) return known;
    // A function that refers to itself, directly or through others, runs when something else calls it.
    this.#runsAfter.set(node, true);
    const result = this.#computeRunsAfter(node);
    this.#runsAfter.set(node, result);
    return result;
  }

  #computeRunsAfter(node: FunctionNode): boolean {
    // A function or arrow expression exists from where it is written.
    if (node.type !== 'FunctionDeclaration') return node.range[0] > this.#binding.declaredAt;
    const name = this.#sourceCode.scopeManager
      ?.getDeclaredVariables(node)
      .find((variable) => variable.defs[0]?.type === 'FunctionName');
    if (!name) return false;
    return name.references.every(({ identifier }) => {
      const caller = this.#outermostFunction(identifier);
      if (caller === node) return true;
      return caller ? this.#runsAfterDeclaration(caller) : identifier.range[0] > this.#binding.declaredAt;
    });
  }
}

/** A statement that calls none of the file's functions: declarations, imports, the module prelude of a build. */
function isInertStatement(statement: TSESTree.Node): boolean {
  switch (statement.type) {
    case 'ImportDeclaration':
    case 'ExportAllDeclaration':
    case 'FunctionDeclaration':
    case 'TSTypeAliasDeclaration':
    case 'TSInterfaceDeclaration':
    case 'TSDeclareFunction':
    case 'EmptyStatement':
      return true;
    case 'ExportNamedDeclaration':
      return !statement.declaration || isInertStatement(statement.declaration);
    case 'VariableDeclaration':
      return statement.declarations.every(({ init }) => !init || isInertExpression(init));
    case 'ExpressionStatement':
      return statement.directive !== undefined || isInertExpression(statement.expression) || isEsModuleMark(statement);
    default:
      return false;
  }
}

const INTEROP_HELPERS = new Set([
  '_interopRequireDefault',
  '__importDefault',
  '_interopRequireWildcard',
  '__importStar',
]);

function isInertExpression(node: TSESTree.Node): boolean {
  switch (node.type) {
    case 'Literal':
    case 'Identifier':
    case 'ThisExpression':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      return true;
    case 'TemplateLiteral':
      return node.expressions.length === 0;
    case 'UnaryExpression':
      return node.operator === 'void' && isInertExpression(node.argument);
    case 'MemberExpression':
      return !node.computed && isInertExpression(node.object);
    case 'LogicalExpression':
      return isInertExpression(node.left) && isInertExpression(node.right);
    case 'AssignmentExpression':
      // `exports.default = void 0`, `exports.a = exports.b = void 0`
      return node.operator === '=' && node.left.type === 'MemberExpression' && isInertExpression(node.right);
    case 'CallExpression': {
      if (requiredModule(node) !== undefined) return true;
      const [argument] = node.arguments;
      return (
        node.callee.type === 'Identifier' &&
        INTEROP_HELPERS.has(node.callee.name) &&
        node.arguments.length === 1 &&
        argument !== undefined &&
        argument.type === 'CallExpression' &&
        requiredModule(argument) !== undefined
      );
    }
    default:
      return false;
  }
}

/** `Object.defineProperty(exports, '__esModule', { value: true })`, the first line of Babel's and TypeScript's CommonJS output. */
function isEsModuleMark({ expression }: TSESTree.ExpressionStatement): boolean {
  if (expression.type !== 'CallExpression' || expression.callee.type !== 'MemberExpression') return false;
  const { object, property } = expression.callee;
  const [target, key] = expression.arguments;
  return (
    object.type === 'Identifier' &&
    object.name === 'Object' &&
    property.type === 'Identifier' &&
    property.name === 'defineProperty' &&
    target?.type === 'Identifier' &&
    target.name === 'exports' &&
    key?.type === 'Literal' &&
    key.value === '__esModule'
  );
}
