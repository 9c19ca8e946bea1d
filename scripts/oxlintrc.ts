// The `.oxlintrc.json` for oxlint users (examples/oxlint/.oxlintrc.json, shown in the README), made
// from `configs.recommended`: oxlint's JSON config cannot extend an ESLint config, so it lists every
// rule with the same severity. `npm run update:oxlint` rewrites the file; a test fails when it is stale.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import type { Linter } from 'eslint';

export const OXLINTRC_PATH = fileURLToPath(new URL('../examples/oxlint/.oxlintrc.json', import.meta.url));

interface PluginLike {
  readonly meta: { readonly name: string };
  readonly configs: { readonly recommended: Linter.Config };
}

/** The text of `.oxlintrc.json`: the package as a JS plugin, and the rules of `recommended` with their severities. */
export function renderOxlintrc(plugin: PluginLike): string {
  const config = {
    $schema: './node_modules/oxlint/configuration_schema.json',
    jsPlugins: [plugin.meta.name],
    rules: { ...plugin.configs.recommended.rules },
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { default: plugin } = await import('../src/index.js');
  writeFileSync(OXLINTRC_PATH, renderOxlintrc(plugin));
  console.log(`Wrote ${relative(process.cwd(), OXLINTRC_PATH)}`);
}
