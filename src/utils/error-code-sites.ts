import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleContext, RuleListener, SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { entryForSdkConstant } from '../data/index.js';
import {
  constInitializer,
  findVariable,
  isNumericLiteral,
  numberNodeOf,
  requiredModule,
  soleDefinition,
  staticPropertyName,
  writtenNumber,
} from './ast/index.js';
import { ErrorCodeExpressionMatcher } from './error-code-expression.js';
import { ParseReferenceResolver } from './parse-reference.js';
import { ErrorCodeTypes } from './type-information.js';

/**
 * - `comparison`: `err.code === 101`, either order, `==`/`!=` too;
 * - `switch-case`: `case 101:` under `switch (err.code)`;
 * - `membership`: `[101, 209].includes(err.code)`, `new Set([101]).has(err.code)`;
 * - `construction`: `new Parse.Error(101, msg)`;
 * - `error-object`: `{ code: 101, error: '…' }` (a `code` key beside `error` or `message`);
 * - `assertion`: `expect(err.code).toBe(101)`, `assert.equal(err.code, 101)` and the like.
 */
export type ErrorCodeSiteKind =
  | 'comparison'
  | 'switch-case'
  | 'membership'
  | 'construction'
  | 'error-object'
  | 'assertion';

/** How a site writes its code. */
export type CodeValue =
  /** A numeric literal, or its negation (`-1`); `node` is what a fix replaces. */
  | { readonly type: 'number'; readonly code: number; readonly node: TSESTree.Expression }
  /** `Parse.Error.OBJECT_NOT_FOUND`, through any alias. */
  | { readonly type: 'constant'; readonly code: number; readonly constant: string; readonly node: TSESTree.MemberExpression }
  /**
   * A name for a number: an identifier whose `const` initializer in this file is a number
   * (`const OUT_OF_STOCK = 9001`), or, with type information, an enum member or `as const` property.
   */
  | { readonly type: 'named-number'; readonly code: number; readonly name: string; readonly node: TSESTree.Node };

export interface ErrorCodeSite {
  readonly kind: ErrorCodeSiteKind;
  readonly value: CodeValue;
  /** The expression that holds the error's code, where the site tests one (not for construction or objects). */
  readonly subject: TSESTree.Node | undefined;
}

/** A `Parse.Error` constant read anywhere in the file. */
export interface ConstantReference {
  readonly constant: string;
  readonly code: number;
  readonly node: TSESTree.MemberExpression;
}

export interface ErrorCodeHandlers {
  /**
   * Ask the type checker about each site the untyped analysis found: drop those whose `.code` cannot
   * hold a number, and resolve codes written as enum members or `as const` properties.
   */
  readonly checkTypes?: boolean;
  readonly onSite?: (site: ErrorCodeSite) => void;
  readonly onConstantReference?: (reference: ConstantReference) => void;
}

/** A code written as an expression only types can resolve (`AppErrors.OutOfStock`). */
interface UnresolvedValue {
  readonly type: 'unresolved';
  readonly node: TSESTree.Node;
}

/** A site as the untyped analysis finds it: its value may need the type checker. */
interface CandidateSite {
  readonly kind: ErrorCodeSiteKind;
  readonly value: CodeValue | UnresolvedValue;
  readonly subject: TSESTree.Node | undefined;
}

/** Most nodes are no site: they all share this one empty list. */
const NO_SITES: readonly CandidateSite[] = Object.freeze([]);
const EQUALITY_OPERATORS = new Set(['===', '!==', '==', '!=']);
const JEST_MATCHERS = new Set(['toBe', 'toEqual', 'toStrictEqual']);
const JEST_MODIFIERS = new Set(['not', 'resolves', 'rejects']);
const CHAI_METHODS = new Set(['equal', 'equals', 'eq', 'eql', 'eqls']);
const CHAI_CHAIN_WORDS = new Set([
  'to', 'be', 'been', 'is', 'that', 'which', 'and', 'has', 'have', 'with', 'at', 'of', 'same', 'but',
  'does', 'still', 'also', 'not', 'deep', 'strictly',
]);
const ASSERT_METHODS = new Set([
  'equal', 'strictEqual', 'deepEqual', 'deepStrictEqual',
  'notEqual', 'notStrictEqual', 'notDeepEqual', 'notDeepStrictEqual',
]);
const ASSERT_MODULE = /^(?:node:)?assert(?:\/strict)?$/u;
const ERROR_OBJECT_MESSAGE_KEYS = new Set(['error', 'message']);
/**
 * Keys of a response envelope (`{ code: 200, message: 'success', data }`): an object that carries
 * a payload reports a result, not an error, and its `code` is the API's status, not Parse's.
 */
const RESPONSE_ENVELOPE_KEYS = new Set(['data', 'result', 'results', 'success', 'payload']);
const ARRAY_MEMBERSHIP_METHODS: ReadonlySet<string> = new Set(['includes', 'indexOf']);
const SET_MEMBERSHIP_METHODS: ReadonlySet<string> = new Set(['has']);

/** One file's error-code analysis: site classification and the caches of its scope lookups. */
export class FileAnalysis {
  readonly resolver: ParseReferenceResolver;
  readonly #codeExpressions: ErrorCodeExpressionMatcher;
  #reference: ConstantReference | undefined;

  constructor(sourceCode: Readonly<SourceCode>) {
    this.resolver = new ParseReferenceResolver(sourceCode);
    this.#codeExpressions = new ErrorCodeExpressionMatcher(sourceCode);
  }

  /** The sites `node` creates; `reference` then tells the `Parse.Error` constant it reads, if any. */
  visit(node: TSESTree.Node): readonly CandidateSite[] {
    this.#reference = undefined;
    return this.#findSites(node);
  }

  /** The constant the node last visited reads, if it is one. */
  get reference(): ConstantReference | undefined {
    return this.#reference;
  }

  #isErrorCodeExpression(node: TSESTree.Node): boolean {
    return this.#codeExpressions.matches(node);
  }

  #findSites(node: TSESTree.Node): readonly CandidateSite[] {
    switch (node.type) {
      case 'Literal':
        return isNumericLiteral(node) ? this.#sitesAtPosition(this.#numberValue(numberNodeOf(node))) : NO_SITES;
      case 'MemberExpression': {
        const value = this.#constantValue(node);
        if (!value) return NO_SITES;
        this.#reference = { constant: value.constant, code: value.code, node };
        return this.#sitesAtPosition(value);
      }
      case 'NewExpression':
        return this.#constructionSites(node);
      case 'ObjectExpression':
        return this.#errorObjectSites(node);
      default:
        return NO_SITES;
    }
  }

  #numberValue(node: TSESTree.Expression): CodeValue | undefined {
    const code = writtenNumber(node);
    return code === undefined ? undefined : { type: 'number', code, node };
  }

  #constantValue(node: TSESTree.MemberExpression): Extract<CodeValue, { type: 'constant' }> | undefined {
    const constant = staticPropertyName(node);
    // Every SDK constant is upper case; most property names are not, and need no lookup.
    if (constant === undefined || !isUpperCaseLetter(constant.charCodeAt(0))) return undefined;
    const entry = entryForSdkConstant(constant);
    if (!entry || !this.resolver.isParseErrorClass(node.object)) return undefined;
    return { type: 'constant', code: entry.code, constant, node };
  }

  /**
   * The code an argument or property value writes: a number, a constant, a numeric `const`, or,
   * for the type checker to settle, some other expression.
   */
  #codeValueOf(node: TSESTree.Node): CodeValue | UnresolvedValue {
    let value: CodeValue | undefined;
    if (node.type === 'MemberExpression') value = this.#constantValue(node);
    else if (node.type === 'Identifier') value = this.#namedNumberValue(node);
    else if (node.type === 'Literal' || node.type === 'UnaryExpression') value = this.#numberValue(node);
    return value ?? { type: 'unresolved', node };
  }

  #namedNumberValue(node: TSESTree.Identifier): CodeValue | undefined {
    const variable = findVariable(this.resolver.scopeOf(node), node.name);
    const init = variable && constInitializer(variable);
    const code = init && writtenNumber(init);
    return code === undefined ? undefined : { type: 'named-number', code, name: node.name, node };
  }

  /** Comparisons, `case` labels, membership tests and assertions that test a code against `value`. */
  #sitesAtPosition(value: CodeValue | undefined): readonly CandidateSite[] {
    if (!value) return NO_SITES;
    const node = value.node;
    const parent = node.parent;
    if (!parent) return NO_SITES;
    let kind: ErrorCodeSiteKind | undefined;
    let subject: TSESTree.Node | undefined;
    switch (parent.type) {
      case 'BinaryExpression':
        if (EQUALITY_OPERATORS.has(parent.operator)) {
          kind = 'comparison';
          subject = parent.left === node ? parent.right : parent.left;
        }
        break;
      case 'SwitchCase':
        if (parent.test === node) {
          kind = 'switch-case';
          subject = parent.parent.discriminant;
        }
        break;
      case 'ArrayExpression':
        kind = 'membership';
        subject = membershipSubject(parent);
        break;
      case 'CallExpression':
        if (parent.callee !== node) {
          kind = 'assertion';
          subject = this.#assertionSubject(parent, node);
        }
        break;
      default:
        break;
    }
    if (!kind || !subject || !this.#isErrorCodeExpression(subject)) return NO_SITES;
    return [{ kind, value, subject }];
  }

  #assertionSubject(call: TSESTree.CallExpression, value: TSESTree.Node): TSESTree.Node | undefined {
    const callee = call.callee;
    if (callee.type === 'Identifier') {
      return ASSERT_METHODS.has(callee.name) && this.#isImportedFromAssert(callee)
        ? otherOfFirstTwo(call, value)
        : undefined;
    }
    if (callee.type !== 'MemberExpression') return undefined;
    const method = staticPropertyName(callee);
    if (method === undefined) return undefined;
    if (ASSERT_METHODS.has(method) && callee.object.type === 'Identifier' && callee.object.name === 'assert') {
      return otherOfFirstTwo(call, value);
    }
    if (call.arguments[0] !== value) return undefined;
    if (JEST_MATCHERS.has(method)) return expectedSubject(callee.object, JEST_MODIFIERS);
    if (CHAI_METHODS.has(method)) return expectedSubject(callee.object, CHAI_CHAIN_WORDS);
    return undefined;
  }

  #isImportedFromAssert(callee: TSESTree.Identifier): boolean {
    const variable = findVariable(this.resolver.scopeOf(callee), callee.name);
    const definition = variable && soleDefinition(variable);
    if (definition?.type === 'ImportBinding') {
      const declaration = definition.parent;
      return declaration.type === 'ImportDeclaration' && ASSERT_MODULE.test(declaration.source.value);
    }
    const moduleName = definition?.type === 'Variable' && definition.node.init ? requiredModule(definition.node.init) : undefined;
    return moduleName !== undefined && ASSERT_MODULE.test(moduleName);
  }

  #constructionSites(node: TSESTree.NewExpression): readonly CandidateSite[] {
    const [argument] = node.arguments;
    // Cheap shape checks first: most `new` expressions (`new Map()`, `new Promise(fn)`) end here,
    // before any scope lookup.
    if (!argument || !CODE_ARGUMENT_TYPES.has(argument.type) || !mayNameErrorClass(node.callee)) return NO_SITES;
    if (!this.resolver.isParseErrorClass(node.callee)) return NO_SITES;
    return [{ kind: 'construction', value: this.#codeValueOf(argument), subject: undefined }];
  }

  #errorObjectSites(node: TSESTree.ObjectExpression): readonly CandidateSite[] {
    let codeProperty: TSESTree.Property | undefined;
    let hasMessage = false;
    for (const property of node.properties) {
      if (property.type !== 'Property') continue;
      const key = staticPropertyName(property);
      if (key === 'code') codeProperty = property;
      else if (key === undefined) continue;
      else if (ERROR_OBJECT_MESSAGE_KEYS.has(key)) hasMessage = true;
      else if (RESPONSE_ENVELOPE_KEYS.has(key)) return NO_SITES;
    }
    if (!codeProperty || !hasMessage || codeProperty.kind !== 'init' || codeProperty.method) return NO_SITES;
    return [{ kind: 'error-object', value: this.#codeValueOf(codeProperty.value), subject: undefined }];
  }
}

/** The expressions a code can be written as: `101`, `-1`, `Parse.Error.X`, `AppErrors.X`, `NOT_FOUND`. */
const CODE_ARGUMENT_TYPES: ReadonlySet<string> = new Set(['Literal', 'UnaryExpression', 'MemberExpression', 'Identifier']);

/** `ParseError`, `Parse.Error`, `_ParseError.default`: the shapes a reference to the class takes. */
function mayNameErrorClass(callee: TSESTree.Node): boolean {
  if (callee.type === 'Identifier') return true;
  if (callee.type !== 'MemberExpression') return false;
  const property = staticPropertyName(callee);
  return property === 'Error' || property === 'default';
}

function isUpperCaseLetter(charCode: number): boolean {
  return charCode >= 65 && charCode <= 90;
}

/** `x` in `[…].includes(x)`, `[…].indexOf(x)` and `new Set([…]).has(x)`, for the array `[…]`. */
function membershipSubject(array: TSESTree.ArrayExpression): TSESTree.Node | undefined {
  let receiver: TSESTree.Node = array;
  let methods = ARRAY_MEMBERSHIP_METHODS;
  const parent = array.parent;
  if (
    parent.type === 'NewExpression' &&
    parent.arguments[0] === array &&
    parent.callee.type === 'Identifier' &&
    parent.callee.name === 'Set'
  ) {
    receiver = parent;
    methods = SET_MEMBERSHIP_METHODS;
  }
  const member = receiver.parent;
  if (member.type !== 'MemberExpression' || member.object !== receiver) return undefined;
  const method = staticPropertyName(member);
  if (method === undefined || !methods.has(method)) return undefined;
  const call = member.parent;
  return call.type === 'CallExpression' && call.callee === member ? call.arguments[0] : undefined;
}

/** `x` in `expect(x)` at the root of a matcher chain made only of `modifiers` (`expect(x).not.toBe`). */
function expectedSubject(chain: TSESTree.Node, modifiers: ReadonlySet<string>): TSESTree.Node | undefined {
  let node = chain;
  while (node.type === 'MemberExpression') {
    const name = staticPropertyName(node);
    if (name === 'should') return node.object;
    if (name === undefined || !modifiers.has(name)) return undefined;
    node = node.object;
  }
  if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'expect') {
    return undefined;
  }
  return node.arguments[0];
}

/** The other one of an assertion's first two arguments (`actual, expected` in either order). */
function otherOfFirstTwo(call: TSESTree.CallExpression, value: TSESTree.Node): TSESTree.Node | undefined {
  const [first, second] = call.arguments;
  if (first === value) return second;
  return second === value ? first : undefined;
}

function withoutTypes(candidate: CandidateSite): ErrorCodeSite | undefined {
  return candidate.value.type === 'unresolved' ? undefined : (candidate as ErrorCodeSite);
}

function confirmWithTypes(
  candidate: CandidateSite,
  types: ErrorCodeTypes,
  sourceCode: Readonly<SourceCode>,
): ErrorCodeSite | undefined {
  if (candidate.subject && !types.holdsErrorCode(candidate.subject)) return undefined;
  const { value } = candidate;
  if (value.type !== 'unresolved') return candidate as ErrorCodeSite;
  const code = types.numberOf(value.node);
  if (code === undefined) return undefined;
  const name = sourceCode.getText(value.node);
  return { kind: candidate.kind, subject: candidate.subject, value: { type: 'named-number', code, name, node: value.node } };
}

const analyses = new WeakMap<TSESTree.Program, FileAnalysis>();

/** The analysis of the file `sourceCode` holds, shared by every rule that lints it. */
export function getFileAnalysis(sourceCode: Readonly<SourceCode>): FileAnalysis {
  let analysis = analyses.get(sourceCode.ast);
  if (!analysis) {
    analysis = new FileAnalysis(sourceCode);
    analyses.set(sourceCode.ast, analysis);
  }
  return analysis;
}

type SiteReceiver = (sites: readonly CandidateSite[], reference: ConstantReference | undefined) => void;

/** The receivers of the rules that lint one file, while its traversal runs. */
const receiversByProgram = new WeakMap<TSESTree.Program, SiteReceiver[]>();

/**
 * The listeners a rule returns to receive the file's error-code sites and constant references.
 * The first rule created for a file gets the listeners, classifies each node once and hands the
 * sites to every rule registered for the file (the regexp plugin's design); the others get none.
 * Rules hold no state across files; the registration ends with the traversal.
 */
export function defineErrorCodeVisitor(
  context: Readonly<RuleContext<string, readonly unknown[]>>,
  handlers: ErrorCodeHandlers,
): RuleListener {
  const receiver = createReceiver(context, handlers);
  const program = context.sourceCode.ast;
  const registered = receiversByProgram.get(program);
  if (registered) {
    registered.push(receiver);
    return {};
  }
  const receivers = [receiver];
  receiversByProgram.set(program, receivers);
  const analysis = getFileAnalysis(context.sourceCode);
  const dispatch = (node: TSESTree.Node): void => {
    const sites = analysis.visit(node);
    const reference = analysis.reference;
    if (sites.length === 0 && !reference) return;
    for (const receive of receivers) receive(sites, reference);
  };
  // Each listener first rules out, inline, the nodes that cannot be a site: these run on every
  // literal, member access, `new` and object literal of the file.
  return {
    Literal(node) {
      if (typeof node.value === 'number') dispatch(node);
    },
    MemberExpression(node) {
      const property = node.property;
      if (node.computed || (property.type === 'Identifier' && isUpperCaseLetter(property.name.charCodeAt(0)))) {
        dispatch(node);
      }
    },
    NewExpression(node) {
      if (node.arguments.length > 0) dispatch(node);
    },
    ObjectExpression(node) {
      if (node.properties.length > 1) dispatch(node);
    },
    // The same Program may be linted again (an editor reusing a SourceCode): start afresh then.
    'Program:exit'() {
      receiversByProgram.delete(program);
    },
  };
}

function createReceiver(
  context: Readonly<RuleContext<string, readonly unknown[]>>,
  { checkTypes, onSite, onConstantReference }: ErrorCodeHandlers,
): SiteReceiver {
  const types = checkTypes === true ? ErrorCodeTypes.of(context) : undefined;
  return (sites, reference) => {
    if (onSite) {
      for (const candidate of sites) {
        const site = types ? confirmWithTypes(candidate, types, context.sourceCode) : withoutTypes(candidate);
        if (site) onSite(site);
      }
    }
    if (reference && onConstantReference) onConstantReference(reference);
  };
}
