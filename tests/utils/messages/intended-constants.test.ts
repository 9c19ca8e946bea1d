import Parse from 'parse/node';
import { describe, expect, it } from 'vitest';

import { errorCodes } from '../../../src/data/index.js';
import { intendedConstants, looksLikeCodeConstant } from '../../../src/utils/messages/intended-constants.js';

describe('looksLikeCodeConstant', () => {
  it.each(['OBJECT_NOTFOUND', 'INVALID_SESION_TOKEN', 'USERNAME_EXISTS', 'ERROR_404', 'X'])(
    'takes ALL_CAPS %s',
    (name) => {
      expect(looksLikeCodeConstant(name)).toBe(true);
    },
  );

  it.each(['ObjectNotFound', 'UserEmailTaken', 'InvalidFieldName', 'FunctionNotFound', 'Timeout', 'Object_Not_Found'])(
    'takes %s, a documentation name or SDK constant in another case',
    (name) => {
      expect(looksLikeCodeConstant(name)).toBe(true);
    },
  );

  it.each(['MyHelper', 'Codes', 'ObjectNotFond', 'Ab'])('leaves %s, which names no code', (name) => {
    expect(looksLikeCodeConstant(name)).toBe(false);
  });
});

describe('intendedConstants', () => {
  it.each([
    ['OBJECT_NOTFOUND', ['OBJECT_NOT_FOUND']],
    ['INVALID_SESION_TOKEN', ['INVALID_SESSION_TOKEN']],
    ['TIMEOUTT', ['TIMEOUT']],
    ['INVALID_NAME', ['INVALID_ACL', 'INVALID_KEY_NAME', 'INVALID_VALUE']],
    ['USERNAME_EXISTS', []],
    ['NOT_FOUND', []],
  ])('%s: the closest SDK constants', (name, constants) => {
    expect(intendedConstants(name)).toEqual(constants);
  });

  it.each([
    ['UserEmailTaken', 'EMAIL_TAKEN'],
    ['InvalidFieldName', 'INVALID_KEY_NAME'],
    ['ObjectNotFound', 'OBJECT_NOT_FOUND'],
    ['OperationForbidden', 'OPERATION_FORBIDDEN'],
    ['RequestTimeout', 'TIMEOUT'],
    ['ValidationFailed', 'VALIDATION_ERROR'],
    // The documentation's name in the constants' style.
    ['INVALID_FIELD_NAME', 'INVALID_KEY_NAME'],
    ['USER_EMAIL_TAKEN', 'EMAIL_TAKEN'],
    // 131 has no constant; 153, with the same name, has.
    ['FileDeleteError', 'FILE_DELETE_ERROR'],
    ['Timeout', 'TIMEOUT'],
  ])('%s: the constant of its documentation name, %s, alone', (name, constant) => {
    expect(intendedConstants(name)).toEqual([constant]);
  });

  it('offers nothing for a documented error the SDK has no constant for', () => {
    expect(intendedConstants('FunctionNotFound')).toEqual([]);
  });

  it('suggests only constants the installed SDK has', () => {
    const statics = Parse.Error as unknown as Readonly<Record<string, unknown>>;
    const names = [...errorCodes.map((entry) => entry.name), 'OBJECT_NOTFOUND', 'INVALID_NAME', 'EMAIL_TAKN'];
    for (const name of names) {
      for (const constant of intendedConstants(name))
        expect(typeof statics[constant], `${name} → ${constant}`).toBe('number');
    }
  });
});
