import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleContext } from '@typescript-eslint/utils/ts-eslint';

import { getFileAnalysis } from '../file-analysis.js';
import { isInVueTemplate, scriptSetupScopeAnchor } from '../vue-template.js';

/**
 * `Parse.Error.OBJECT_NOT_FOUND` as the code at `node` can write it without a new import
 * (`Parse.Error.X`, `P.Error.X`, `ParseError.X`), or undefined when no SDK binding is in scope there.
 */
export function parseErrorConstantTextAt(
  context: Readonly<RuleContext<string, readonly unknown[]>>,
  node: TSESTree.Node,
  constant: string,
): string | undefined {
  const classText = parseErrorClassTextAt(context, node);
  return classText === undefined ? undefined : `${classText}.${constant}`;
}

/** `Parse.Error` as the code at `node` can write it without a new import, or undefined. */
export function parseErrorClassTextAt(
  context: Readonly<RuleContext<string, readonly unknown[]>>,
  node: TSESTree.Node,
): string | undefined {
  const { fixBindings } = getFileAnalysis(context.sourceCode);
  if (isInVueTemplate(node)) {
    const anchor = scriptSetupScopeAnchor(context.sourceCode);
    return anchor ? fixBindings.parseErrorClassTextAt(anchor) : undefined;
  }
  return fixBindings.parseErrorClassTextAt(node);
}
