import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { entryForSdkConstant, type ErrorCodeEntry } from '../data/index.js';
import {
  constInitializer,
  findVariable,
  isNumericLiteral,
  numberNodeOf,
  staticPropertyName,
  writtenNumber,
} from './ast/index.js';
import { assertionSubject } from './assertion-subject.js';
import { ErrorCodeExpressionMatcher } from './error-code-expression.js';
import {
  NO_SITES,
  type CandidateSite,
  type CodeValue,
  type ErrorCodeSiteKind,
  type UnresolvedValue,
} from './error-code-site.js';
import { errorObjectUse } from './error-object-use.js';
import { membershipSubject } from './membership-subject.js';
import { looksLikeCodeConstant } from './intended-constants.js';
import type { ErrorClassUse } from './sdk-uses.js';
import type { ParseReferenceResolver } from './parse-reference.js';
import { spellsSdkMember } from './sdk-shape.js';

/**
 * A static member of the `Parse.Error` class, read or written, whose name is an SDK constant or looks
 * like one (ALL_CAPS, or a documentation name such as `ObjectNotFound`).
 */
export interface ErrorClassMember {
  /** The name as the member spells it (`OBJECT_NOT_FOUND`, `OBJECT_NOTFOUND`, `ObjectNotFound`). */
  readonly name: string;
  /** The catalog entry of the SDK constant with that name; undefined for names the SDK does not have. */
  readonly entry: ErrorCodeEntry | undefined;
  readonly node: TSESTree.MemberExpression;
  /** True for the target of an assignment: `Parse.Error.MY_APP_CODE = 9001`. */
  readonly isAssignmentTarget: boolean;
  /**
   * True when the object is provably the SDK's class; false when only the name `Parse` says so
   * (`function (Parse) { Parse.Error.X }`, `const Parse = { Error: {} }`).
   */
  readonly resolvesToSdk: boolean;
}

/** `new Parse.Error(...)` through any binding of the class, with whatever arguments it has. */
export interface ErrorConstruction {
  readonly node: TSESTree.NewExpression;
  /** The first argument, meant to be the code. */
  readonly code: TSESTree.CallExpressionArgument | undefined;
  /** The second argument, meant to be the message. */
  readonly message: TSESTree.CallExpressionArgument | undefined;
}

const EQUALITY_OPERATORS = new Set(['===', '!==', '==', '!=']);
/** Keys that carry an HTTP status beside the code: such an object is a response body. */
const HTTP_STATUS_KEYS = new Set(['status', 'statusCode', 'httpStatus']);
/** `{ code: 200, message: 'Tasks copied.' }`: HTTP's OK, the code of a success result, not an error. */
const SUCCESS_CODE = 200;
/**
 * Keys of a response envelope (`{ code: 200, message: 'success', data }`): an object that carries
 * a payload reports a result, not an error, and its `code` is the API's status, not Parse's.
 */
const RESPONSE_ENVELOPE_KEYS = new Set(['data', 'result', 'results', 'success', 'payload']);
/** The expressions a code can be written as: `101`, `-1`, `Parse.Error.X`, `AppErrors.X`, `NOT_FOUND`. */
const CODE_ARGUMENT_TYPES: ReadonlySet<string> = new Set([
  'Literal',
  'UnaryExpression',
  'MemberExpression',
  'Identifier',
]);

/**
 * Classifies the nodes of one file: which error-code sites a node creates, which `Parse.Error`
 * member it reads, which `new Parse.Error` it is. Scope lookups go through the file's caches.
 */
export class ErrorCodeSiteFinder {
  readonly #sourceCode: Readonly<SourceCode>;
  readonly #resolver: ParseReferenceResolver;
  readonly #codeExpressions: ErrorCodeExpressionMatcher;

  constructor(sourceCode: Readonly<SourceCode>, resolver: ParseReferenceResolver) {
    this.#sourceCode = sourceCode;
    this.#resolver = resolver;
    this.#codeExpressions = new ErrorCodeExpressionMatcher(sourceCode);
  }

  /** The sites a numeric literal creates (`err.code === 101`, `case 101:`, `expect(e.code).toBe(101)`). */
  literalSites(node: TSESTree.Literal): readonly CandidateSite[] {
    return isNumericLiteral(node) ? this.#sitesAtPosition(this.#numberValue(numberNodeOf(node))) : NO_SITES;
  }

  /** The member `node` of the `Parse.Error` class that `use` found, when its name is one a rule hears about. */
  errorClassMember(node: TSESTree.MemberExpression, { resolvesToSdk }: ErrorClassUse): ErrorClassMember | undefined {
    const name = staticPropertyName(node);
    if (name === undefined || !isUpperCaseLetter(name.charCodeAt(0))) return undefined;
    const entry = entryForSdkConstant(name);
    if (!entry && !looksLikeCodeConstant(name)) return undefined;
    if (!resolvesToSdk && !spellsSdkMember(node.object, 'Error')) return undefined;
    const parent = node.parent;
    const isAssignmentTarget = parent.type === 'AssignmentExpression' && parent.left === node;
    return { name, entry, node, isAssignmentTarget, resolvesToSdk };
  }

  /** The sites a read SDK constant creates (`err.code === Parse.Error.X`). */
  constantSites(member: ErrorClassMember): readonly CandidateSite[] {
    const { entry } = member;
    if (!entry?.sdkConstant || member.isAssignmentTarget) return NO_SITES;
    return this.#sitesAtPosition({
      type: 'constant',
      code: entry.code,
      constant: entry.sdkConstant,
      node: member.node,
    });
  }

  /** The construction `node` is, whose callee `use` found naming the `Parse.Error` class. */
  construction(node: TSESTree.NewExpression, { resolvesToSdk }: ErrorClassUse): ErrorConstruction | undefined {
    if (!resolvesToSdk && !spellsSdkMember(node.callee, 'Error')) return undefined;
    const [code, message] = node.arguments;
    return { node, code, message };
  }

  /** The site a construction creates: its code argument, when it has one a code can be written as. */
  constructionSites({ code }: ErrorConstruction): readonly CandidateSite[] {
    if (!code || !CODE_ARGUMENT_TYPES.has(code.type)) return NO_SITES;
    return [{ kind: 'construction', value: this.#codeValueOf(code), subject: undefined }];
  }

  /**
   * The site an error-shaped object (`{ code: 101, error: '…' }`) creates; none for a success result
   * (`return { code: 200, message: 'Saved.' }`: no `error` key, neither thrown nor rejected).
   */
  errorObjectSites(node: TSESTree.ObjectExpression): readonly CandidateSite[] {
    let codeProperty: TSESTree.Property | undefined;
    let hasError = false;
    let hasMessage = false;
    let hasHttpStatus = false;
    for (const property of node.properties) {
      if (property.type !== 'Property') continue;
      const key = staticPropertyName(property);
      if (key === 'code') codeProperty = property;
      else if (key === undefined) continue;
      else if (key === 'error') hasError = true;
      else if (key === 'message') hasMessage = true;
      else if (HTTP_STATUS_KEYS.has(key)) hasHttpStatus = true;
      else if (RESPONSE_ENVELOPE_KEYS.has(key)) return NO_SITES;
    }
    if (!codeProperty || !(hasError || hasMessage) || codeProperty.kind !== 'init' || codeProperty.method)
      return NO_SITES;
    const use = errorObjectUse(node);
    const isErrorExit = use === 'thrown' || use === 'rejected';
    if (!hasError && !isErrorExit && writtenNumber(codeProperty.value) === SUCCESS_CODE) return NO_SITES;
    const kind = hasHttpStatus || use === 'response-body' ? 'response-body' : 'error-object';
    return [{ kind, value: this.#codeValueOf(codeProperty.value), subject: undefined }];
  }

  #numberValue(node: TSESTree.Expression): CodeValue | undefined {
    const code = writtenNumber(node);
    return code === undefined ? undefined : { type: 'number', code, node };
  }

  #constantValue(node: TSESTree.MemberExpression): CodeValue | undefined {
    const constant = staticPropertyName(node);
    const entry = constant === undefined ? undefined : entryForSdkConstant(constant);
    if (!entry || constant === undefined || !this.#resolver.isParseErrorClass(node.object)) return undefined;
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
    const variable = findVariable(this.#sourceCode.getScope(node), node.name);
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
      case 'AssignmentExpression':
        // `error.code = 101`, as tests mock a Parse error.
        if (parent.operator === '=' && parent.right === node && parent.left.type === 'MemberExpression') {
          kind = 'assignment';
          subject = parent.left;
        }
        break;
      case 'CallExpression':
        if (parent.callee !== node) {
          kind = 'assertion';
          subject = assertionSubject(parent, node, this.#sourceCode);
        }
        break;
      default:
        break;
    }
    if (!kind || !subject || !this.#codeExpressions.matches(subject)) return NO_SITES;
    return [{ kind, value, subject }];
  }
}

/** The parents under which a number can be a site: `#sitesAtPosition`'s cases. */
const SITE_POSITION_TYPES: ReadonlySet<string> = new Set([
  'BinaryExpression',
  'SwitchCase',
  'ArrayExpression',
  'AssignmentExpression',
  'CallExpression',
]);

/**
 * False for a numeric literal that cannot create a site, from its parent's type alone (`-1` from its
 * grandparent's): the test every numeric literal of a file passes before any analysis is made.
 */
export function mayBeLiteralSite(node: TSESTree.Literal): boolean {
  let position = node.parent;
  if (position.type === 'UnaryExpression' && position.operator === '-') position = position.parent;
  return SITE_POSITION_TYPES.has(position.type);
}

function isUpperCaseLetter(charCode: number): boolean {
  return charCode >= 65 && charCode <= 90;
}
