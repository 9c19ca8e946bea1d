// One test per run-time claim. `npm run update` (scripts/server-facts.ts) reads every
// `claim('…', …)` call in tests/server/*.test.ts, with the `describe` title around it, and writes
// docs/parse-server-facts.md: the docs' table of facts is exactly the list of tested claims.
import { test } from 'vitest';

/** Tests one claim about what Parse Server or the JS SDK does; `statement` is the claim, in the docs' words. */
export function claim(statement: string, body: () => Promise<void>, timeout?: number): void {
  test(statement, body, timeout);
}
