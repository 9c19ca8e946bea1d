import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { describe, expect, it, vi } from 'vitest';

import type { CandidateSite } from '../../../src/utils/sites/error-code-site.js';
import { siteWithoutTypes, siteWithTypes } from '../../../src/utils/sites/site-type-confirmation.js';
import type { CodeTypeChecker } from '../../../src/utils/sites/type-information.js';

const subject = { type: AST_NODE_TYPES.MemberExpression } as TSESTree.Node;
const enumMember = { type: AST_NODE_TYPES.MemberExpression } as TSESTree.Node;
const sourceCode = { getText: () => 'AppErrors.OutOfStock' } as unknown as Readonly<SourceCode>;

/** A checker that answers every `.code` alike and every unresolved value with 9001, recording its questions. */
function countingChecker(canHoldCode = true) {
  const checker = { canHoldCode: vi.fn(() => canHoldCode), numberOf: vi.fn(() => 9001) };
  return { checker, types: checker as unknown as CodeTypeChecker };
}

describe('siteWithTypes', () => {
  it('resolves a value only types can resolve, with the name it is written as', () => {
    const candidate: CandidateSite = { kind: 'comparison', subject, value: { type: 'unresolved', node: enumMember } };
    const { checker, types } = countingChecker();
    expect(siteWithTypes(candidate, types, sourceCode)).toEqual({
      kind: 'comparison',
      subject,
      value: { type: 'named-number', code: 9001, name: 'AppErrors.OutOfStock', node: enumMember },
    });
    expect(checker.canHoldCode).toHaveBeenCalledWith(subject);
    expect(checker.numberOf).toHaveBeenCalledWith(enumMember);
  });

  it('drops a candidate whose `.code` cannot hold a number, without resolving its value', () => {
    const candidate: CandidateSite = { kind: 'comparison', subject, value: { type: 'unresolved', node: enumMember } };
    const { checker, types } = countingChecker(false);
    expect(siteWithTypes(candidate, types, sourceCode)).toBeUndefined();
    expect(checker.numberOf).not.toHaveBeenCalled();
  });
});

describe('siteWithoutTypes', () => {
  it('keeps a resolved candidate as it is and drops one only types can resolve', () => {
    const resolved: CandidateSite = {
      kind: 'comparison',
      subject,
      value: { type: 'number', code: 101, node: enumMember as TSESTree.Expression },
    };
    expect(siteWithoutTypes(resolved)).toBe(resolved);
    expect(siteWithoutTypes({ kind: 'comparison', subject, value: { type: 'unresolved', node: enumMember } })).toBe(
      undefined,
    );
  });
});
