import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope, SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { entryForSdkConstant, isLiveQueryCode, type ErrorCodeEntry } from '../../data/index.js';
import {
  isNumericLiteral,
  numberNodeOf,
  skipExpressionWrappers,
  staticPropertyName,
  writtenNumber,
} from '../ast/index.js';
import { isExpectedErrorPattern } from './code-assertion.js';
import { CodeValueReader } from './code-value.js';
import { NO_SITES, type CandidateSite } from './error-code-site.js';
import { errorObjectUse } from './error-object-use.js';
import { isAssignedOntoPlainError } from './plain-error.js';
import { SitePositions } from './site-position.js';
import { looksLikeCodeConstant } from '../messages/intended-constants.js';
import type { ErrorClassUse } from '../sdk/sdk-uses.js';
import type { ParseReferenceResolver } from '../sdk/parse-reference.js';
import { mayNameSdk } from '../sdk/sdk-uses.js';
import { spellsSdkMember } from '../sdk/sdk-shape.js';

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

/** The keys of an expected error (`toMatchObject({ code: 209, message })`); any other marks something else. */
const EXPECTED_ERROR_KEYS: ReadonlySet<string> = new Set(['code', 'message', 'error', 'name']);
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
  readonly #codeValues: CodeValueReader;
  readonly #positions: SitePositions;
  #namesSdk: boolean | undefined;

  constructor(sourceCode: Readonly<SourceCode>, resolver: ParseReferenceResolver) {
    this.#sourceCode = sourceCode;
    this.#codeValues = new CodeValueReader(sourceCode, resolver);
    this.#positions = new SitePositions(sourceCode, resolver, () => this.#isParseFile());
  }

  /** The code `expression` writes as the site analysis reads it, when it needs no type information. */
  writtenCode(expression: TSESTree.Node): number | undefined {
    const value = this.#codeValues.codeValueOf(skipExpressionWrappers(expression));
    return value.type === 'unresolved' ? undefined : value.code;
  }

  /** The sites a numeric literal creates (`err.code === 101`, `case 101:`, `expect(e.code).toBe(101)`). */
  literalSites(node: TSESTree.Literal): readonly CandidateSite[] {
    return isNumericLiteral(node)
      ? this.#positions.sitesAt(this.#codeValues.numberValue(numberNodeOf(node)))
      : NO_SITES;
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
    return this.#positions.sitesAt({
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
    return [{ kind: 'construction', value: this.#codeValues.codeValueOf(code), subject: undefined }];
  }

  /**
   * The sites of `response.error(code, message)` on the response objects of Cloud Code handlers
   * (`(request, response)` of parse-server 2.x), which build `new Parse.Error(code, message)`: the
   * first argument when a message follows it; alone it is the message (`response.error('Failed')`).
   */
  responseErrorSites(responses: readonly Scope.Variable[]): readonly CandidateSite[] {
    const sites: CandidateSite[] = [];
    for (const response of responses) {
      for (const { identifier } of response.references) {
        const member = identifier.parent;
        if (
          member.type !== 'MemberExpression' ||
          member.object !== identifier ||
          staticPropertyName(member) !== 'error'
        )
          continue;
        const call = member.parent;
        if (call.type !== 'CallExpression' || call.callee !== member || call.arguments.length < 2) continue;
        const [code] = call.arguments;
        if (code && CODE_ARGUMENT_TYPES.has(code.type)) {
          sites.push({ kind: 'construction', value: this.#codeValues.codeValueOf(code), subject: undefined });
        }
      }
    }
    return sites;
  }

  /**
   * The site an error-shaped object (`{ code: 101, error: '…' }`) creates; none for a success result
   * (`return { code: 200, message: 'Saved.' }`: no `error` key, neither thrown nor rejected).
   */
  errorObjectSites(node: TSESTree.ObjectExpression): readonly CandidateSite[] {
    const patternSites = this.#expectedPatternSites(node) ?? this.#plainErrorCodeSites(node);
    if (patternSites) return patternSites;
    if (node.properties.length < 2) return NO_SITES;
    let codeProperty: TSESTree.Property | undefined;
    let hasError = false;
    let hasMessage = false;
    let hasHttpStatus = false;
    let isLiveQueryError = false;
    for (const property of node.properties) {
      if (property.type !== 'Property') continue;
      const key = staticPropertyName(property);
      if (key === 'code') codeProperty = property;
      else if (key === undefined) continue;
      else if (key === 'error') hasError = true;
      else if (key === 'message') hasMessage = true;
      else if (HTTP_STATUS_KEYS.has(key)) hasHttpStatus = true;
      else if (key === 'op') isLiveQueryError = writtenString(property.value) === 'error';
      else if (RESPONSE_ENVELOPE_KEYS.has(key)) return NO_SITES;
    }
    if (!codeProperty || !(hasError || hasMessage) || codeProperty.kind !== 'init' || codeProperty.method)
      return NO_SITES;
    // `{ op: 'error', code: 2, error }`: LiveQuery's own code in its WebSocket message.
    const writtenCode = writtenNumber(codeProperty.value);
    if (isLiveQueryError && writtenCode !== undefined && isLiveQueryCode(writtenCode)) return NO_SITES;
    const use = errorObjectUse(node);
    const isErrorExit = use === 'thrown' || use === 'rejected';
    if (!hasError && !isErrorExit && writtenCode === SUCCESS_CODE) return NO_SITES;
    const kind = hasHttpStatus || use === 'response-body' ? 'response-body' : 'error-object';
    return [{ kind, value: this.#codeValues.codeValueOf(codeProperty.value), subject: undefined }];
  }

  /**
   * The site of an object an assertion matches an error against (`toMatchObject({ code: 209 })`,
   * `assert.rejects(p, { code: 142 })`): there a lone `code` key is the error's code, which elsewhere
   * (`createIndex({ code: 1 })`) is data. Undefined for an object in no such position.
   */
  #expectedPatternSites(node: TSESTree.ObjectExpression): readonly CandidateSite[] | undefined {
    if (node.parent.type !== 'CallExpression' || !isExpectedErrorPattern(node, this.#sourceCode)) return undefined;
    let codeProperty: TSESTree.Property | undefined;
    for (const property of node.properties) {
      const key = property.type === 'Property' ? staticPropertyName(property) : undefined;
      // `{ code: 1, stdout }`, `{ code: 1, signal: null }`: a process's result, not an error.
      if (property.type !== 'Property' || key === undefined || !EXPECTED_ERROR_KEYS.has(key)) return undefined;
      if (key === 'code') codeProperty = property;
    }
    if (!codeProperty || codeProperty.kind !== 'init' || codeProperty.method || !this.#isParseFile()) return undefined;
    return [{ kind: 'assertion', value: this.#codeValues.codeValueOf(codeProperty.value), subject: undefined }];
  }

  /**
   * True when the file names the SDK somewhere. An assertion that never reads `.code` says nothing
   * of whose code it tests (`rejects.toMatchObject({ code: 1 })` is a process's exit code in a CLI's
   * tests), and a plain `Error` given a code in an Express app carries an HTTP status (`error.code = 404`).
   */
  #isParseFile(): boolean {
    this.#namesSdk ??= mayNameSdk(this.#sourceCode);
    return this.#namesSdk;
  }

  /**
   * The site of `{ code: 4001 }` in `Object.assign(new Error('x'), { code: 4001 })`: the code of an
   * error, one key or more; undefined for an object that is no such source.
   */
  #plainErrorCodeSites(node: TSESTree.ObjectExpression): readonly CandidateSite[] | undefined {
    if (
      node.parent.type !== 'CallExpression' ||
      !this.#isParseFile() ||
      !isAssignedOntoPlainError(node, this.#sourceCode)
    ) {
      return undefined;
    }
    let codeProperty: TSESTree.Property | undefined;
    let hasHttpStatus = false;
    for (const property of node.properties) {
      if (property.type !== 'Property') continue;
      const key = staticPropertyName(property);
      if (key === 'code') codeProperty = property;
      else if (key !== undefined && HTTP_STATUS_KEYS.has(key)) hasHttpStatus = true;
    }
    if (!codeProperty || codeProperty.kind !== 'init' || codeProperty.method) return NO_SITES;
    const kind = hasHttpStatus ? 'response-body' : 'error-object';
    return [{ kind, value: this.#codeValues.codeValueOf(codeProperty.value), subject: undefined }];
  }
}

function writtenString(node: TSESTree.Node): string | undefined {
  return node.type === 'Literal' && typeof node.value === 'string' ? node.value : undefined;
}

function isUpperCaseLetter(charCode: number): boolean {
  return charCode >= 65 && charCode <= 90;
}
