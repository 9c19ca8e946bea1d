import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { readServerClaims, renderServerFacts } from '../../scripts/server-facts.js';

const docPath = fileURLToPath(new URL('../../docs/parse-server-facts.md', import.meta.url));

describe('docs/parse-server-facts.md', () => {
  it('lists exactly the claims the server suite tests', () => {
    const committed = readFileSync(docPath, 'utf8');
    expect(committed, 'docs/parse-server-facts.md is out of date: run `npm run update` and commit the result').toBe(
      renderServerFacts(readServerClaims()),
    );
  });

  it('has one table row per claim, each claim tested once', () => {
    const claims = readServerClaims();
    const rows = renderServerFacts(claims)
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| Fact |') && !line.startsWith('| --- |'));
    expect(rows).toHaveLength(claims.length);
    expect(new Set(claims.map(({ statement }) => statement)).size).toBe(claims.length);
  });

  it('groups the claims under the describe title around them', () => {
    const sections = [...new Set(readServerClaims().map(({ section }) => section))];
    expect(sections).toContain('Retries of the JS SDK');
    expect(sections).not.toContain('');
  });
});
