import type { ESLint, Linter } from 'eslint';

export type ConfigName =
  'recommended' | 'strict' | 'all' | 'recommended-type-checked' | 'strict-type-checked' | 'disable-type-checked';

const PLUGIN_NAMESPACE = 'parse-error-codes';

/** What the configs read of a rule: its `meta.docs` and whether its schema takes `checkTypes`. */
export interface ConfigurableRule {
  readonly meta?: {
    readonly docs?: {
      readonly recommended?: boolean;
      readonly default?: 'warn';
      readonly strictOptions?: Readonly<Record<string, unknown>>;
    };
    readonly schema?: unknown;
  };
}

function takesCheckTypes(rule: ConfigurableRule): boolean {
  const [options] = Array.isArray(rule.meta?.schema) ? (rule.meta.schema as readonly unknown[]) : [];
  const properties = (options as { properties?: Record<string, unknown> } | undefined)?.properties;
  return properties !== undefined && 'checkTypes' in properties;
}

type RuleEntry = readonly [name: string, rule: ConfigurableRule];

function rulesRecord(
  entries: readonly RuleEntry[],
  severityOf: (rule: ConfigurableRule) => Linter.RuleSeverity,
  checkTypes: boolean,
  strict = false,
): Linter.RulesRecord {
  return Object.fromEntries(
    entries.map(([name, rule]) => {
      const severity = severityOf(rule);
      const options = {
        ...(strict ? rule.meta?.docs?.strictOptions : undefined),
        ...(checkTypes && takesCheckTypes(rule) ? { checkTypes: true } : undefined),
      };
      const entry: Linter.RuleEntry = Object.keys(options).length > 0 ? [severity, options] : severity;
      return [`${PLUGIN_NAMESPACE}/${name}`, entry];
    }),
  );
}

/**
 * For the files of a typed project that have no type information (JavaScript beside TypeScript):
 * the plugin's setting turns every rule's `checkTypes` off while keeping its severity and other
 * options (a rule entry would replace them), and the parser options are typescript-eslint's
 * `disableTypeChecked` ones, so that the files are not looked up in the TypeScript project.
 */
const disableTypeChecked: Linter.Config = {
  name: `${PLUGIN_NAMESPACE}/disable-type-checked`,
  languageOptions: { parserOptions: { program: null, project: false, projectService: false } },
  settings: { [PLUGIN_NAMESPACE]: { checkTypes: false } },
};

/**
 * The flat configs, built from each rule's `meta.docs` (`recommended`, and `default: 'warn'` for
 * a rule that only warns there), each a single object that works in an `eslint.config.js` array
 * and through `extends` in `defineConfig`. They take the plugin so that each config registers it.
 */
export function createConfigs(
  plugin: ESLint.Plugin,
  rules: Readonly<Record<string, ConfigurableRule>>,
): Record<ConfigName, Linter.Config> {
  const plugins = { [PLUGIN_NAMESPACE]: plugin };
  const entries = Object.entries(rules);
  const recommended = entries.filter(([, rule]) => rule.meta?.docs?.recommended === true);
  const recommendedSeverity = (rule: ConfigurableRule): Linter.RuleSeverity => rule.meta?.docs?.default ?? 'error';
  const error = (): Linter.RuleSeverity => 'error';
  const config = (name: ConfigName, rulesOfConfig: Linter.RulesRecord): Linter.Config => ({
    name: `${PLUGIN_NAMESPACE}/${name}`,
    plugins,
    rules: rulesOfConfig,
  });
  return {
    recommended: config('recommended', rulesRecord(recommended, recommendedSeverity, false)),
    strict: config('strict', rulesRecord(recommended, error, false, true)),
    'recommended-type-checked': config('recommended-type-checked', rulesRecord(recommended, recommendedSeverity, true)),
    'strict-type-checked': config('strict-type-checked', rulesRecord(recommended, error, true, true)),
    all: config('all', rulesRecord(entries, error, false)),
    'disable-type-checked': disableTypeChecked,
  };
}
