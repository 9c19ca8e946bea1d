import Parse from 'parse/node';
import { describe, expect, it } from 'vitest';

import {
  codeRange,
  currentMeaningsOf,
  entriesFor,
  entryForSdkConstant,
  errorCodes,
  fixConstantFor,
  sdkConstantFor,
  isAmbiguous,
} from '../../src/data/index.js';
import type { CodeRange, ErrorCodeEntry, ErrorCodeStatus } from '../../src/data/index.js';
import { seedTable } from './seed-table.fixture.js';

/** `name (code)`, for messages that have to say which entry broke a rule. */
function label(entry: ErrorCodeEntry): string {
  return `${entry.name} (${entry.code})`;
}

function entryNamed(code: number, name: string): ErrorCodeEntry | undefined {
  return errorCodes.find((candidate) => candidate.code === code && candidate.name === name);
}

/** Own properties that every class has; `length` (the constructor's arity) is a number but no error code. */
const CLASS_BUILT_INS: ReadonlySet<string> = new Set(['length', 'name', 'prototype']);

/** The numeric statics of the installed `Parse.Error`, by name. */
function sdkErrorConstants(): ReadonlyMap<string, number> {
  const statics = Parse.Error as unknown as Readonly<Record<string, unknown>>;
  const constants = new Map<string, number>();
  for (const key of Object.getOwnPropertyNames(statics)) {
    if (CLASS_BUILT_INS.has(key)) continue;
    const value = statics[key];
    if (typeof value === 'number') constants.set(key, value);
  }
  return constants;
}

const allCodes = [...new Set(errorCodes.map((entry) => entry.code))];

describe('the seed table fixture', () => {
  it('has the 115 named rows of the older documentation table', () => {
    expect(seedTable).toHaveLength(115);
  });

  it('spells names without stray whitespace', () => {
    for (const row of seedTable) expect(row.name, row.name).toMatch(/^[A-Za-z]+$/);
  });
});

describe('errorCodes against the seed table', () => {
  it.each(seedTable.map((row) => [row.name, row.code] as const))('has %s (%i) from the seed', (name, code) => {
    const entry = entryNamed(code, name);
    expect(entry, `no catalog entry named ${name} with code ${code}`).toBeDefined();
    expect(entry?.sources).toContain('docs-seed');
  });

  it('credits docs-seed only to entries that are rows of the seed table', () => {
    const seedPairs = new Set(seedTable.map((row) => `${row.name} (${row.code})`));
    const claimed = errorCodes
      .filter((entry) => entry.sources.includes('docs-seed'))
      .map(label)
      .filter((pair) => !seedPairs.has(pair));
    expect(claimed, `not in the seed table: ${claimed.join(', ')}`).toEqual([]);
  });

  it('credits docs-current to the seed rows minus the removed ones, plus 153 and 161', () => {
    const removed = new Set([
      'FileDeleteError (131)',
      'SuccessErrorNotCalled (141)',
      'MultupleSuccessErrorCalls (141)',
      'RequestLimitExceeded (155)',
      'TemporaryRejectionError (159)',
      'DatabaseNotMigratedError (428)',
    ]);
    const expected = [
      ...seedTable.map((row) => `${row.name} (${row.code})`).filter((pair) => !removed.has(pair)),
      'FileDeleteError (153)',
      'FileDeleteUnnamedError (161)',
    ];
    const actual = errorCodes.filter((entry) => entry.sources.includes('docs-current')).map(label);
    expect(actual.sort()).toEqual(expected.sort());
  });

  it('words its own descriptions instead of copying the seed', () => {
    const seedSentences = seedTable
      .flatMap((row) => row.description.split(/(?<=\.)\s+/))
      .filter((sentence) => sentence.split(/\s+/).length >= 5);
    for (const row of seedTable) {
      const entry = entryNamed(row.code, row.name);
      expect(entry?.description, `${row.name} (${row.code})`).not.toBe(row.description);
    }
    const copied = errorCodes.flatMap((entry) =>
      seedSentences
        .filter((sentence) => entry.description.includes(sentence))
        .map((sentence) => `${label(entry)}: ${sentence}`),
    );
    expect(copied, copied.join('; ')).toEqual([]);
  });
});

describe('codes the seed table lacks', () => {
  it.each([
    [153, 'FILE_DELETE_ERROR'],
    [155, 'REQUEST_LIMIT_EXCEEDED'],
    [159, 'DUPLICATE_REQUEST'],
    [161, 'FILE_DELETE_UNNAMED_ERROR'],
    [162, 'INVALID_VALUE'],
    [210, 'MFA_ERROR'],
    [211, 'MFA_TOKEN_REQUIRED'],
  ] as const)('has %i as Parse.Error.%s', (code, sdkConstant) => {
    const entry = entryForSdkConstant(sdkConstant);
    expect(entry?.code).toBe(code);
    expect(entriesFor(code)).toContain(entry);
    expect(entry?.sources).toContain('sdk');
  });
});

describe('errorCodes against the installed Parse SDK', () => {
  const sdkConstants = sdkErrorConstants();

  it('finds the SDK constants', () => {
    expect(sdkConstants.size).toBeGreaterThan(50);
    expect(sdkConstants.get('OBJECT_NOT_FOUND')).toBe(101);
  });

  it('has an entry for every numeric Parse.Error constant', () => {
    const missing = [...sdkConstants]
      .filter(([constant, code]) => entryForSdkConstant(constant)?.code !== code)
      .map(([constant, code]) => `Parse.Error.${constant} = ${code}`);
    expect(missing, `SDK constants the catalog lacks or numbers differently: ${missing.join(', ')}`).toEqual([]);
  });

  it('names only constants that Parse.Error has, with the same number', () => {
    const wrong = errorCodes
      .filter((entry) => entry.sdkConstant !== undefined && sdkConstants.get(entry.sdkConstant) !== entry.code)
      .map(
        (entry) =>
          `${label(entry)}: Parse.Error.${entry.sdkConstant ?? ''} is ${String(sdkConstants.get(entry.sdkConstant ?? ''))}`,
      );
    expect(wrong, wrong.join('; ')).toEqual([]);
  });

  it('credits the sdk source exactly to the entries with a constant', () => {
    const mismatched = errorCodes
      .filter((entry) => (entry.sdkConstant !== undefined) !== entry.sources.includes('sdk'))
      .map(label);
    expect(mismatched, `sources and sdkConstant disagree: ${mismatched.join(', ')}`).toEqual([]);
  });
});

describe('structural invariants', () => {
  it.each(errorCodes.map((entry) => [label(entry), entry] as const))('%s is well formed', (_, entry) => {
    expect(Number.isInteger(entry.code)).toBe(true);
    expect(entry.name).toMatch(/^[A-Z][A-Za-z]*$/);
    expect(entry.meaning.trim()).not.toBe('');
    expect(entry.description).toMatch(/\S.*\.$/);
    expect(entry.sources.length).toBeGreaterThan(0);
    expect(new Set(entry.sources).size).toBe(entry.sources.length);
    expect(Object.isFrozen(entry)).toBe(true);
  });

  it('has no two entries with the same code and name', () => {
    const pairs = errorCodes.map(label);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('sets replacedBy on corrected entries, on 155 and on the never-sent 124, 210, 211, 250, 251, to a sent code', () => {
    const neverSentWithSuccessor = new Set([124, 210, 211, 250, 251]);
    for (const entry of errorCodes) {
      if (
        entry.status === 'corrected' ||
        entry.name === 'RequestLimitExceeded' ||
        neverSentWithSuccessor.has(entry.code)
      ) {
        expect(entry.replacedBy, label(entry)).toBeDefined();
        expect(currentMeaningsOf(entry.replacedBy ?? Number.NaN).length, label(entry)).toBeGreaterThan(0);
        expect(entry.replacedBy, label(entry)).not.toBe(entry.code);
      } else {
        expect(entry.replacedBy, label(entry)).toBeUndefined();
      }
    }
    expect(entryNamed(155, 'RequestLimitExceeded')?.replacedBy).toBe(100);
  });

  it('gives every sdkConstant to exactly one entry', () => {
    const constants = errorCodes.flatMap((entry) => (entry.sdkConstant === undefined ? [] : [entry.sdkConstant]));
    const repeated = constants.filter((constant, index) => constants.indexOf(constant) !== index);
    expect(repeated, `used more than once: ${repeated.join(', ')}`).toEqual([]);
  });

  it('marks only 143 INVALID_IMAGE_DATA as an SDK name only', () => {
    expect(
      errorCodes.filter((entry) => entry.misleadingSdkName).map((entry) => [entry.code, entry.sdkConstant]),
    ).toEqual([[143, 'INVALID_IMAGE_DATA']]);
  });

  it.each([
    [156, 'MissingPushIdError', 'deprecated'],
    [157, 'MissingDeviceTypeError', 'deprecated'],
    [155, 'RequestLimitExceeded', 'legacy'],
    [428, 'DatabaseNotMigratedError', 'legacy'],
    [159, 'TemporaryRejectionError', 'legacy'],
    [159, 'DuplicateRequest', 'current'],
    [131, 'FileDeleteError', 'corrected'],
    [153, 'FileDeleteError', 'current'],
    [141, 'SuccessErrorNotCalled', 'obsolete'],
    [141, 'MultupleSuccessErrorCalls', 'obsolete'],
  ] satisfies [number, string, ErrorCodeStatus][])('%i %s is %s', (code, name, status) => {
    expect(entryNamed(code, name)?.status).toBe(status);
  });

  it('sends 131 file delete errors to 153', () => {
    expect(entryNamed(131, 'FileDeleteError')?.replacedBy).toBe(153);
  });

  it('has no other non-current entries than the notes list', () => {
    const notCurrent = errorCodes.filter((entry) => entry.status !== 'current').map(label);
    expect(notCurrent.sort()).toEqual(
      [
        'DatabaseNotMigratedError (428)',
        'FileDeleteError (131)',
        'MissingDeviceTypeError (157)',
        'MissingPushIdError (156)',
        'MultupleSuccessErrorCalls (141)',
        'RequestLimitExceeded (155)',
        'SuccessErrorNotCalled (141)',
        'TemporaryRejectionError (159)',
      ].sort(),
    );
  });
});

describe('entriesFor', () => {
  it.each([
    [101, 3],
    [141, 6],
    [115, 9],
    [251, 10],
    [159, 2],
    [-1, 1],
  ])('returns the entries of %i (%i)', (code, count) => {
    const entries = entriesFor(code);
    expect(entries).toHaveLength(count);
    for (const entry of entries) expect(entry.code).toBe(code);
  });

  it('returns entries in catalog order', () => {
    expect(entriesFor(101).map((entry) => entry.name)).toEqual([
      'UserInvalidLoginParams',
      'ObjectNotFound',
      'InvalidThirdPartyAuthData',
    ]);
  });

  it.each([4242, 0, -2, 10_000, Number.NaN, 1.5, 101.5, Infinity, -Infinity, -0])(
    'returns no entries for %d',
    (code) => {
      expect(entriesFor(code)).toEqual([]);
    },
  );

  it('returns a frozen empty list that callers cannot fill', () => {
    expect(Object.isFrozen(entriesFor(4242))).toBe(true);
  });
});

describe('isAmbiguous', () => {
  // Only meanings Parse Server or the SDK sends count: 116, 139, 143, 251 and 252 have one or none.
  it('is true exactly for 101, 115, 141 and 205', () => {
    const ambiguous = allCodes.filter((code) => isAmbiguous(code)).sort((a, b) => a - b);
    expect(ambiguous).toEqual([101, 115, 141, 205]);
  });

  it.each([159, 131, 155, 255, -1, 4242, Number.NaN, 1.5])('is false for %d', (code) => {
    expect(isAmbiguous(code)).toBe(false);
  });
});

describe('sdkConstantFor', () => {
  it.each([
    [101, 'OBJECT_NOT_FOUND'],
    [105, 'INVALID_KEY_NAME'],
    [141, 'SCRIPT_FAILED'],
    [251, 'INVALID_LINKED_SESSION'],
    [255, 'INVALID_SCHEMA_OPERATION'],
    [-1, 'OTHER_CAUSE'],
    [159, 'DUPLICATE_REQUEST'],
    [153, 'FILE_DELETE_ERROR'],
  ])('names %i Parse.Error.%s', (code, constant) => {
    expect(sdkConstantFor(code)).toBe(constant);
  });

  it.each([143, 131, 150, 2, 4242, Number.NaN, 1.5, Infinity])('has no constant for %d', (code) => {
    expect(sdkConstantFor(code)).toBeUndefined();
  });
});

describe('fixConstantFor', () => {
  it.each([
    [105, 'INVALID_KEY_NAME'],
    [209, 'INVALID_SESSION_TOKEN'],
    [255, 'INVALID_SCHEMA_OPERATION'],
    [-1, 'OTHER_CAUSE'],
    [159, 'DUPLICATE_REQUEST'],
    [153, 'FILE_DELETE_ERROR'],
  ])('replaces %i with Parse.Error.%s', (code, constant) => {
    expect(fixConstantFor(code)).toBe(constant);
  });

  // Parse Server writes the one constant for every meaning a shared number has.
  it.each([
    [101, 'OBJECT_NOT_FOUND'],
    [115, 'PUSH_MISCONFIGURED'],
    [141, 'SCRIPT_FAILED'],
    [205, 'EMAIL_NOT_FOUND'],
  ])('replaces the shared code %i with Parse.Error.%s', (code, constant) => {
    expect(isAmbiguous(code)).toBe(true);
    expect(fixConstantFor(code)).toBe(constant);
  });

  it.each([143, 131, 150, 2, 4242, Number.NaN, 1.5, Infinity])('has no constant for %d', (code) => {
    expect(fixConstantFor(code)).toBeUndefined();
  });

  it('returns a constant whose entry has the same number', () => {
    for (const code of allCodes) {
      const constant = fixConstantFor(code);
      if (constant !== undefined) expect(entryForSdkConstant(constant)?.code, String(code)).toBe(code);
    }
  });
});

describe('codeRange', () => {
  it.each([
    [-1, 'parse'],
    [0, 'parse'],
    [4999, 'parse'],
    [5000, 'reserved'],
    [8999, 'reserved'],
    [9000, 'custom'],
    [9999, 'custom'],
    [10_000, 'invalid'],
    [-2, 'invalid'],
    [1.5, 'invalid'],
    [Number.NaN, 'invalid'],
    [Infinity, 'invalid'],
    [-Infinity, 'invalid'],
  ] satisfies [number, CodeRange][])('puts %d in %s', (code, range) => {
    expect(codeRange(code)).toBe(range);
  });

  it('puts every catalog code in the parse range', () => {
    expect(allCodes.filter((code) => codeRange(code) !== 'parse')).toEqual([]);
  });
});

describe('entryForSdkConstant', () => {
  it.each([
    ['OBJECT_NOT_FOUND', 101, 'ObjectNotFound'],
    ['INVALID_KEY_NAME', 105, 'InvalidFieldName'],
    ['INVALID_SCHEMA_OPERATION', 255, 'ClassNotEmpty'],
    ['DUPLICATE_REQUEST', 159, 'DuplicateRequest'],
    ['INVALID_IMAGE_DATA', 143, 'InvalidImageData'],
  ])('finds Parse.Error.%s at %i (%s)', (constant, code, name) => {
    const entry = entryForSdkConstant(constant);
    expect(entry?.code).toBe(code);
    expect(entry?.name).toBe(name);
  });

  it.each(['NOT_A_CONSTANT', 'object_not_found', '', 'length', 'prototype', 'toString', '__proto__', 'constructor'])(
    'finds nothing for %j',
    (constant) => {
      expect(entryForSdkConstant(constant)).toBeUndefined();
    },
  );
});

describe('currentMeaningsOf', () => {
  it('gives 143 its webhook and receipt meanings, not the SDK image-data name', () => {
    expect(currentMeaningsOf(143).map((entry) => entry.name)).toEqual(['WebhookError', 'ReceiptMissing']);
  });

  it.each([
    [159, ['DuplicateRequest']],
    [141, ['ScriptFailed', 'FunctionNotFound', 'JobNotFound', 'AuthAdapterFailed']],
    [131, []],
    [155, []],
    [4242, []],
  ])('gives %i the meanings %j', (code, names) => {
    expect(currentMeaningsOf(code).map((entry) => entry.name)).toEqual(names);
  });
});
