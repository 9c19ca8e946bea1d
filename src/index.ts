import type { ESLint, Linter, Rule } from 'eslint';

import packageJson from '../package.json' with { type: 'json' };
import { createConfigs, type ConfigName } from './configs/index.js';
import { rules } from './rules/index.js';

type RuleName =
  | 'no-ambiguous-codes'
  | 'no-deprecated-codes'
  | 'no-internal-server-error'
  | 'no-magic-numbers'
  | 'no-message-checks'
  | 'no-message-unwrapping'
  | 'no-plain-error-objects'
  | 'no-unknown-constants'
  | 'valid-custom-codes'
  | 'valid-error-construction';

/**
 * Typed with ESLint's own types, so that `defineConfig` accepts the plugin and its configs without
 * casts and the published types need nothing but `eslint`. The module exports nothing else, so
 * that the CommonJS build and its types are `module.exports = plugin` / `export = plugin`.
 */
interface ParseErrorCodesPlugin extends ESLint.Plugin {
  meta: { name: string; version: string; namespace: string };
  rules: Record<RuleName, Rule.RuleModule>;
  configs: Record<ConfigName, Linter.Config>;
}

const plugin: ParseErrorCodesPlugin = {
  meta: { name: packageJson.name, version: packageJson.version, namespace: 'parse-error-codes' },
  // typescript-eslint's RuleModule and ESLint's differ only in their declared types.
  rules: rules as unknown as ParseErrorCodesPlugin['rules'],
  configs: {} as ParseErrorCodesPlugin['configs'],
};
plugin.configs = createConfigs(plugin, rules);

export default plugin;
