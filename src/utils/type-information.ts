import type { ParserServicesWithTypeInformation, TSESTree } from '@typescript-eslint/utils';
import type { RuleContext } from '@typescript-eslint/utils/ts-eslint';
import type * as ts from 'typescript';

import { skipExpressionWrappers } from './ast/index.js';

/** `ts.TypeFlags.Any | ts.TypeFlags.Unknown`; the values are part of TypeScript's public API. */
const ANY_OR_UNKNOWN = 1 | 2;

/**
 * Answers, with the type checker, the two questions the untyped analysis cannot: does this `.code`
 * hold a number, and which number does this enum member or `as const` property stand for. It is
 * only asked about nodes the untyped analysis already found, so typed linting pays per site.
 */
export class CodeTypeChecker {
  readonly #services: ParserServicesWithTypeInformation;
  readonly #checker: ts.TypeChecker;

  private constructor(services: ParserServicesWithTypeInformation) {
    this.#services = services;
    this.#checker = services.program.getTypeChecker();
  }

  /** The type information of the file being linted, or a configuration error that names the fix. */
  static of(context: Readonly<RuleContext<string, readonly unknown[]>>): CodeTypeChecker {
    const services = context.sourceCode.parserServices;
    if (!services?.program || !services.esTreeNodeToTSNodeMap) {
      throw new Error(
        `Rule "${context.id}" has "checkTypes" on, but ${context.filename} ` +
          'has no type information. Parse it with typescript-eslint and `parserOptions.projectService: true` ' +
          '(https://typescript-eslint.io/getting-started/typed-linting), or lint it with a config without type checking, ' +
          'such as `recommended`.',
      );
    }
    return new CodeTypeChecker(services as ParserServicesWithTypeInformation);
  }

  /**
   * False only when the type is known and says the expression cannot hold a Parse code:
   * `NodeJS.ErrnoException['code']` is a string, `KeyboardEvent['code']` too. Any, unknown and
   * numbers (optional or not, literal unions and numeric enums included) hold one.
   */
  canHoldCode(expression: TSESTree.Node): boolean {
    const type = this.#typeOf(expression);
    if (type.flags & ANY_OR_UNKNOWN) return true;
    return this.#checker.isTypeAssignableTo(this.#checker.getNonNullableType(type), this.#checker.getNumberType());
  }

  /** The number an expression's type pins down: `AppErrors.OutOfStock`, `CODES.OUT_OF_STOCK` (as const). */
  numberOf(expression: TSESTree.Node): number | undefined {
    const type = this.#typeOf(expression);
    return type.isNumberLiteral() ? type.value : undefined;
  }

  #typeOf(expression: TSESTree.Node): ts.Type {
    return this.#services.getTypeAtLocation(skipExpressionWrappers(expression));
  }
}
