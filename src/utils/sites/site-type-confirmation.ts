import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';

import type { CandidateSite, ErrorCodeSite } from './error-code-site.js';
import type { CodeTypeChecker } from './type-information.js';

/** A candidate as the untyped analysis settles it: sites whose value needs types are dropped. */
export function siteWithoutTypes(candidate: CandidateSite): ErrorCodeSite | undefined {
  return candidate.value.type === 'unresolved' ? undefined : (candidate as ErrorCodeSite);
}

/**
 * A candidate as the type checker settles it: dropped when its `.code` cannot hold a number, and
 * its value resolved when it is an enum member or an `as const` property.
 */
export function siteWithTypes(
  candidate: CandidateSite,
  types: CodeTypeChecker,
  sourceCode: Readonly<SourceCode>,
): ErrorCodeSite | undefined {
  if (candidate.subject && !types.canHoldCode(candidate.subject)) return undefined;
  const { value } = candidate;
  if (value.type !== 'unresolved') return candidate as ErrorCodeSite;
  const code = types.numberOf(value.node);
  if (code === undefined) return undefined;
  const name = sourceCode.getText(value.node);
  return {
    kind: candidate.kind,
    subject: candidate.subject,
    value: { type: 'named-number', code, name, node: value.node },
  };
}
