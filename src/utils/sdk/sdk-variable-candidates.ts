import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope, SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { findVariable, innermostScopeAt, requiredModule, scopesAtWord } from '../ast/index.js';
import { codeText, mentions, nodesNamingInCode } from '../file-text.js';
import { quotedSdkModules } from './quoted-sdk-modules.js';
import { INTEROP_HELPERS, SDK_OBJECT_NAME, sdkValueOfModule, type SdkValue } from './sdk-shape.js';

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
  const { scopeManager } = sourceCode;
  const globalScope = scopeManager?.globalScope;
  if (!scopeManager || !globalScope) return [];
  const entries: SearchEntries = { variables: [], nodes: [], declared: [] };
  if (mentions(sourceCode, SDK_OBJECT_NAME)) {
    for (const scope of scopesAtWord(scopeManager, codeText(sourceCode), SDK_OBJECT_NAME)) {
      const variable = scope.set.get(SDK_OBJECT_NAME);
      if (variable) entries.variables.push(variable);
    }
    for (const { identifier } of globalScope.through) {
      if (identifier.name === SDK_OBJECT_NAME) entries.nodes.push(identifier);
    }
  }
  addModuleEntries(sourceCode, globalScope, () => true, entries);
  return inDeclarationOrder(variablesInitialisedFrom(sourceCode, entries), scopeManager.scopes);
}

/**
 * The variables of a file that can hold the `Parse.Error` class or the module whose default it is:
 * found like `sdkVariableCandidates`, forwards, but from where the class is named (`X.Error`,
 * `{ Error: E } = X`, `import { Error as E }`) and from the quoted names of its module. A variable
 * that holds the SDK object needs none of them: its `Error` member is written with the word.
 * A superset, in no particular order: the resolver decides what each holds.
 */
export function errorClassVariableCandidates(sourceCode: Readonly<SourceCode>): Set<Scope.Variable> {
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (!globalScope) return new Set();
  const entries: SearchEntries = { variables: [], nodes: [], declared: [] };
  if (mentions(sourceCode, 'Error')) {
    for (const node of nodesNamingInCode(sourceCode, 'Error')) {
      if (node.type === 'MemberExpression') entries.nodes.push(node);
      else if (node.type === 'ImportSpecifier') entries.declared.push(node.local);
      else if (isDeclaredBy(node) && node.value.type === 'Identifier') entries.declared.push(node.value);
    }
  }
  addModuleEntries(sourceCode, globalScope, (value) => value === 'ParseErrorModule', entries);
  return variablesInitialisedFrom(sourceCode, entries);
}

/** Where a forward search starts: variables, expressions whose value may initialise one, and declared names. */
interface SearchEntries {
  readonly variables: Scope.Variable[];
  readonly nodes: TSESTree.Node[];
  readonly declared: TSESTree.Identifier[];
}

/**
 * The `require` calls and imports of the modules whose value `accepts`, found from their quoted
 * names: `require` and its argument are in one scope, as nothing between them starts another.
 */
function addModuleEntries(
  sourceCode: Readonly<SourceCode>,
  globalScope: Scope.Scope,
  accepts: (value: SdkValue) => boolean,
  entries: SearchEntries,
): void {
  const moduleOffsets = quotedSdkModules(sourceCode).flatMap(({ offset, value }) => (accepts(value) ? [offset] : []));
  for (const offset of moduleOffsets) {
    for (const { identifier } of innermostScopeAt(globalScope, offset).references) {
      const call = identifier.parent;
      const requiresHere =
        call.type === 'CallExpression' && call.callee === identifier && call.arguments[0]?.range[0] === offset;
      if (requiresHere && requiredModule(call) !== undefined) entries.nodes.push(call);
    }
  }
  if (moduleOffsets.length === 0) return;
  for (const statement of sourceCode.ast.body) entries.declared.push(...sdkImportBindings(statement, accepts));
}

/**
 * The entries' variables, the variables the entries' values initialise, and from each of those,
 * through its references, the variables its value initialises in turn.
 */
function variablesInitialisedFrom(sourceCode: Readonly<SourceCode>, entries: SearchEntries): Set<Scope.Variable> {
  const found = new Set<Scope.Variable>();
  const pending: Scope.Variable[] = [];
  const add = (variable: Scope.Variable | undefined): void => {
    if (!variable || found.has(variable)) return;
    found.add(variable);
    pending.push(variable);
  };
  const addDeclared = (identifier: TSESTree.Identifier): void => {
    add(findVariable(sourceCode.getScope(identifier), identifier.name));
  };
  entries.variables.forEach(add);
  entries.declared.forEach(addDeclared);
  for (const entry of entries.nodes) initialisedIdentifiers(entry).forEach(addDeclared);
  for (let variable = pending.pop(); variable; variable = pending.pop()) {
    for (const reference of variable.references) {
      if (reference.isTypeReference) continue;
      initialisedIdentifiers(reference.identifier).forEach(addDeclared);
    }
  }
  return found;
}

/** `{ Error: E }` of `const { Error: E } = …`: a property of the pattern a declarator binds. */
function isDeclaredBy(property: TSESTree.Property): boolean {
  const pattern = property.parent;
  return (
    pattern.type === 'ObjectPattern' && pattern.parent.type === 'VariableDeclarator' && pattern.parent.id === pattern
  );
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

/** The local names of an import of a module of the SDK whose value `accepts`. */
function sdkImportBindings(
  statement: TSESTree.ProgramStatement,
  accepts: (value: SdkValue) => boolean,
): TSESTree.Identifier[] {
  const accepted = (source: string): boolean => {
    const value = sdkValueOfModule(source);
    return value !== undefined && accepts(value);
  };
  if (statement.type === 'ImportDeclaration') {
    return accepted(statement.source.value) ? statement.specifiers.map((specifier) => specifier.local) : [];
  }
  const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
  if (declaration?.type !== 'TSImportEqualsDeclaration') return [];
  const reference = declaration.moduleReference;
  if (reference.type !== 'TSExternalModuleReference') return [];
  return accepted(reference.expression.value) ? [declaration.id] : [];
}

/**
 * The identifiers a declarator binds from the value of `node`, when that value reaches the
 * declarator's initializer through the expressions the resolver follows: `const P = Parse`,
 * `const E = Parse.Error`, `const { Error: E } = Parse`, `var _x = _interopRequireDefault(require(…))`.
 */
function initialisedIdentifiers(node: TSESTree.Node): TSESTree.Identifier[] {
  let current = node;
  for (;;) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (!parent) return [];
    switch (parent.type) {
      case 'MemberExpression':
        if (parent.object !== current) return [];
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
          return [];
        break;
      case 'VariableDeclarator':
        return parent.init === current ? boundIdentifiers(parent.id) : [];
      default:
        return [];
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
