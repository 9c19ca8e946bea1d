import type { ESLint, Linter } from 'eslint';

export type ConfigName = 'recommended' | 'strict' | 'all' | 'recommended-type-checked' | 'strict-type-checked';

const PLUGIN_NAMESPACE = 'parse-error-codes';

/** Severity per rule in `recommended`; ambiguous codes warn because code cannot always avoid them. */
const RECOMMENDED_SEVERITIES: Readonly<Record<string, Linter.RuleSeverity>> = {
  'no-ambiguous-codes': 'warn',
  'no-deprecated-codes': 'error',
  'no-magic-numbers': 'error',
  'valid-custom-codes': 'error',
};

function prefixed(
  ruleNames: readonly string[],
  severityOf: (ruleName: string) => Linter.RuleSeverity,
): Linter.RulesRecord {
  return Object.fromEntries(ruleNames.map((ruleName) => [`${PLUGIN_NAMESPACE}/${ruleName}`, severityOf(ruleName)]));
}

/** The same rules with `checkTypes` on: every rule of the plugin takes that option. */
function withTypeChecking(rules: Linter.RulesRecord): Linter.RulesRecord {
  return Object.fromEntries(
    Object.entries(rules).map(([ruleId, severity]) => [ruleId, [severity as Linter.RuleSeverity, { checkTypes: true }]]),
  );
}

/**
 * The flat configs, each a single object that works in an `eslint.config.js` array and through
 * `extends` in `defineConfig`. They take the plugin so that each config registers it.
 */
export function createConfigs(plugin: ESLint.Plugin, ruleNames: readonly string[]): Record<ConfigName, Linter.Config> {
  const plugins = { [PLUGIN_NAMESPACE]: plugin };
  const recommendedRuleNames = ruleNames.filter((ruleName) => ruleName in RECOMMENDED_SEVERITIES);
  const recommendedRules = prefixed(recommendedRuleNames, (ruleName) => RECOMMENDED_SEVERITIES[ruleName] ?? 'error');
  const strictRules = prefixed(recommendedRuleNames, () => 'error');
  return {
    recommended: { name: `${PLUGIN_NAMESPACE}/recommended`, plugins, rules: recommendedRules },
    strict: { name: `${PLUGIN_NAMESPACE}/strict`, plugins, rules: strictRules },
    'recommended-type-checked': {
      name: `${PLUGIN_NAMESPACE}/recommended-type-checked`,
      plugins,
      rules: withTypeChecking(recommendedRules),
    },
    'strict-type-checked': {
      name: `${PLUGIN_NAMESPACE}/strict-type-checked`,
      plugins,
      rules: withTypeChecking(strictRules),
    },
    all: {
      name: `${PLUGIN_NAMESPACE}/all`,
      plugins,
      rules: prefixed(ruleNames, () => 'error'),
    },
  };
}
