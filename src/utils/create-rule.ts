import { RuleCreator, type RuleModule, type RuleWithMetaAndName } from '@typescript-eslint/utils/eslint-utils';

import packageJson from '../../package.json' with { type: 'json' };
import { mentionsAny } from './file-text.js';

export interface ParseErrorCodesRuleDocs {
  description: string;
  /** Whether `recommended` (and so `strict`) enables the rule; `all` enables every rule. */
  recommended: boolean;
  /** The rule's severity in `recommended` (eslint-plugin-regexp's `docs.default`); `strict` makes it an error. */
  default?: 'warn';
  requiresTypeChecking?: boolean;
  /** Options the `strict` configs set beside the defaults (a report `recommended` leaves out). */
  strictOptions?: Readonly<Record<string, unknown>>;
}

/** The repository's web address, from package.json's `repository` (`git+https://…/name.git`). */
export const REPOSITORY_URL = packageJson.repository.url.replace(/^git\+/u, '').replace(/\.git$/u, '');

/** Each rule's page as released with this version: `main` may document options the installed version lacks. */
const createRuleWithDocsUrl = RuleCreator<ParseErrorCodesRuleDocs>(
  (name) => `${REPOSITORY_URL}/blob/v${packageJson.version}/docs/rules/${name}.md`,
);

/** What `createRule` takes beside a rule's name, meta and `create`. */
interface TextGate {
  /**
   * Words every report of the rule needs in the file's text, as groups: the text must have a word
   * of each group (`[['Error'], ['Cloud']]`: both; `[['JSON', 'message']]`: either). A file without
   * them gets no listener from the rule: most files of an app have none of its words.
   */
  readonly wordsReportsNeed?: readonly (readonly string[])[];
}

/**
 * RuleCreator with `docs.url` from the rule name. ESLint (9.15 and later, all this plugin supports)
 * already merges `meta.defaultOptions` into `context.options`, so `create` gets those options as
 * they are, without RuleCreator merging them a second time for every file.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: Readonly<RuleWithMetaAndName<Options, MessageIds, ParseErrorCodesRuleDocs>> & TextGate,
): RuleModule<MessageIds, Options, ParseErrorCodesRuleDocs> & { name: string } {
  const { wordsReportsNeed = [] } = rule;
  return {
    ...createRuleWithDocsUrl(rule),
    create: (context) =>
      wordsReportsNeed.every((words) => mentionsAny(context.sourceCode, words))
        ? rule.create(context, context.options)
        : {},
  };
}
