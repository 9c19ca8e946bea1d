import { describe, expect, it } from 'vitest';

import { errorCodes, isAmbiguous, OPERATION_MEANINGS, sentMeaningsOf } from '../../src/data/index.js';

const sharedCodes = [...new Set(errorCodes.map((entry) => entry.code))]
  .filter((code) => isAmbiguous(code))
  .sort((a, b) => a - b);

describe('which meanings of a shared code each operation can fail with', () => {
  it.each(Object.entries(OPERATION_MEANINGS))('%s: a row for every shared code, of meanings Parse sends', (_, row) => {
    expect(
      Object.keys(row)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual(sharedCodes);
    for (const [code, names] of Object.entries(row)) {
      const sent = sentMeaningsOf(Number(code)).map((entry) => entry.name);
      for (const name of names) expect(sent, `${code} ${name}`).toContain(name);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('lets every sent meaning of a shared code come from some operation', () => {
    for (const code of sharedCodes) {
      const produced = new Set(Object.values(OPERATION_MEANINGS).flatMap((row) => row[code] ?? []));
      expect([...produced].sort(), String(code)).toEqual(
        sentMeaningsOf(code)
          .map((entry) => entry.name)
          .sort(),
      );
    }
  });

  it('tells a log-in and an object read apart, not a Cloud function', () => {
    expect(OPERATION_MEANINGS['log-in'][101]).toEqual(['UserInvalidLoginParams']);
    expect(OPERATION_MEANINGS['object-read'][101]).toEqual(['ObjectNotFound']);
    expect(OPERATION_MEANINGS['cloud-function'][141]).toEqual([
      'ScriptFailed',
      'FunctionNotFound',
      'AuthAdapterFailed',
    ]);
  });
});
