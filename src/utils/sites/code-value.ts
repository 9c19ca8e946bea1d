import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { entryForSdkConstant } from '../../data/index.js';
import { constInitializer, findVariable, staticPropertyName, writtenNumber } from '../ast/index.js';
import type { CodeValue, UnresolvedValue } from './error-code-site.js';
import type { ParseReferenceResolver } from '../sdk/parse-reference.js';

/** Reads the code an expression writes: a number, a `Parse.Error` constant, or a named number. */
export class CodeValueReader {
  readonly #sourceCode: Readonly<SourceCode>;
  readonly #resolver: ParseReferenceResolver;

  constructor(sourceCode: Readonly<SourceCode>, resolver: ParseReferenceResolver) {
    this.#sourceCode = sourceCode;
    this.#resolver = resolver;
  }

  numberValue(node: TSESTree.Expression): CodeValue | undefined {
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
  codeValueOf(node: TSESTree.Node): CodeValue | UnresolvedValue {
    let value: CodeValue | undefined;
    if (node.type === 'MemberExpression') value = this.#constantValue(node);
    else if (node.type === 'Identifier') value = this.#namedNumberValue(node);
    else if (node.type === 'Literal' || node.type === 'UnaryExpression') value = this.numberValue(node);
    return value ?? { type: 'unresolved', node };
  }

  /**
   * A `const` written as a number (`const NOT_FOUND = 101`). Not eslint-utils' `getStaticValue`,
   * which also evaluates `const A = 100 + 1`, `const A = B`, `Number('101')` and a `let` never
   * reassigned: a named number is a code written as a bare number, that the rules point at.
   */
  #namedNumberValue(node: TSESTree.Identifier): CodeValue | undefined {
    const variable = findVariable(this.#sourceCode.getScope(node), node.name);
    const init = variable && constInitializer(variable);
    const code = init && writtenNumber(init);
    return code === undefined ? undefined : { type: 'named-number', code, name: node.name, node };
  }
}
