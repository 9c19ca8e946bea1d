import type { Scope } from '@typescript-eslint/utils/ts-eslint';

/**
 * `starts` and every variable reached from them through `next`, each once, in the order they are
 * first reached: a worklist, as the searches that follow a value from variable to variable need.
 */
export function reachableVariables(
  starts: Iterable<Scope.Variable | undefined>,
  next: (variable: Scope.Variable) => Iterable<Scope.Variable | undefined>,
): Set<Scope.Variable> {
  const found = new Set<Scope.Variable>();
  const pending: Scope.Variable[] = [];
  const add = (variable: Scope.Variable | undefined): void => {
    if (!variable || found.has(variable)) return;
    found.add(variable);
    pending.push(variable);
  };
  for (const start of starts) add(start);
  for (let variable = pending.pop(); variable; variable = pending.pop()) {
    for (const reached of next(variable)) add(reached);
  }
  return found;
}
