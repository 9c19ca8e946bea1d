// `bench:ratio -- --ablate WHAT`: the built plugin with part of its work taken away, measured as the
// third rule set of one run, for the ablation table of bench/RESULTS.md (issue #26).
import type { TSESLint } from '@typescript-eslint/utils';

import type { plugin as builtPlugin } from '../../scripts/built-plugin.js';

type Plugin = typeof builtPlugin;

/**
 * `empty`: every rule reads its options and returns no listener (ESLint's own cost of the rules).
 * `listeners`: every listener is dropped, the rules are still created for every file. Otherwise a
 * `|`-separated list of the selectors (`Program:exit|Literal[value=type(number)]`) whose listeners
 * are dropped (a selector may hold commas).
 */
export function ablated(plugin: Plugin, what: string): Plugin {
  const dropped = new Set(what.split('|').filter(Boolean));
  const rules = Object.fromEntries(
    Object.entries(plugin.rules).map(([name, rule]) => {
      const create = (context: Parameters<typeof rule.create>[0]): TSESLint.RuleListener => {
        // The options are read, as every rule reads them.
        if (what === 'empty') return context.options.length >= 0 ? {} : {};
        const listeners = rule.create(context) as Record<string, unknown>;
        const kept: Record<string, unknown> = {};
        for (const selector in listeners) {
          if (what !== 'listeners' && !dropped.has(selector)) kept[selector] = listeners[selector];
        }
        return kept as TSESLint.RuleListener;
      };
      return [name, { ...rule, create }];
    }),
  );
  return { ...plugin, rules } as Plugin;
}
