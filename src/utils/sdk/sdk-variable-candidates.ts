import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope, SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { findVariable, innermostScopeAt, reachableVariables, requiredModule, scopesAtWord } from '../ast/index.js';
import { codeText, mentions } from '../file-text.js';
import { INTEROP_HELPERS, SDK_OBJECT_NAME, sdkValueOfModule } from './sdk-shape.js';

/** A quoted module name that may be one of the SDK's (`sdkValueOfModule` decides): `'parse/node'`, `"./ParseError"`. */
const QUOTED_MODULE_NAME = /['"`](parse(?:\/[\w-]+)?|\.\.?\/(?:[^'"`\n]*\/)?ParseError(?:\.[cm]?[jt]s)?)['"`]/gu;
/** Up to this many scopes, each candidate scope's place is found by a search of the file's scopes. */
const FEW_SCOPES = 8;

/**
 * The variables of a file that can hold part of the SDK, found forwards from where the SDK enters
 * the file: every variable spelled `Parse` (the configured global among them), the global `Parse`
 * read where it is undeclared, the imports of the SDK's modules, and `require` calls of them. From
 * each, the search follows the references to the variables they initialise (`const P = Parse`,
 * `const { Error: ParseError } = Parse`, `var _node = _interopRequireDefault(require('parse/node'))`),
 * so that it costs what the file's SDK code costs, not a pass over all of its variables.
 *
 * A superset: the resolver decides what each candidate holds. Complete because a variable holds a
 * part of the SDK only through an initializer whose innermost operand is one of those entries, and
 * the search climbs from each entry through exactly the expressions the resolver descends
 * (`ParseReferenceResolver#sdkValueOf`): a member's object, an interop helper's argument, a
 * non-null or `as` assertion and an optional chain.
 */
export function sdkVariableCandidates(sourceCode: Readonly<SourceCode>): Scope.Variable[] {
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (!sourceCode.scopeManager || !globalScope) return [];
  const { scopeManager } = sourceCode;
  const text = codeText(sourceCode);
  const starts: (Scope.Variable | undefined)[] = [];
  const declaredBy = (identifier: TSESTree.Identifier): Scope.Variable | undefined =>
    findVariable(sourceCode.getScope(identifier), identifier.name);
  const entries: TSESTree.Node[] = [];
  if (mentions(sourceCode, SDK_OBJECT_NAME)) {
    for (const scope of scopesAtWord(scopeManager, text, SDK_OBJECT_NAME, sourceCode.getAllComments())) {
      starts.push(scope.set.get(SDK_OBJECT_NAME));
    }
    for (const { identifier } of globalScope.through) {
      if (identifier.name === SDK_OBJECT_NAME) entries.push(identifier);
    }
  }
  const moduleOffsets = sdkModuleNameOffsets(text);
  for (const offset of moduleOffsets) {
    // `require` and its argument are in one scope: nothing between them starts another.
    for (const { identifier } of innermostScopeAt(globalScope, offset).references) {
      const call = identifier.parent;
      const requiresHere =
        call.type === 'CallExpression' && call.callee === identifier && call.arguments[0]?.range[0] === offset;
      if (requiresHere && requiredModule(call) !== undefined) entries.push(call);
    }
  }
  if (moduleOffsets.length > 0) {
    for (const statement of sourceCode.ast.body) starts.push(...sdkImportBindings(statement).map(declaredBy));
  }
  for (const entry of entries) starts.push(...initialisedIdentifiers(entry).map(declaredBy));
  // A loop into one list per variable: Parse's compiled `lib/` reads its SDK variables hundreds of
  // times a file, and most reads initialise nothing.
  const candidates = reachableVariables(starts, (variable) => {
    const reached: (Scope.Variable | undefined)[] = [];
    for (const reference of variable.references) {
      if (reference.isTypeReference) continue;
      for (const identifier of initialisedIdentifiers(reference.identifier)) reached.push(declaredBy(identifier));
    }
    return reached;
  });
  return inDeclarationOrder(candidates, scopeManager.scopes);
}

/**
 * The variables in the order of their scopes and of their declarations in each: the order a fix
 * chooses between equally good bindings in (`const P = Parse` before a later `const Q = Parse`).
 */
function inDeclarationOrder(variables: ReadonlySet<Scope.Variable>, scopes: readonly Scope.Scope[]): Scope.Variable[] {
  if (variables.size < 2) return [...variables];
  // Most files declare their candidates in one or two scopes: then their places are looked up
  // alone, and every scope's place only for many (a binding in each of thousands of functions).
  const candidateScopes = new Set([...variables].map(({ scope }) => scope));
  const scopeIndex =
    candidateScopes.size <= FEW_SCOPES
      ? new Map([...candidateScopes].map((scope) => [scope, scopes.indexOf(scope)]))
      : new Map<Scope.Scope, number>(scopes.map((scope, index) => [scope, index]));
  const position = (variable: Scope.Variable): [number, number] => [
    scopeIndex.get(variable.scope) ?? -1,
    (variable.scope.variables as readonly Scope.Variable[]).indexOf(variable),
  ];
  return [...variables]
    .map((variable) => ({ variable, position: position(variable) }))
    .sort((a, b) => a.position[0] - b.position[0] || a.position[1] - b.position[1])
    .map(({ variable }) => variable);
}

/** Where the text quotes a module name of the SDK: the offsets of the quotes that open them. */
function sdkModuleNameOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (const match of text.matchAll(QUOTED_MODULE_NAME)) {
    if (sdkValueOfModule(match[1] ?? '') !== undefined) offsets.push(match.index);
  }
  return offsets;
}

/** The local names of an import of the SDK or of its `ParseError` module. */
function sdkImportBindings(statement: TSESTree.ProgramStatement): TSESTree.Identifier[] {
  if (statement.type === 'ImportDeclaration') {
    return sdkValueOfModule(statement.source.value) === undefined
      ? []
      : statement.specifiers.map((specifier) => specifier.local);
  }
  const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
  if (declaration?.type !== 'TSImportEqualsDeclaration') return [];
  const reference = declaration.moduleReference;
  if (reference.type !== 'TSExternalModuleReference') return [];
  return sdkValueOfModule(reference.expression.value) === undefined ? [] : [declaration.id];
}

/** No identifier: what most reads of an SDK variable initialise. */
const NONE: readonly TSESTree.Identifier[] = [];

/**
 * The identifiers a declarator binds from the value of `node`, when that value reaches the
 * declarator's initializer through the expressions the resolver follows: `const P = Parse`,
 * `const E = Parse.Error`, `const { Error: E } = Parse`, `var _x = _interopRequireDefault(require(…))`.
 */
function initialisedIdentifiers(node: TSESTree.Node): readonly TSESTree.Identifier[] {
  let current = node;
  for (;;) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (!parent) return NONE;
    switch (parent.type) {
      case 'MemberExpression':
        if (parent.object !== current) return NONE;
        break;
      case 'ChainExpression':
      case 'TSNonNullExpression':
      case 'TSAsExpression':
        break;
      case 'CallExpression':
        if (
          parent.arguments[0] !== current ||
          parent.callee.type !== 'Identifier' ||
          !INTEROP_HELPERS.has(parent.callee.name)
        )
          return NONE;
        break;
      case 'VariableDeclarator':
        return parent.init === current ? boundIdentifiers(parent.id) : NONE;
      default:
        return NONE;
    }
    current = parent;
  }
}

/** `P` of `const P = …`, and the plain properties of `const { Parse, Error: E } = …`. */
function boundIdentifiers(pattern: TSESTree.BindingName): TSESTree.Identifier[] {
  if (pattern.type === 'Identifier') return [pattern];
  if (pattern.type !== 'ObjectPattern') return [];
  return pattern.properties.flatMap((property) =>
    property.type === 'Property' && property.value.type === 'Identifier' ? [property.value] : [],
  );
}
