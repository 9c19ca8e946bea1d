import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';

import { nodesAtOffsets } from './node-at-offset.js';
import { staticPropertyName } from './property-name.js';
import { isWordCharacter } from './word-character.js';
import { wordOffsets } from './word-offsets.js';

/** A node that names a property or an export statically: `o.name`, `o['name']`, `{ name: v }`, `import { name }`. */
export type NamingNode = TSESTree.MemberExpression | TSESTree.Property | TSESTree.ImportSpecifier;

/**
 * The member expressions, object properties and import specifiers whose static name is `word`,
 * found from where `text` (the file's text, or the start of it that holds its code) writes it as a
 * whole word, in the order of the text. A name written only through escapes (`o['\u0043loud']`) is
 * not found, as no text search finds it.
 */
export function nodesNaming(sourceCode: Readonly<SourceCode>, text: string, word: string): NamingNode[] {
  const found: NamingNode[] = [];
  const offsets = wordOffsets(text, word).filter((offset) => mayBeName(text, offset));
  for (const node of nodesAtOffsets(sourceCode, offsets)) {
    // `o[`name`]`: the word is in the template's only element.
    const name = node?.type === 'TemplateElement' ? node.parent : node;
    const parent = name?.parent;
    switch (parent?.type) {
      case 'MemberExpression':
        if (parent.property === name && staticPropertyName(parent) === word) found.push(parent);
        break;
      case 'Property':
        if (parent.key === name && staticPropertyName(parent) === word) found.push(parent);
        break;
      case 'ImportSpecifier':
        if (parent.imported === name && importedName(parent) === word) found.push(parent);
        break;
      default:
        break;
    }
  }
  return found;
}

/**
 * False when the text before `offset` shows that the word there names no property: it follows a
 * keyword, a name or an operator (`new Error(…)`, `instanceof Error`, `(Error)`), where no member's
 * dot, computed key's quote, or pattern's brace or comma is. Only spaces and tabs are skipped: after
 * anything else (a line break that may end a comment, a `/`, an unusual space) the node is looked up.
 */
function mayBeName(text: string, offset: number): boolean {
  let at = offset - 1;
  while (text[at] === ' ' || text[at] === '\t') at--;
  const before = text[at];
  return before !== undefined && !isWordCharacter(before) && !NOT_BEFORE_A_NAME.has(before);
}

/** Operators and brackets after which a whole word is a value, never a property's name. */
const NOT_BEFORE_A_NAME = new Set([
  '(',
  ')',
  '[',
  ']',
  '=',
  ':',
  ';',
  '!',
  '&',
  '|',
  '?',
  '<',
  '>',
  '+',
  '-',
  '*',
  '%',
  '^',
  '~',
]);

function importedName({ imported }: TSESTree.ImportSpecifier): string {
  return imported.type === 'Identifier' ? imported.name : imported.value;
}
