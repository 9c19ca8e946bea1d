import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';

import { indexOfText } from './index-of-text.js';
import { isWordCharacter } from './word-character.js';

/** Following an occurrence up its scopes costs about this many times a look at one scope. */
const WALK_COST = 4;

/**
 * The scopes whose code may contain `word` written as a whole word, each once: a superset of those
 * that declare a variable named `word` (`scope.set.get(word)`) or record a reference written at one
 * of the occurrences (in `scope.references`), since a name is declared, and a reference recorded, in
 * a scope whose code contains it. Found from where the text writes the word outside `comments` (the
 * file's, in the order of the text: Parse's published `lib/` writes `Parse` mostly in its JSDoc),
 * innermost scope first, unless the word is written so often that every scope is as cheap to look at.
 */
export function scopesAtWord(
  scopeManager: Scope.ScopeManager,
  text: string,
  word: string,
  comments: readonly TSESTree.Comment[],
): readonly Scope.Scope[] {
  const globalScope = scopeManager.globalScope;
  if (!globalScope) return [];
  const offsets = wordOffsets(text, word, comments);
  if (offsets.length * WALK_COST >= scopeManager.scopes.length) return scopeManager.scopes;
  const scopes: Scope.Scope[] = [];
  const seen = new Set<Scope.Scope>();
  for (const offset of offsets) {
    // Each scope's parents were added with it: the walk up stops at the first one seen.
    for (let scope: Scope.Scope | null = innermostScopeAt(globalScope, offset); scope; scope = scope.upper) {
      if (seen.has(scope)) break;
      seen.add(scope);
      scopes.push(scope);
    }
  }
  return scopes;
}

/** The innermost scope whose code contains `offset`. */
export function innermostScopeAt(globalScope: Scope.Scope, offset: number): Scope.Scope {
  let scope = globalScope;
  for (let child = childAt(scope, offset); child; child = childAt(scope, offset)) scope = child;
  return scope;
}

function wordOffsets(text: string, word: string, comments: readonly TSESTree.Comment[]): number[] {
  const offsets: number[] = [];
  let comment = 0;
  for (let at = indexOfText(text, word); at !== -1; at = indexOfText(text, word, at + word.length)) {
    // The occurrences come in the order of the text: so do the comments that may hold them.
    while (comment < comments.length && (comments[comment]?.range[1] ?? 0) <= at) comment++;
    const [commentStart, commentEnd] = comments[comment]?.range ?? [Infinity, Infinity];
    if (commentStart <= at) {
      at = commentEnd - word.length;
      continue;
    }
    // A word that touches another word character is part of a longer name (`ParseObject`, `_Parse`).
    if (!isWordCharacter(text[at - 1]) && !isWordCharacter(text[at + word.length])) offsets.push(at);
  }
  return offsets;
}

/**
 * The child scope of `scope` whose code contains `offset`. Children are in the order of the code,
 * so a binary search finds it; a linear one confirms a miss, should a parser order them otherwise.
 */
function childAt(scope: Scope.Scope, offset: number): Scope.Scope | undefined {
  const children = scope.childScopes;
  let low = 0;
  let high = children.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const child = children[middle];
    if (!child) break;
    const [start, end] = child.block.range;
    if (offset < start) high = middle - 1;
    else if (offset >= end) low = middle + 1;
    else return child;
  }
  return children.find(({ block: { range } }) => range[0] <= offset && offset < range[1]);
}
