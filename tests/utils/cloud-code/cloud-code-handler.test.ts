import { describe, expect, it } from 'vitest';

import { analyse, type FoundHandler } from '../analyse.js';

/** The handlers the shared analysis finds in `code`; the configuration declares the global `Parse` unless told. */
function handlersIn(code: string, options: { typescript?: boolean; parseGlobal?: boolean } = {}): FoundHandler[] {
  return analyse(code, {
    filename: options.typescript ? 'cloud.ts' : 'cloud.js',
    globals: options.parseGlobal === false ? {} : { Parse: 'readonly' },
  }).handlers;
}

const THROW = "throw { code: 9001, message: 'x' };";

describe('Cloud Code handlers', () => {
  it.each([
    ['define', "'f', ", 'function', 141],
    ['job', "'j', ", 'job', undefined],
    ['beforeSave', "'Order', ", 'trigger', 141],
    ['beforeDelete', "'Order', ", 'trigger', 141],
    ['afterDelete', "'Order', ", 'trigger', 141],
    ['beforeFind', "'Order', ", 'trigger', 141],
    ['afterFind', "'Order', ", 'trigger', 141],
    ['beforeLogin', '', 'trigger', 141],
    ['afterLogin', '', 'trigger', 141],
    ['afterLogout', '', 'trigger', 141],
    ['beforePasswordResetRequest', '', 'trigger', 141],
    ['beforeSaveFile', '', 'file-trigger', 130],
    ['afterSaveFile', '', 'file-trigger', 130],
    ['beforeDeleteFile', '', 'file-trigger', 153],
    ['afterDeleteFile', '', 'file-trigger', 153],
    ['beforeConnect', '', 'trigger', 141],
    ['beforeSubscribe', "'Order', ", 'trigger', 141],
    ['afterLiveQueryEvent', "'Order', ", 'trigger', 141],
  ] as const)('finds the handler of %s', (hook, leading, kind, defaultCode) => {
    expect(handlersIn(`Parse.Cloud.${hook}(${leading}(request) => { ${THROW} });`)).toEqual([
      { hook, kind, defaultCode, exits: ["throw: { code: 9001, message: 'x' }"] },
    ]);
  });

  it.each([
    ['beforeSave', 130],
    ['afterSave', 130],
    ['beforeDelete', 153],
    ['afterDelete', 153],
    ['beforeFind', 141],
    ['afterFind', 141],
  ])('finds %s(Parse.File) as a file trigger', (hook, defaultCode) => {
    expect(handlersIn(`Parse.Cloud.${hook}(Parse.File, () => { ${THROW} });`)).toEqual([
      { hook, kind: 'file-trigger', defaultCode, exits: ["throw: { code: 9001, message: 'x' }"] },
    ]);
  });

  it('skips afterSave of a class, whose errors Parse Server only logs, validator included', () => {
    expect(handlersIn(`Parse.Cloud.afterSave('Order', () => { ${THROW} }, () => { ${THROW} });`)).toEqual([]);
    expect(handlersIn(`Parse.Cloud.afterSave(Parse.User, () => { ${THROW} });`)).toEqual([]);
  });

  it('finds afterSave(Parse.Config), whose errors reach the client', () => {
    expect(handlersIn(`Parse.Cloud.afterSave(Parse.Config, () => { ${THROW} });`)).toEqual([
      { hook: 'afterSave', kind: 'trigger', defaultCode: 141, exits: ["throw: { code: 9001, message: 'x' }"] },
    ]);
  });

  it('finds a login hook registered with a class first', () => {
    expect(handlersIn(`Parse.Cloud.beforeLogin(Parse.User, () => { ${THROW} });`)).toEqual([
      { hook: 'beforeLogin', kind: 'trigger', defaultCode: 141, exits: ["throw: { code: 9001, message: 'x' }"] },
    ]);
    expect(handlersIn(`Parse.Cloud.afterLogout('_Session', function () { ${THROW} });`)).toHaveLength(1);
  });

  it('finds a function declared in the file, before or after its registration', () => {
    const code = `
function check(request) { ${THROW} }
const load = async (request) => Promise.reject({ code: 9002 });
const save = function (request) { return Promise.reject({ code: 9003 }); };
Parse.Cloud.define('check', check);
Parse.Cloud.define('load', load);
Parse.Cloud.beforeSave('Order', save);
Parse.Cloud.define('late', late);
function late() { throw 'late'; }
`;
    expect(handlersIn(code)).toEqual([
      { hook: 'define', kind: 'function', defaultCode: 141, exits: ["throw: { code: 9001, message: 'x' }"] },
      { hook: 'define', kind: 'function', defaultCode: 141, exits: ['reject: { code: 9002 }'] },
      { hook: 'beforeSave', kind: 'trigger', defaultCode: 141, exits: ['reject: { code: 9003 }'] },
      { hook: 'define', kind: 'function', defaultCode: 141, exits: ["throw: 'late'"] },
    ]);
  });

  it('does not take a name that is reassigned, a `let`, or a parameter for a handler', () => {
    const code = `
let a = () => { ${THROW} };
const b = () => { ${THROW} };
function register(c) { Parse.Cloud.define('c', c); }
Parse.Cloud.define('a', a);
Parse.Cloud.define('b', imported);
`;
    expect(handlersIn(code)).toEqual([]);
  });

  it('finds the validator of a define and of a trigger, with 142', () => {
    const code = `
Parse.Cloud.define('f', () => 1, (request) => { ${THROW} });
Parse.Cloud.beforeSave('Order', () => {}, validateOrder);
function validateOrder() { return Promise.reject({ code: 9002 }); }
Parse.Cloud.define('g', () => 1, { requireUser: true });
`;
    expect(handlersIn(code)).toEqual([
      { hook: 'define', kind: 'function', defaultCode: 141, exits: [] },
      { hook: 'define', kind: 'validator', defaultCode: 142, exits: ["throw: { code: 9001, message: 'x' }"] },
      { hook: 'beforeSave', kind: 'trigger', defaultCode: 141, exits: [] },
      { hook: 'beforeSave', kind: 'validator', defaultCode: 142, exits: ['reject: { code: 9002 }'] },
      { hook: 'define', kind: 'function', defaultCode: 141, exits: [] },
    ]);
  });

  it('finds no validator where Parse Server runs none (the login hooks only read its rateLimit)', () => {
    expect(handlersIn(`Parse.Cloud.beforeLogin(() => {}, () => { ${THROW} });`)).toEqual([
      { hook: 'beforeLogin', kind: 'trigger', defaultCode: 141, exits: [] },
    ]);
    expect(handlersIn(`Parse.Cloud.job('j', () => {}, () => { ${THROW} });`)).toHaveLength(1);
  });

  it('finds the exits directly in the body only: not in nested functions, not in a try block that catches', () => {
    const code = `
Parse.Cloud.define('f', async (request) => {
  items.forEach(() => { throw { code: 1 }; });
  const helper = () => Promise.reject({ code: 2 });
  try {
    throw { code: 3 };
  } catch (error) {
    throw { code: 4 };
  } finally {
    if (request.x) throw { code: 5 };
  }
  try {
    throw { code: 6 };
  } finally {
    cleanUp();
  }
  Promise.reject({ code: 7 });
  if (request.y) return Promise.reject({ code: 8 });
  throw new Parse.Error(9001, 'x');
});
`;
    expect(handlersIn(code)).toEqual([
      {
        hook: 'define',
        kind: 'function',
        defaultCode: 141,
        exits: [
          'throw: { code: 4 }',
          'throw: { code: 5 }',
          'throw: { code: 6 }',
          'reject: { code: 8 }',
          "throw: new Parse.Error(9001, 'x')",
        ],
      },
    ]);
  });

  it('finds res.error only on the second parameter of a define function of length 2 or more', () => {
    const code = `
Parse.Cloud.define('a', (req, res) => {
  res.error({ code: 1 });
  res.status(409).error({ code: 2 });
  res.header('X-A', 'b').status(400).error({ code: 3 });
  req.error({ code: 4 });
  console.error({ code: 5 });
  other.error({ code: 6 });
});
Parse.Cloud.define('b', (req) => { res.error({ code: 7 }); });
Parse.Cloud.define('c', (req, res = {}) => { res.error({ code: 8 }); });
Parse.Cloud.beforeSave('Order', (req, res) => { res.error({ code: 9 }); });
Parse.Cloud.define('d', (req, res) => { [1].forEach(() => res.error({ code: 10 })); });
`;
    expect(handlersIn(code)).toEqual([
      {
        hook: 'define',
        kind: 'function',
        defaultCode: 141,
        exits: ['response-error: { code: 1 }', 'response-error: { code: 2 }', 'response-error: { code: 3 }'],
      },
      { hook: 'define', kind: 'function', defaultCode: 141, exits: [] },
      { hook: 'define', kind: 'function', defaultCode: 141, exits: [] },
      { hook: 'beforeSave', kind: 'trigger', defaultCode: 141, exits: [] },
      { hook: 'define', kind: 'function', defaultCode: 141, exits: [] },
    ]);
  });

  it("counts the parameters as Parse Server's length does, without TypeScript's this", () => {
    const code = `
Parse.Cloud.define('a', function (this: void, req: unknown, res: { error(e: unknown): void }) { res.error({ code: 1 }); });
Parse.Cloud.define('b', function (this: void, res: { error(e: unknown): void }) { res.error({ code: 2 }); });
`;
    expect(handlersIn(code, { typescript: true }).map(({ exits }) => exits)).toEqual([
      ['response-error: { code: 1 }'],
      [],
    ]);
  });

  it('finds registrations through the bindings of the SDK, not through other objects', () => {
    const code = `
import P from 'parse/node';
const { Cloud } = Parse;
P.Cloud.define('a', () => { ${THROW} });
Cloud.define('b', () => { ${THROW} });
Foo.Cloud.define('c', () => { ${THROW} });
Parse.define('d', () => { ${THROW} });
`;
    expect(handlersIn(code).map(({ hook }) => hook)).toEqual(['define']);
  });

  it('counts a Parse that is not declared as the Cloud Code global', () => {
    expect(handlersIn(`Parse.Cloud.define('f', () => { ${THROW} });`, { parseGlobal: false })).toHaveLength(1);
  });
});
