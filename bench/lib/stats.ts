// Medians over repetitions, and how the reports print numbers.

export function median(numbers: readonly number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/** Per measurement name, one value per repetition. */
export class Measurements {
  readonly #values = new Map<string, number[]>();

  add(name: string, value: number): void {
    const list = this.#values.get(name) ?? [];
    list.push(value);
    this.#values.set(name, list);
  }

  median(name: string): number {
    return median(this.#values.get(name) ?? []);
  }

  spread(name: string): string {
    const list = this.#values.get(name) ?? [];
    return `${format(Math.min(...list))}–${format(Math.max(...list))}`;
  }
}

export function format(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}
