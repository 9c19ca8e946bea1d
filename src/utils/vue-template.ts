import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleListener, SourceCode } from '@typescript-eslint/utils/ts-eslint';

/** What vue-eslint-parser adds to `sourceCode.parserServices` (no dependency on it: read when present). */
interface VueParserServices {
  defineTemplateBodyVisitor?: (
    templateVisitor: RuleListener,
    scriptVisitor: RuleListener,
    options: { templateBodyTriggerSelector: string },
  ) => RuleListener;
  getDocumentFragment?: () => { children: readonly VueDocumentNode[] } | null;
}

/** The top-level elements of a single-file component, as much of them as is read here. */
interface VueDocumentNode {
  type: string;
  name?: string;
  range: [number, number];
  startTag?: { attributes: readonly { key: { type: string; name?: unknown } }[] };
}

/**
 * The listeners, and in a Vue single-file component the same listeners on the expressions of its
 * `<template>` (`v-if="err.code === 209"`) through vue-eslint-parser's template visitor. The
 * template is walked when the script's `Program` starts, so that its sites come before the file's
 * end. Only node listeners go to the template: it has no `Program`.
 */
export function withVueTemplate(sourceCode: Readonly<SourceCode>, listeners: RuleListener): RuleListener {
  const services = sourceCode.parserServices as VueParserServices | undefined;
  if (typeof services?.defineTemplateBodyVisitor !== 'function') return listeners;
  const templateListeners = Object.fromEntries(
    Object.entries(listeners).filter(([selector]) => !selector.startsWith('Program')),
  ) as RuleListener;
  return services.defineTemplateBodyVisitor(templateListeners, listeners, { templateBodyTriggerSelector: 'Program' });
}

/**
 * True inside a Vue template: there a name is the component's property, or a top-level binding
 * of `<script setup>`, never a global.
 */
export function isInVueTemplate(node: TSESTree.Node): boolean {
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
    if ((current.type as string) === 'VExpressionContainer') return true;
  }
  return false;
}

/**
 * A node of the `<script setup>` of the file at its top level, where the scope is the one a
 * template sees (Vue exposes that script's top-level bindings, imports included, to the
 * template); undefined without `<script setup>` or without an import in it, since only an
 * import there can make `Parse` a name the template knows.
 */
export function scriptSetupScopeAnchor(sourceCode: Readonly<SourceCode>): TSESTree.Node | undefined {
  const services = sourceCode.parserServices as VueParserServices | undefined;
  const fragment = services?.getDocumentFragment?.();
  const scriptSetup = fragment?.children.find(
    (child) =>
      child.type === 'VElement' &&
      child.name === 'script' &&
      child.startTag?.attributes.some(({ key }) => key.type === 'VIdentifier' && key.name === 'setup'),
  );
  if (!scriptSetup) return undefined;
  const [start, end] = scriptSetup.range;
  return sourceCode.ast.body.findLast(
    (statement) => statement.type === 'ImportDeclaration' && statement.range[0] >= start && statement.range[1] <= end,
  );
}
