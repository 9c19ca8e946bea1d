import { describe, expect, it } from 'vitest';

import { closestNames, editDistance, spellingKey } from '../../../src/utils/messages/closest-names.js';

describe('spellingKey', () => {
  it('ignores case and underscores', () => {
    expect(spellingKey('OBJECT_NOT_FOUND')).toBe('OBJECTNOTFOUND');
    expect(spellingKey('ObjectNotFound')).toBe('OBJECTNOTFOUND');
    expect(spellingKey('object_notfound')).toBe('OBJECTNOTFOUND');
  });
});

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['', 'ABC', 3],
    ['ABC', '', 3],
    ['SAME', 'SAME', 0],
    ['SESION', 'SESSION', 1],
    ['TIMEOUTT', 'TIMEOUT', 1],
    ['KITTEN', 'SITTING', 3],
    // A swap of neighbours is one edit, not two.
    ['TIMEOTU', 'TIMEOUT', 1],
    ['AB', 'BA', 1],
    // Optimal string alignment: a swapped pair is not edited again.
    ['CA', 'ABC', 3],
  ])('%s → %s: %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('closestNames', () => {
  const candidates = [
    'INVALID_ACL',
    'INVALID_KEY_NAME',
    'INVALID_VALUE',
    'INVALID_QUERY',
    'OBJECT_NOT_FOUND',
    'TIMEOUT',
  ];

  it('finds a name that differs in underscores only, at distance 0', () => {
    expect(closestNames('OBJECT_NOTFOUND', candidates, 3)).toEqual(['OBJECT_NOT_FOUND']);
  });

  it('puts the closest first, and names at the same distance in alphabetical order', () => {
    // INVALIDACL, INVALIDKEYNAME and INVALIDVALUE are 3 edits from INVALIDNAME, INVALIDQUERY more.
    expect(closestNames('INVALID_NAME', candidates, 3)).toEqual(['INVALID_ACL', 'INVALID_KEY_NAME', 'INVALID_VALUE']);
    expect(closestNames('INVALID_VALU', candidates, 3)).toEqual(['INVALID_VALUE', 'INVALID_ACL']);
  });

  it('gives at most `limit`', () => {
    expect(closestNames('INVALID_NAME', candidates, 2)).toEqual(['INVALID_ACL', 'INVALID_KEY_NAME']);
  });

  it('finds nothing farther than 3 edits', () => {
    expect(closestNames('USERNAME_EXISTS', ['USERNAME_TAKEN'], 3)).toEqual([]);
  });

  it('allows fewer edits on short names', () => {
    // TIMEOUTX is 8 characters: 2 edits at most.
    expect(closestNames('TIMEOUTX', candidates, 3)).toEqual(['TIMEOUT']);
    expect(closestNames('TXMXXOUT', candidates, 3)).toEqual([]);
    expect(closestNames('ACL', ['ACE'], 3)).toEqual(['ACE']);
    expect(closestNames('AC', ['AB'], 3)).toEqual([]);
  });
});
