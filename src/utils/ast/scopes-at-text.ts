import type { Scope } from '@typescript-eslint/utils/ts-eslint';

/**
 * The scopes whose code contains an occurrence of `word` in the file's text, each once, innermost
 * first for each occurrence. A name is declared, and a reference recorded, in a scope whose code
 * contains it: so this finds every variable named `word` (`scope.set.get(word)`) and every
 * reference spelled `word` (in `scope.references`) from where the word is written, instead of a
 * pass over all of the file's scopes. Occurrences in comments and strings cost a lookup, nothing more.
 */
export function scopesAtWord(globalScope: Scope.Scope, text: string, word: string): Scope.Scope[] {
  const scopes: Scope.Scope[] = [];
  const seen = new Set<Scope.Scope>();
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
    // Each scope's parents were added with it: the walk up stops at the first one seen.
    for (let scope: Scope.Scope | null = innermostScopeAt(globalScope, at); scope; scope = scope.upper) {
      if (seen.has(scope)) break;
      seen.add(scope);
      scopes.push(scope);
    }
  }
  return scopes;
}

/** The innermost scope whose code contains `offset`. */
function innermostScopeAt(globalScope: Scope.Scope, offset: number): Scope.Scope {
  let scope = globalScope;
  for (let child = childAt(scope, offset); child; child = childAt(scope, offset)) scope = child;
  return scope;
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
