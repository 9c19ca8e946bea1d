import { findVariable as findVariableOfEslintUtils } from '@eslint-community/eslint-utils';
import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';

/**
 * eslint-utils' `findVariable` for a name, typed with typescript-eslint's scopes (its own types are
 * ESLint's, which describe the same objects), as `@typescript-eslint/utils`' `ASTUtils` types it.
 */
const findVariableByName = findVariableOfEslintUtils as unknown as (
  initialScope: Scope.Scope,
  name: string,
) => Scope.Variable | null;

/**
 * The variable `name` refers to from `scope`, following the scope chain outwards; undefined, not
 * null, when there is none, as the implicit global's binding is compared with it.
 */
export function findVariable(scope: Scope.Scope, name: string): Scope.Variable | undefined {
  return findVariableByName(scope, name) ?? undefined;
}

/** True when nothing but its own declaration writes the variable, so its initializer is its value. */
export function isNeverReassigned(variable: Scope.Variable): boolean {
  return variable.references.every((reference) => reference.init === true || !reference.isWrite());
}

/** The single definition of a variable that is declared once, else undefined. */
export function soleDefinition(variable: Scope.Variable): Scope.Definition | undefined {
  return variable.defs.length === 1 ? variable.defs[0] : undefined;
}

/** The `code` property a destructuring pattern binds `identifier` from, if any (`{ code }`, `{ code: c = 1 }`). */
export function destructuredPropertyName(identifier: TSESTree.Node): string | undefined {
  if (identifier.type !== 'Identifier') return undefined;
  let node: TSESTree.Node = identifier;
  if (identifier.parent.type === 'AssignmentPattern' && identifier.parent.left === identifier) node = identifier.parent;
  const property = node.parent;
  if (property.type !== 'Property' || property.value !== node || property.parent.type !== 'ObjectPattern') {
    return undefined;
  }
  if (!property.computed && property.key.type === 'Identifier') return property.key.name;
  if (property.key.type === 'Literal' && typeof property.key.value === 'string') return property.key.value;
  return undefined;
}

/** The initializer of `const name = init`, for a variable declared once that way and never reassigned. */
export function constInitializer(variable: Scope.Variable): TSESTree.Expression | undefined {
  const definition = soleDefinition(variable);
  if (definition?.type !== 'Variable' || !isNeverReassigned(variable)) return undefined;
  const declarator = definition.node;
  if (declarator.parent.kind !== 'const' || declarator.id !== definition.name) return undefined;
  return declarator.init ?? undefined;
}

/** True when `identifier` reads the parameter of a `catch` clause (`catch (error)`), never reassigned. */
export function isCatchClauseParameter(scope: Scope.Scope, identifier: TSESTree.Identifier): boolean {
  const variable = findVariable(scope, identifier.name);
  if (!variable || !isNeverReassigned(variable)) return false;
  const definition = soleDefinition(variable);
  return definition?.type === 'CatchClause' && definition.node.param === definition.name;
}
