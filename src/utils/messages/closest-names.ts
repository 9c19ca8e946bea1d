/**
 * A name as spelling suggestions compare it: case and underscores do not count, so that
 * `OBJECT_NOTFOUND`, `ObjectNotFound` and `OBJECT_NOT_FOUND` all read `OBJECTNOTFOUND`.
 */
export function spellingKey(name: string): string {
  return name.replaceAll('_', '').toUpperCase();
}

/**
 * The optimal string alignment distance: the insertions, deletions, substitutions and swaps of
 * two neighbouring characters that turn `a` into `b`. A swap counts once, as typing makes it.
 */
export function editDistance(a: string, b: string): number {
  // Three rows of the dynamic-programming table: the swap looks two rows back.
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, column) => column);
  for (let row = 1; row <= a.length; row++) {
    const current = [row];
    for (let column = 1; column <= b.length; column++) {
      const substitution = a[row - 1] === b[column - 1] ? 0 : 1;
      let distance = Math.min(
        (previous[column] ?? 0) + 1,
        (current[column - 1] ?? 0) + 1,
        (previous[column - 1] ?? 0) + substitution,
      );
      if (row > 1 && column > 1 && a[row - 1] === b[column - 2] && a[row - 2] === b[column - 1]) {
        distance = Math.min(distance, (beforePrevious[column - 2] ?? 0) + 1);
      }
      current.push(distance);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Farther than this, a name is no misspelling of another. */
const MAX_DISTANCE = 3;

/**
 * The candidates `name` is probably a misspelling of, closest first and, at the same distance, in
 * alphabetical order; at most `limit`. Distances ignore case and underscores and may be at most 3,
 * and less on short names (at most a third of their characters), where 3 edits make any name another.
 */
export function closestNames(name: string, candidates: readonly string[], limit: number): string[] {
  const key = spellingKey(name);
  const maxDistance = Math.min(MAX_DISTANCE, Math.floor(key.length / 3));
  return candidates
    .map((candidate) => ({ candidate, distance: editDistance(key, spellingKey(candidate)) }))
    .filter(({ distance }) => distance <= maxDistance)
    .sort((a, b) => a.distance - b.distance || (a.candidate < b.candidate ? -1 : a.candidate > b.candidate ? 1 : 0))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
