import type { ParserServicesWithTypeInformation, TSESTree } from '@typescript-eslint/utils';
import type { RuleContext } from '@typescript-eslint/utils/ts-eslint';
import type * as ts from 'typescript';

import { skipExpressionWrappers } from '../ast/index.js';
import { isParseTypesFile } from './parse-types-file.js';

/** The key of the plugin's own `settings`, its namespace. */
const PLUGIN_SETTINGS_KEY = 'parse-error-codes';

/** `ts.TypeFlags.Any | ts.TypeFlags.Unknown`; the values are part of TypeScript's public API. */
const ANY_OR_UNKNOWN = 1 | 2;
/** `ts.TypeFlags.Enum | ts.TypeFlags.EnumLiteral`: an enum type or one of its members. */
const ENUM = 32 | 1024;

/** One checker per file, shared by every rule that checks types: each question is answered once. */
const checkers = new WeakMap<TSESTree.Program, CodeTypeChecker>();

/**
 * Answers, with the type checker, the two questions the untyped analysis cannot: does this `.code`
 * hold a number, and which number does this enum member or `as const` property stand for. It is
 * only asked about nodes the untyped analysis already found, so typed linting pays per site.
 */
export class CodeTypeChecker {
  readonly #services: ParserServicesWithTypeInformation;
  readonly #checker: ts.TypeChecker;
  /**
   * The answers of `canHoldCode`, by subject: every case of a `switch`, every member of a membership
   * list and every rule with `checkTypes` asks about the same subject node.
   */
  readonly #canHoldCode = new Map<TSESTree.Node, boolean>();

  private constructor(services: ParserServicesWithTypeInformation) {
    this.#services = services;
    this.#checker = services.program.getTypeChecker();
  }

  /**
   * The type checker for the file being linted, shared by every rule that lints it, or undefined when
   * the file has no type information (plain JavaScript, a TypeScript file outside the project, oxlint)
   * or the `disable-type-checked` config covers it. The rule then runs its untyped analysis, the one
   * `recommended` runs: type information only drops sites and resolves enum codes, so without it the
   * rule reports what the untyped configs report, never something else.
   */
  static of(context: Readonly<RuleContext<string, readonly unknown[]>>): CodeTypeChecker | undefined {
    if (typeCheckingDisabled(context.settings)) return undefined;
    const shared = checkers.get(context.sourceCode.ast);
    if (shared) return shared;
    const services = context.sourceCode.parserServices;
    if (!services?.program || !services.esTreeNodeToTSNodeMap) return undefined;
    const checker = new CodeTypeChecker(services as ParserServicesWithTypeInformation);
    checkers.set(context.sourceCode.ast, checker);
    return checker;
  }

  /**
   * False only when the type is known and says the expression cannot hold a Parse code:
   * `NodeJS.ErrnoException['code']` is a string, `KeyboardEvent['code']` too, and an app's own numeric
   * enum (`code: PaymentError`) numbers the app's errors, not Parse's. Any, unknown and numbers
   * (optional or not, literal unions included) hold one, and so does `@types/parse`'s `ErrorCode`.
   */
  canHoldCode(expression: TSESTree.Node): boolean {
    let answer = this.#canHoldCode.get(expression);
    if (answer === undefined) {
      answer = this.#computeCanHoldCode(expression);
      this.#canHoldCode.set(expression, answer);
    }
    return answer;
  }

  #computeCanHoldCode(expression: TSESTree.Node): boolean {
    const type = this.#typeOf(expression);
    if (type.flags & ANY_OR_UNKNOWN) return true;
    const nonNullable = this.#checker.getNonNullableType(type);
    if (!this.#checker.isTypeAssignableTo(nonNullable, this.#checker.getNumberType())) return false;
    const constituents = nonNullable.isUnion() ? nonNullable.types : [nonNullable];
    return constituents.every((constituent) => !(constituent.flags & ENUM) || isParseErrorCodeEnum(constituent));
  }

  /** True when the expression's type is a string (`string`, a string literal or a union of them), never for any. */
  isString(expression: TSESTree.Node): boolean {
    const type = this.#typeOf(expression);
    if (type.flags & ANY_OR_UNKNOWN) return false;
    return this.#checker.isTypeAssignableTo(type, this.#checker.getStringType());
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

/** The plugin's setting that `disable-type-checked` writes: `settings['parse-error-codes'].checkTypes = false`. */
function typeCheckingDisabled(settings: Readonly<Record<string, unknown>> | undefined): boolean {
  const pluginSettings = settings?.[PLUGIN_SETTINGS_KEY];
  return typeof pluginSettings === 'object' && pluginSettings !== null && 'checkTypes' in pluginSettings
    ? pluginSettings.checkTypes === false
    : false;
}

/**
 * True for `@types/parse`'s `ErrorCode` enum and its members, the type it gives `Parse.Error`'s
 * `code`. The enum is module-private there, and apps name enums `ErrorCode` too: the file that
 * declares it tells, not the name.
 */
function isParseErrorCodeEnum(type: ts.Type): boolean {
  const declaration = (type.symbol as ts.Symbol | undefined)?.declarations?.[0];
  return declaration !== undefined && isParseTypesFile(declaration.getSourceFile());
}
