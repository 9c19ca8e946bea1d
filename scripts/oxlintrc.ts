// The `.oxlintrc.json` for oxlint users (examples/oxlint/.oxlintrc.json, and its copy in the README),
// made from `configs.recommended`: oxlint's JSON config cannot extend an ESLint config, so it lists
// every rule with the same severity. `npm run update:oxlint` rewrites both; a test fails when either is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import type { Linter } from 'eslint';

export const OXLINTRC_PATH = fileURLToPath(new URL('../examples/oxlint/.oxlintrc.json', import.meta.url));
export const README_PATH = fileURLToPath(new URL('../README.md', import.meta.url));

const README_BLOCK = /(<!-- begin generated \.oxlintrc\.json -->\n)[\s\S]*?(<!-- end generated \.oxlintrc\.json -->)/u;

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

/** The README with its copy of `.oxlintrc.json` (between the generated-block markers) replaced by `oxlintrc`. */
export function readmeWithOxlintrc(readme: string, oxlintrc: string): string {
  if (!README_BLOCK.test(readme)) throw new Error('README.md has no generated .oxlintrc.json block');
  return readme.replace(
    README_BLOCK,
    (_, begin: string, end: string) => `${begin}\n\`\`\`json\n${oxlintrc}\`\`\`\n\n${end}`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { default: plugin } = await import('../src/index.js');
  const oxlintrc = renderOxlintrc(plugin);
  writeFileSync(OXLINTRC_PATH, oxlintrc);
  writeFileSync(README_PATH, readmeWithOxlintrc(readFileSync(README_PATH, 'utf8'), oxlintrc));
  console.log(`Wrote ${relative(process.cwd(), OXLINTRC_PATH)} and its copy in README.md`);
}
