import type { ESLint, Linter } from 'eslint';

export type ConfigName = 'recommended' | 'strict' | 'all';

const PLUGIN_NAMESPACE = 'parse-error-codes';

/** Severity per rule in `recommended`; ambiguous codes warn because code cannot always avoid them. */
const RECOMMENDED_SEVERITIES: Readonly<Record<string, Linter.RuleSeverity>> = {
  'no-ambiguous-codes': 'warn',
  'no-deprecated-codes': 'error',
  'no-magic-numbers': 'error',
  'valid-custom-codes': 'error',
};

function prefixed(ruleNames: readonly string[], severityOf: (ruleName: string) => Linter.RuleSeverity): Linter.RulesRecord {
  return Object.fromEntries(ruleNames.map((ruleName) => [`${PLUGIN_NAMESPACE}/${ruleName}`, severityOf(ruleName)]));
}

/**
 * The flat configs, each a single object that works in an `eslint.config.js` array and through
 * `extends` in `defineConfig`. They take the plugin so that each config registers it.
 */
export function createConfigs(plugin: ESLint.Plugin, ruleNames: readonly string[]): Record<ConfigName, Linter.Config> {
  const plugins = { [PLUGIN_NAMESPACE]: plugin };
  const recommendedRuleNames = ruleNames.filter((ruleName) => ruleName in RECOMMENDED_SEVERITIES);
  return {
    recommended: {
      name: `${PLUGIN_NAMESPACE}/recommended`,
      plugins,
      rules: prefixed(recommendedRuleNames, (ruleName) => RECOMMENDED_SEVERITIES[ruleName] ?? 'error'),
    },
    strict: {
      name: `${PLUGIN_NAMESPACE}/strict`,
      plugins,
      rules: prefixed(recommendedRuleNames, () => 'error'),
    },
    all: {
      name: `${PLUGIN_NAMESPACE}/all`,
      plugins,
      rules: prefixed(ruleNames, () => 'error'),
    },
  };
}
