import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { RuleContext } from '@typescript-eslint/utils/ts-eslint';

import { findVariable } from '../ast/index.js';
import { getFileAnalysis } from '../file-analysis.js';
import { PARSE_MODULES } from './sdk-shape.js';

/**
 * Why `Parse.Error.X` cannot be written at a node that has no SDK binding in scope, and what would
 * make it writable:
 * - `uninitialised`: the `Parse` in scope holds the SDK, but is not yet initialised every time the
 *   code at the node runs (`f(); const Parse = require('parse/node'); function f() { … }`);
 * - `hidden`: a variable named `Parse` that no SDK import declares (a parameter, a local) is in
 *   scope there, so `Parse.Error.X` would read it, and no import can help;
 * - `import`: the file imports the SDK without a default binding (`import 'parse/node'`,
 *   `import { User } from 'parse'`, an unused `import * as Parse`), and `edit` makes it
 *   `import Parse …` from that module;
 * - undefined: no variable named `Parse`, no SDK import to change.
 */
export type ParseImportEdit =
  | { readonly kind: 'hidden' }
  | { readonly kind: 'uninitialised' }
  | {
      readonly kind: 'import';
      readonly module: string;
      readonly edit: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix;
    };

export function parseImportEditAt(
  context: Readonly<RuleContext<string, readonly unknown[]>>,
  node: TSESTree.Node,
): ParseImportEdit | undefined {
  const { sourceCode } = context;
  const variable = findVariable(sourceCode.getScope(node), 'Parse');
  if (variable) {
    const [definition, ...more] = variable.defs;
    const declaration = definition?.parent;
    const specifier = definition?.node;
    if (declaration?.type !== 'ImportDeclaration' || !PARSE_MODULES.has(declaration.source.value)) {
      return {
        kind:
          getFileAnalysis(sourceCode).resolver.sdkValueOfVariable(variable) === 'Parse' ? 'uninitialised' : 'hidden',
      };
    }
    // `import * as Parse from 'parse/node'` read nowhere: `import Parse from 'parse/node'` loses nothing.
    // Other imports of the SDK (`import type Parse`, a namespace that is read) have their own messages.
    if (
      more.length === 0 &&
      variable.references.length === 0 &&
      specifier?.type === 'ImportNamespaceSpecifier' &&
      declaration.importKind !== 'type'
    ) {
      return {
        kind: 'import',
        module: declaration.source.value,
        edit: (fixer) => fixer.replaceText(specifier, 'Parse'),
      };
    }
    return undefined;
  }
  for (const statement of sourceCode.ast.body) {
    if (statement.type !== 'ImportDeclaration' || statement.importKind === 'type') continue;
    if (!PARSE_MODULES.has(statement.source.value)) continue;
    const [first] = statement.specifiers;
    if (first === undefined) {
      // `import 'parse/node';`
      return {
        kind: 'import',
        module: statement.source.value,
        edit: (fixer) => fixer.insertTextBefore(statement.source, 'Parse from '),
      };
    }
    if (first.type === 'ImportSpecifier') {
      // `import { User } from 'parse';`: the default binding comes first.
      const brace = sourceCode.getTokenBefore(first);
      if (brace?.value !== '{') continue;
      return {
        kind: 'import',
        module: statement.source.value,
        edit: (fixer) => fixer.insertTextBefore(brace, 'Parse, '),
      };
    }
  }
  return undefined;
}
