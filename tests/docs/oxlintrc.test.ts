import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { OXLINTRC_PATH, README_PATH, readmeWithOxlintrc, renderOxlintrc } from '../../scripts/oxlintrc.js';
import plugin from '../../src/index.js';

describe('examples/oxlint/.oxlintrc.json', () => {
  it('is what scripts/oxlintrc.ts makes from configs.recommended', () => {
    expect(readFileSync(OXLINTRC_PATH, 'utf8'), 'examples/oxlint/.oxlintrc.json is stale: run `npm run update:oxlint`').toBe(
      renderOxlintrc(plugin),
    );
  });

  it("is what the README's oxlint section shows", () => {
    const readme = readFileSync(README_PATH, 'utf8');
    expect(readme, "README.md's .oxlintrc.json is stale: run `npm run update:oxlint`").toBe(
      readmeWithOxlintrc(readme, renderOxlintrc(plugin)),
    );
  });

  it('loads the package as a JS plugin and turns on every rule of recommended with its severity', () => {
    const config = JSON.parse(readFileSync(OXLINTRC_PATH, 'utf8')) as { jsPlugins: string[]; rules: Record<string, unknown> };
    expect(config.jsPlugins).toEqual(['eslint-plugin-parse-error-codes']);
    expect(config.rules).toEqual(plugin.configs.recommended.rules);
    for (const ruleId of Object.keys(config.rules)) expect(ruleId).toMatch(/^parse-error-codes\/[a-z-]+$/);
  });
});
