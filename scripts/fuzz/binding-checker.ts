// Whether a replacement names the SDK where it stands, resolved on the fixed file apart from the
// plugin's own resolver (see BindingChecker).
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Linter, Rule } from 'eslint';

import { lineOf } from './text.js';
import type { Failure, Replacement } from './types.js';

/** A replacement to check in the output of its pass. */
export interface PlacedReplacement {
  readonly replacement: Replacement;
  readonly range: readonly [number, number];
}

type SdkValue = 'Parse' | 'ParseError' | 'ParseModule' | 'ParseErrorModule';
/** An SDK value, or why an expression is not provably one. */
type Resolution = SdkValue | { readonly problem: string };

function problem(text: string): Resolution {
  return { problem: text };
}

const PARSE_MODULES = new Set(['parse', 'parse/node', 'parse/react-native', 'parse/weapp']);
const PARSE_ERROR_MODULE = /^\.{1,2}\/(?:.*\/)?ParseError(?:\.[cm]?[jt]s)?$/u;

function moduleValue(source: string): SdkValue | undefined {
  if (PARSE_MODULES.has(source)) return 'Parse';
  return PARSE_ERROR_MODULE.test(source) ? 'ParseErrorModule' : undefined;
}

function propertyValue(object: SdkValue | undefined, property: string): SdkValue | undefined {
  if (object === 'Parse') return property === 'Error' ? 'ParseError' : property === 'Parse' ? 'Parse' : undefined;
  if (object === 'ParseModule' && property === 'default') return 'Parse';
  if (object === 'ParseErrorModule' && property === 'default') return 'ParseError';
  return undefined;
}

/**
 * What the root of a replacement (`P` in `P.Error.X`) is bound to at the replacement, resolved on
 * the fixed file: an SDK value, or why it is not provably one. Deliberately strict and written apart
 * from the plugin's resolver, so that the two check each other. Every binding on the way must be
 * initialized before it is read: the replacement's root before the replacement, an alias's target
 * (`Parse` in `const P = Parse`) before the alias; a `var` inside a nested block may never be.
 */
class BindingChecker {
  readonly #sourceCode: TSESLint.SourceCode;
  /** The replacements' ranges: a namespace import's evidence must be a read the input already had. */
  readonly #replacementRanges: readonly (readonly [number, number])[];

  constructor(sourceCode: TSESLint.SourceCode, replacementRanges: readonly (readonly [number, number])[]) {
    this.#sourceCode = sourceCode;
    this.#replacementRanges = replacementRanges;
  }

  /** `usedAt`: where the value is read (the replacement, or the initializer of an alias, then `viaAlias`). */
  identifier(node: TSESTree.Identifier, usedAt: number, depth = 0, viaAlias = false): Resolution {
    if (depth > 6) return problem(`${node.name}: alias chain too deep`);
    let variable: TSESLint.Scope.Variable | undefined;
    for (let scope: TSESLint.Scope.Scope | null = this.#sourceCode.getScope(node); scope; scope = scope.upper) {
      variable = scope.set.get(node.name);
      if (variable) break;
    }
    if (!variable || variable.defs.length === 0) {
      return node.name === 'Parse'
        ? this.#globalParse(variable)
        : problem(`${node.name} is an undeclared global other than Parse`);
    }
    if (variable.defs.length > 1) return problem(`${node.name} is declared ${variable.defs.length} times`);
    if (variable.references.some((reference) => reference.isWrite() && reference.init !== true)) {
      return problem(`${node.name} is reassigned`);
    }
    const [definition] = variable.defs;
    if (!definition) return problem(`${node.name} has no definition`);
    switch (definition.type) {
      case 'ImportBinding':
        return this.#importValue(variable, definition.node);
      case 'Variable': {
        const declarator = definition.node;
        if (declarator.range[1] > usedAt) {
          return !viaAlias
            ? problem(`${node.name} is declared after the replacement`)
            : problem(`an alias reads ${node.name} before its declaration runs (hoisted var)`);
        }
        const earlyCall = this.#callBefore(usedAt, declarator);
        if (earlyCall) return problem(`${node.name} is read before it is initialized: the file calls ${earlyCall}`);
        const declaration = declarator.parent;
        if (declaration.kind === 'var' && !isUnconditional(declaration)) {
          return problem(`${node.name} is a var declared in a nested block, so it may never be initialized`);
        }
        if (!declarator.init) return problem(`${node.name} has no initializer`);
        const initValue = this.expression(declarator.init, declarator.init.range[0], depth + 1, true);
        if (declarator.id === definition.name) return initValue;
        const property = definition.name.parent;
        if (
          !isSdkValue(initValue) ||
          property.type !== 'Property' ||
          property.parent !== declarator.id ||
          property.computed ||
          property.key.type !== 'Identifier'
        ) {
          return problem(`${node.name} is destructured from something that is not the SDK`);
        }
        return propertyValue(initValue, property.key.name) ?? problem(`${node.name} is not an SDK property`);
      }
      default:
        return problem(`${node.name} is bound by a ${definition.type} (shadowing)`);
    }
  }

  /**
   * The Cloud Code global `Parse`: `variable` when the config or a `/* global *\/` comment declares
   * it, else an undeclared `Parse` that the file reads as a value elsewhere. An assignment
   * (`Parse = require('papaparse')`) or a TypeScript type (`typeof Parse.Error`) alone proves no
   * global SDK at run time.
   */
  #globalParse(variable: TSESLint.Scope.Variable | undefined): Resolution {
    if (variable) return 'Parse';
    const references =
      this.#sourceCode.scopeManager?.globalScope?.through.filter(
        (reference) => reference.identifier.name === 'Parse',
      ) ?? [];
    const readsValue = references.some(
      (reference) =>
        reference.isRead() &&
        !reference.isTypeReference &&
        !isInType(reference.identifier) &&
        !this.#isInReplacement(reference.identifier),
    );
    if (readsValue) return 'Parse';
    const write = references.find((reference) => reference.isWrite());
    return problem(
      `Parse is an undeclared global the file reads as no value${write ? ` (it assigns it on line ${write.identifier.loc.start.line})` : ''}`,
    );
  }

  #isInReplacement(node: TSESTree.Node): boolean {
    return this.#replacementRanges.some(([start, end]) => start <= node.range[0] && node.range[1] <= end);
  }

  /**
   * A call that runs the function around `usedAt` before `declarator` has initialized its binding:
   * `f(e); const Parse = require('parse/node'); function f(e) { … Parse … }`. Only the direct calls
   * of a function declaration made from the declaration's own function (or the program).
   */
  #callBefore(usedAt: number, declarator: TSESTree.VariableDeclarator): string | undefined {
    const declaringFunction = enclosingFunction(declarator);
    let node: TSESTree.Node | null | undefined = this.#sourceCode.getNodeByRangeIndex(usedAt);
    for (; node && node !== declaringFunction; node = node.parent) {
      if (node.type !== 'FunctionDeclaration' || !node.id) continue;
      const scope = this.#sourceCode.getScope(node);
      const functionVariable = (scope.type === 'function' ? scope.upper : scope).set.get(node.id.name);
      const call = functionVariable?.references.find(({ identifier }) => {
        const parent = identifier.parent;
        return (
          parent.type === 'CallExpression' &&
          parent.callee === identifier &&
          identifier.range[1] <= declarator.range[1] &&
          enclosingFunction(parent) === declaringFunction
        );
      });
      if (call) return `${node.id.name}() on line ${call.identifier.loc.start.line}`;
    }
    return undefined;
  }

  #importValue(variable: TSESLint.Scope.Variable, node: TSESTree.Node): Resolution {
    const name = variable.name;
    if (node.type === 'TSImportEqualsDeclaration') {
      if (node.importKind === 'type' || node.moduleReference.type !== 'TSExternalModuleReference')
        return problem(`${name}: type-only import`);
      return moduleValue(node.moduleReference.expression.value) ?? problem(`${name} is imported from another module`);
    }
    const declaration = node.parent;
    if (declaration?.type !== 'ImportDeclaration') return problem(`${name}: unexpected import`);
    if (declaration.importKind === 'type' || (node.type === 'ImportSpecifier' && node.importKind === 'type')) {
      return problem(`${name} is a type-only import`);
    }
    const source = moduleValue(declaration.source.value);
    if (source === undefined) return problem(`${name} is imported from another module`);
    const asDefault = source === 'ParseErrorModule' ? 'ParseError' : source;
    switch (node.type) {
      case 'ImportDefaultSpecifier':
        return asDefault;
      case 'ImportSpecifier': {
        const imported = node.imported.type === 'Identifier' ? node.imported.name : node.imported.value;
        if (imported === 'default') return asDefault;
        return propertyValue(source, imported) ?? problem(`${name} is not an SDK export`);
      }
      default:
        // A namespace import is the SDK object only where the build makes it one, which the file
        // shows by reading an SDK member (not `default`) through it as a value.
        return source === 'Parse' && this.#readsMemberOutsideReplacements(variable)
          ? 'Parse'
          : problem(`${name} is a namespace import the input reads no SDK member of`);
    }
  }

  #readsMemberOutsideReplacements(variable: TSESLint.Scope.Variable): boolean {
    return variable.references.some(({ identifier, isTypeReference }) => {
      const member = identifier.parent;
      if (isTypeReference || member.type !== 'MemberExpression' || member.object !== identifier) return false;
      if (member.computed || member.property.type !== 'Identifier' || member.property.name === 'default') return false;
      return !this.#isInReplacement(identifier);
    });
  }

  expression(node: TSESTree.Node, usedAt: number, depth = 0, viaAlias = false): Resolution {
    switch (node.type) {
      case 'Identifier':
        return this.identifier(node, usedAt, depth, viaAlias);
      case 'MemberExpression': {
        const object = this.expression(node.object, usedAt, depth + 1, viaAlias);
        if (!isSdkValue(object)) return object;
        if (node.computed || node.property.type !== 'Identifier') return problem('computed member');
        return (
          propertyValue(object, node.property.name) ??
          problem(`.${node.property.name} of ${object} is not part of the SDK`)
        );
      }
      case 'CallExpression': {
        const [argument] = node.arguments;
        if (node.callee.type !== 'Identifier' || !argument) return problem('a call that is not require()');
        if (node.callee.name === 'require') {
          return argument.type === 'Literal' && typeof argument.value === 'string'
            ? (moduleValue(argument.value) ?? problem(`require('${argument.value}') is not the SDK`))
            : problem('require() of an expression');
        }
        if (/interop|importDefault|importStar/iu.test(node.callee.name)) {
          const wrapped = this.expression(argument, usedAt, depth + 1, viaAlias);
          return wrapped === 'Parse' ? 'ParseModule' : wrapped;
        }
        return problem(`a call of ${node.callee.name}()`);
      }
      case 'TSAsExpression':
      case 'TSNonNullExpression':
      case 'ChainExpression':
        return this.expression(node.expression, usedAt, depth + 1, viaAlias);
      default:
        return problem(`a ${node.type}`);
    }
  }
}

/** True when a `var` declaration runs whenever its function (or the program) does: it is not inside a nested block. */
function isUnconditional(declaration: TSESTree.VariableDeclaration): boolean {
  const parent = declaration.parent;
  if (parent.type === 'Program' || parent.type === 'ExportNamedDeclaration') return true;
  return parent.type === 'BlockStatement' && isFunction(parent.parent);
}

/** Whether `node` stands in a TypeScript type (`typeof Parse.Error` in `type T = …`), which the build erases. */
function isInType(node: TSESTree.Node): boolean {
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
    if (current.type.startsWith('TS') && !TS_VALUE_WRAPPERS.has(current.type)) return true;
    if (isFunction(current) || current.type === 'Program') return false;
  }
  return false;
}

/** TypeScript nodes that hold a value expression, not a type. */
const TS_VALUE_WRAPPERS: ReadonlySet<string> = new Set([
  'TSAsExpression',
  'TSNonNullExpression',
  'TSSatisfiesExpression',
  'TSTypeAssertion',
  'TSInstantiationExpression',
  'TSExportAssignment',
  'TSImportEqualsDeclaration',
  'TSExternalModuleReference',
]);

/** The function `node` runs in, or the program. */
function enclosingFunction(node: TSESTree.Node): TSESTree.Node {
  let current: TSESTree.Node = node;
  while (current.parent && !isFunction(current.parent)) current = current.parent;
  return current.parent ?? current;
}

function isFunction(node: TSESTree.Node | undefined): boolean {
  return (
    node?.type === 'FunctionDeclaration' ||
    node?.type === 'FunctionExpression' ||
    node?.type === 'ArrowFunctionExpression'
  );
}

function isSdkValue(value: Resolution): value is SdkValue {
  return typeof value === 'string';
}

/** The node whose range is exactly `range`, if any. */
function nodeAt(sourceCode: TSESLint.SourceCode, range: readonly [number, number]): TSESTree.Node | undefined {
  let node: TSESTree.Node | null | undefined = sourceCode.getNodeByRangeIndex(range[0]);
  while (node && !(node.range[0] === range[0] && node.range[1] === range[1])) {
    if (node.range[0] !== range[0] && node.range[1] < range[1]) return undefined;
    node = node.parent;
  }
  return node ?? undefined;
}

/**
 * Resolves each replacement's root binding in the fixed text, where it now stands; `base` is the
 * config object's `files` and `languageOptions` the file was linted with.
 */
export function checkBindings(
  linter: Linter,
  text: string,
  base: Pick<Linter.Config, 'files' | 'languageOptions'>,
  filename: string,
  placed: readonly PlacedReplacement[],
  failures: Failure[],
): void {
  if (placed.length === 0) return;
  const rule: Rule.RuleModule = {
    meta: { type: 'problem', schema: [] },
    create(context) {
      // The files are parsed by @typescript-eslint/parser, so the tree and scopes are TSESTree's.
      const sourceCode = context.sourceCode as unknown as TSESLint.SourceCode;
      return {
        'Program:exit'() {
          for (const { replacement, range } of placed) {
            const line = lineOf(text, range[0]);
            const node = nodeAt(sourceCode, range);
            const where = `pass ${replacement.pass}, line ${line}: ${replacement.original} -> ${replacement.text}`;
            if (node?.type !== 'MemberExpression') {
              failures.push({
                kind: 'unsafe-binding',
                detail: `${where}: the replacement is not one member expression`,
                line,
              });
              continue;
            }
            const value = new BindingChecker(
              sourceCode,
              placed.map((entry) => entry.range),
            ).expression(node.object, range[0]);
            if (value !== 'ParseError') {
              failures.push({
                kind: 'unsafe-binding',
                detail: `${where}: ${isSdkValue(value) ? `resolves to ${value}` : value.problem}`,
                line,
              });
            }
          }
        },
      };
    },
  };
  linter.verify(
    text,
    [{ ...base, plugins: { check: { rules: { binding: rule } } }, rules: { 'check/binding': 'error' } }],
    { filename },
  );
}
