// The rule sets `npm run bench` compares: ours, core `no-magic-numbers`, `@eslint/js` recommended
// with ours, and empty rules with the same listeners, which measure ESLint's timer overhead.
import path from 'node:path';

import js from '@eslint/js';
import * as tsParser from '@typescript-eslint/parser';
import { Linter, type Rule } from 'eslint';
import { builtinRules } from 'eslint/use-at-your-own-risk';

import { plugin } from '../../scripts/built-plugin.js';
import { REPOSITORY_ROOT } from '../../scripts/smoke-corpus.js';
import type { BenchFile } from './inputs.js';

export const LINTED_FILES = ['**/*.{js,mjs,cjs,ts,mts,cts}'];
export const OUR_PREFIX = 'parse-error-codes/';

export type RuleSetName =
  | 'ours'
  | 'core'
  | 'recommended+ours'
  | 'ours-no-magic-numbers'
  | 'empty-like-ours'
  | 'empty-like-ours-no-magic-numbers'
  | 'empty-like-core';

type Rules = NonNullable<Linter.Config['rules']>;
export const ourRules: Rules = plugin.configs.all.rules ?? {};
const coreRules: Rules = { 'no-magic-numbers': 'error' };
const ourNoMagicNumbers: Rules = { [`${OUR_PREFIX}no-magic-numbers`]: 'error' };

/**
 * The listener keys each rule of `rules` returns from `create()`, in the order ESLint creates the
 * rules, found by linting a small file with wrapped rules. (Our rules share one set of listeners,
 * registered by whichever is created first.)
 */
function listenerShapes(rules: Rules): string[][] {
  const shapes: string[][] = [];
  const wrap = (rule: Rule.RuleModule): Rule.RuleModule => ({
    ...rule,
    create(context) {
      const listeners = rule.create(context);
      shapes.push(Object.keys(listeners));
      return listeners;
    },
  });
  // Deprecated, but still the one way to reach a core rule's module in ESLint 10.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const coreRule = builtinRules.get('no-magic-numbers');
  if (!coreRule) throw new Error('ESLint has no no-magic-numbers rule');
  const wrapped: Record<string, Rule.RuleModule> = { 'core-no-magic-numbers': wrap(coreRule) };
  for (const [name, rule] of Object.entries(plugin.rules)) wrapped[name] = wrap(rule);
  const renamed = Object.fromEntries(
    Object.entries(rules).map(([ruleId, level]) => [
      ruleId === 'no-magic-numbers' ? 'shape/core-no-magic-numbers' : ruleId.replace(OUR_PREFIX, 'shape/'),
      level,
    ]),
  );
  new Linter({ configType: 'flat' }).verify(
    "const Parse = require('parse/node');\nif (e.code === 101) throw new Parse.Error(101, 'x');\n",
    [
      {
        files: LINTED_FILES,
        plugins: { shape: { rules: wrapped } },
        languageOptions: { parser: tsParser },
        rules: renamed,
      },
    ],
    { filename: path.join(REPOSITORY_ROOT, 'shape.js') },
  );
  return shapes;
}

/**
 * With `stats`, ESLint wraps every listener call (and each `create()`) in two `process.hrtime()`
 * calls. Rules that do nothing, with the same listeners as the measured ones, measure that overhead.
 */
function emptyRule(listenerKeys: readonly string[]): Rule.RuleModule {
  return {
    meta: { type: 'problem', schema: [] },
    create: () => Object.fromEntries(listenerKeys.map((key) => [key, (): void => undefined])),
  };
}
const emptyRules: Record<string, Rule.RuleModule> = {};
export const SHAPES = {
  ours: listenerShapes(ourRules),
  'ours-no-magic-numbers': listenerShapes(ourNoMagicNumbers),
  core: listenerShapes(coreRules),
};
function emptyLike(name: keyof typeof SHAPES): Rules {
  return Object.fromEntries(
    SHAPES[name].map((shape, index) => {
      emptyRules[`${name}-${index}`] = emptyRule(shape);
      return [`empty/${name}-${index}`, 'error'];
    }),
  );
}
const emptyPlugin = { rules: emptyRules };
export const describeShape = (shapes: readonly string[][]): string =>
  shapes.map((shape) => (shape.length > 0 ? shape.join(', ') : 'none')).join(' | ');

export const RULE_SETS: Readonly<Record<RuleSetName, Rules>> = {
  ours: ourRules,
  core: coreRules,
  'recommended+ours': { ...js.configs.recommended.rules, ...ourRules },
  'ours-no-magic-numbers': ourNoMagicNumbers,
  'empty-like-ours': emptyLike('ours'),
  'empty-like-ours-no-magic-numbers': emptyLike('ours-no-magic-numbers'),
  'empty-like-core': emptyLike('core'),
};

export function configFor(ruleSet: RuleSetName, file: BenchFile): Linter.Config[] {
  return [
    {
      files: LINTED_FILES,
      plugins: { 'parse-error-codes': plugin, empty: emptyPlugin },
      languageOptions: {
        parser: tsParser,
        ecmaVersion: 'latest',
        sourceType: file.sourceType,
        globals: { ...file.globals },
      },
      linterOptions: { reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' },
      rules: RULE_SETS[ruleSet],
    },
  ];
}
