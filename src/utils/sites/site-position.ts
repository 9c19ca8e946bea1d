import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { assertionSubject } from './assertion-subject.js';
import { isCodePropertyAssertion, mayAssertValue } from './code-assertion.js';
import { ErrorCodeExpressionMatcher, mayReadCode } from './error-code-expression.js';
import { NO_SITES, type CandidateSite, type CodeValue, type ErrorCodeSiteKind } from './error-code-site.js';
import { membershipSubject } from './membership-subject.js';
import { ParseErrorSubjectClassifier } from './parse-error-subject.js';
import { plainErrorCodeAssignment } from './plain-error.js';
import type { ParseReferenceResolver } from '../sdk/parse-reference.js';

const EQUALITY_OPERATORS = new Set(['===', '!==', '==', '!=']);

/**
 * False for a numeric literal that cannot create a site, from its parent alone (`-1` from its
 * grandparent): the test every numeric literal of a file passes before any analysis is made. Each
 * case asks, of the shapes alone, what `SitePositions#sitesAt` asks of that parent: an equality or
 * `case` whose other side may read a code, a list a membership method is called on, a plain
 * assignment to a `.code`, an assertion call.
 */
export function mayBeLiteralSite(node: TSESTree.Literal): boolean {
  let value: TSESTree.Node = node;
  let position = node.parent;
  if (position.type === 'UnaryExpression' && position.operator === '-') {
    value = position;
    position = position.parent;
  }
  switch (position.type) {
    case 'BinaryExpression':
      return (
        EQUALITY_OPERATORS.has(position.operator) &&
        mayReadCode(position.left === value ? position.right : position.left)
      );
    case 'SwitchCase':
      return position.test === value && mayReadCode(position.parent.discriminant);
    case 'ArrayExpression':
      return membershipSubject(position) !== undefined;
    case 'AssignmentExpression':
      return position.operator === '=' && position.right === value && mayReadCode(position.left);
    case 'CallExpression':
      return position.callee !== value && mayAssertValue(position);
    default:
      return false;
  }
}

/**
 * Classifies where a code value stands: the comparison, `case` label, membership test, assignment or
 * assertion that tests a code against it, with the expression holding the tested code.
 */
export class SitePositions {
  readonly #sourceCode: Readonly<SourceCode>;
  readonly #codeExpressions: ErrorCodeExpressionMatcher;
  readonly #subjects: ParseErrorSubjectClassifier;
  /** True when the file names the SDK (`ErrorCodeSiteFinder`'s answer, shared). */
  readonly #isParseFile: () => boolean;

  constructor(sourceCode: Readonly<SourceCode>, resolver: ParseReferenceResolver, isParseFile: () => boolean) {
    this.#sourceCode = sourceCode;
    this.#codeExpressions = new ErrorCodeExpressionMatcher(sourceCode);
    this.#subjects = new ParseErrorSubjectClassifier(sourceCode, resolver);
    this.#isParseFile = isParseFile;
  }

  /** Comparisons, `case` labels, membership tests and assertions that test a code against `value`. */
  sitesAt(value: CodeValue | undefined): readonly CandidateSite[] {
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
          // `error.code = 400` on a `new Error` gives an error its code, as `{ code: 400, message }` does.
          // Outside Parse code, `error.code = 404` is an HTTP status that an Express handler reads.
          const plainError = this.#isParseFile() ? plainErrorCodeAssignment(parent.left, this.#sourceCode) : undefined;
          kind = plainError === 'http' ? 'response-body' : plainError === 'error' ? 'error-object' : 'assignment';
          subject = parent.left;
        }
        break;
      case 'CallExpression':
        if (parent.callee === node) break;
        // `toHaveProperty('code', 119)` names the code it tests: no subject to confirm.
        if (isCodePropertyAssertion(parent, node)) {
          return this.#isParseFile() ? [{ kind: 'assertion', value, subject: undefined }] : NO_SITES;
        }
        kind = 'assertion';
        subject = assertionSubject(parent, node, this.#sourceCode);
        break;
      default:
        break;
    }
    if (!kind || !subject || !this.#codeExpressions.matches(subject)) return NO_SITES;
    if (kind !== 'assignment' && !this.#subjects.canBeParseError(subject, value.code, node)) return NO_SITES;
    return [{ kind, value, subject }];
  }
}
