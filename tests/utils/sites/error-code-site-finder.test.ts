import { describe, expect, it } from 'vitest';

import { analyse, type FoundSite, type SnippetOptions } from '../analyse.js';

/** The sites the shared analysis finds in `code`. */
function sitesIn(code: string, sourceType: 'module' | 'script' = 'module'): FoundSite[] {
  return analyse(code, { sourceType }).sites;
}

describe('error-code sites', () => {
  it.each([
    ['err.code === 101', { kind: 'comparison', value: '101', code: 101, subject: 'err.code' }],
    ['101 != err.code', { kind: 'comparison', value: '101', code: 101, subject: 'err.code' }],
    ['e?.code == -1', { kind: 'comparison', value: '-1', code: -1, subject: 'e?.code' }],
    ["e['code'] !== 209", { kind: 'comparison', value: '209', code: 209, subject: "e['code']" }],
    ['res.data.code === 141', { kind: 'comparison', value: '141', code: 141, subject: 'res.data.code' }],
    ['switch (e.code) { case 202: }', { kind: 'switch-case', value: '202', code: 202, subject: 'e.code' }],
    ['[209].includes(e.code)', { kind: 'membership', value: '209', code: 209, subject: 'e.code' }],
    ['[209].indexOf(e.code)', { kind: 'membership', value: '209', code: 209, subject: 'e.code' }],
    ['new Set([209]).has(e.code)', { kind: 'membership', value: '209', code: 209, subject: 'e.code' }],
    ['expect(e.code).toBe(209)', { kind: 'assertion', value: '209', code: 209, subject: 'e.code' }],
    ['expect(e.code).not.toEqual(209)', { kind: 'assertion', value: '209', code: 209, subject: 'e.code' }],
    ['expect(e.code).to.equal(209)', { kind: 'assertion', value: '209', code: 209, subject: 'e.code' }],
    ['e.code.should.equal(209)', { kind: 'assertion', value: '209', code: 209, subject: 'e.code' }],
    ['assert.equal(e.code, 209)', { kind: 'assertion', value: '209', code: 209, subject: 'e.code' }],
    [
      "import { strictEqual } from 'node:assert';\nstrictEqual(209, e.code)",
      { kind: 'assertion', value: '209', code: 209, subject: 'e.code' },
    ],
    ["new Parse.Error(119, 'x')", { kind: 'construction', value: '119', code: 119, subject: undefined }],
    ["throw { code: 119, message: 'x' }", { kind: 'error-object', value: '119', code: 119, subject: undefined }],
    ["({ error: 'x', code: -1 })", { kind: 'error-object', value: '-1', code: -1, subject: undefined }],
    ['const { code } = err;\nif (code === 101) {}', { kind: 'comparison', value: '101', code: 101, subject: 'code' }],
    ['const c = err.code;\nif (c === 101) {}', { kind: 'comparison', value: '101', code: 101, subject: 'c' }],
    [
      'try {} catch ({ code }) { if (code === 101) {} }',
      { kind: 'comparison', value: '101', code: 101, subject: 'code' },
    ],
  ])('%s', (code, expected) => {
    expect(sitesIn(code)).toEqual([expected]);
  });

  it.each([
    ['await expect(p).rejects.toMatchObject({ code: 209 })', '209'],
    ["expect(e).toMatchObject({ code: 209, message: 'x' })", '209'],
    ['expect(e).toEqual({ code: 209 })', '209'],
    ['expect(fn).toHaveBeenCalledWith(expect.objectContaining({ code: 141 }))', '141'],
    ['await expectAsync(p).toBeRejectedWith(jasmine.objectContaining({ code: 141 }))', '141'],
    ['expect(e).to.deep.include({ code: 101 })', '101'],
    ["expect(e).toHaveProperty('code', 119)", '119'],
    ["expect(e).to.have.property('code', 101)", '101'],
    ["e.should.have.property('code', 101)", '101'],
    ["assert.propertyVal(e, 'code', 101)", '101'],
    ['await assert.rejects(p, { code: 142 })', '142'],
    ['assert.throws(fn, { code: 137 })', '137'],
    ["import { rejects } from 'node:assert';\nawait rejects(p, { code: -1 })", '-1'],
    ['await t.throwsAsync(p, { code: 209 })', '209'],
  ])('finds the assertion in %s', (code, value) => {
    expect(sitesIn(`import Parse from 'parse/node';\n${code}`)).toEqual([
      { kind: 'assertion', value, code: Number(value), subject: undefined },
    ]);
  });

  it.each([
    ['await expect(run()).rejects.toMatchObject({ code: 1 })'],
    ["expect(result).toHaveProperty('code', 1)"],
    ['assert.rejects(p, { code: 1 })'],
  ])('finds no expected error in a file that never names Parse: %s', (code) => {
    expect(sitesIn(code)).toEqual([]);
  });

  it.each([
    ['expect(await cli.run()).toMatchObject({ code: 1, stdout: "" })'],
    ['expect(child).toMatchObject({ code: 1, signal: null })'],
  ])('finds no expected error in a process result: %s', (code) => {
    expect(sitesIn(`import Parse from 'parse/node';\n${code}`)).toEqual([]);
  });

  it.each([
    ["const error = new Error('x');\nerror.code = 400;\nthrow error;", 'error-object', '400'],
    ["let error = Error('x');\nerror.code = 4001;", 'error-object', '4001'],
    ["const err = new Error('x');\nerr.status = 404;\nerr.code = 404;", 'response-body', '404'],
    ["throw Object.assign(new Error('x'), { code: 4001 })", 'error-object', '4001'],
    ["const error = new Error('x');\nObject.assign(error, { code: 4001, message: 'y' })", 'error-object', '4001'],
    ["Object.assign(new Error('x'), { code: 404, status: 404 })", 'response-body', '404'],
    ['error.code = 101', 'assignment', '101'],
    ["const error = new AppError('x');\nerror.code = 101", 'assignment', '101'],
    ["class Error {}\nconst error = new Error('x');\nerror.code = 101", 'assignment', '101'],
  ])('finds the code given to an error in %s', (code, kind, value) => {
    expect(
      sitesIn(`import Parse from 'parse/node';\n${code}`).map(({ kind: found, value: text }) => [found, text]),
    ).toEqual([[kind, value]]);
  });

  it('takes a code given to an Error outside Parse code for an assignment, or nothing', () => {
    expect(sitesIn("const error = new Error('x');\nerror.code = 404;").map(({ kind }) => kind)).toEqual(['assignment']);
    expect(sitesIn("throw Object.assign(new Error('x'), { code: 404 })")).toEqual([]);
  });

  it('finds the code of a legacy response.error in the handler and where the response is passed', () => {
    const code = `Parse.Cloud.define('f', (request, response) => {
  response.error(209, 'x');
  fail(request, response);
});
Parse.Cloud.beforeDelete('Order', function (request, response) {
  const NOT_FOUND = 101;
  response.error(NOT_FOUND, 'x');
});
function fail(request, reply) {
  reply.error(142, 'x');
}`;
    expect(sitesIn(code, 'script').map(({ kind, value }) => [kind, value])).toEqual([
      ['construction', '209'],
      ['construction', 'NOT_FOUND'],
      ['construction', '142'],
    ]);
  });

  it('finds SDK constants and named numbers in expected objects', () => {
    expect(
      sitesIn("import Parse from 'parse/node';\nexpect(e).toMatchObject({ code: Parse.Error.OBJECT_NOT_FOUND })"),
    ).toEqual([{ kind: 'assertion', value: 'Parse.Error.OBJECT_NOT_FOUND', code: 101, subject: undefined }]);
    expect(
      sitesIn("import Parse from 'parse/node';\nconst NOT_FOUND = 101;\nexpect(e).toMatchObject({ code: NOT_FOUND })"),
    ).toEqual([{ kind: 'assertion', value: 'NOT_FOUND', code: 101, subject: undefined }]);
  });

  it('finds SDK constants at the same positions as numbers', () => {
    expect(sitesIn("import Parse from 'parse/node';\nif (e.code === Parse.Error.OBJECT_NOT_FOUND) {}")).toEqual([
      { kind: 'comparison', value: 'Parse.Error.OBJECT_NOT_FOUND', code: 101, subject: 'e.code' },
    ]);
    expect(sitesIn("import Parse from 'parse/node';\nthrow new Parse.Error(Parse.Error.SCRIPT_FAILED, 'x');")).toEqual([
      { kind: 'construction', value: 'Parse.Error.SCRIPT_FAILED', code: 141, subject: undefined },
    ]);
  });

  it('resolves a numeric const written as a construction code', () => {
    expect(sitesIn("const OUT_OF_STOCK = 9001;\nthrow new Parse.Error(OUT_OF_STOCK, 'x');")).toEqual([
      { kind: 'construction', value: 'OUT_OF_STOCK', code: 9001, subject: undefined },
    ]);
  });

  it.each([
    ["process.on('exit', (code) => code === 1)"],
    ['function f(code) { return code === 101; }'],
    ['let { code } = err;\ncode = 1;\nif (code === 101) {}'],
    ['if (status === 101) {}'],
    ['if ([101].some((c) => c === status)) {}'],
    ['expect(list).toHaveLength(101)'],
    ['function equal(a, b) {}\nequal(e.code, 101)'],
    ["throw new Error(101, 'x')"],
    ['collection.createIndex({ code: 1 })'],
    ['db.collection.find({ code: 1 })'],
    ['Object.assign(options, { code: 1 })'],
    ['expect(e).toMatchObject(pattern({ code: 1 }))'],
    ["expect(e).toHaveProperty('status', 101)"],
    ["map.set('code', 101)"],
    ['assert.throws(fn, { status: 101 })'],
    ["res.json({ code: 200, message: 'ok', data })"],
    ['const next = err.code + 101'],
  ])('finds no site in %s', (code) => {
    expect(sitesIn(code)).toEqual([]);
  });

  it('reads CommonJS scripts too', () => {
    expect(sitesIn("var Parse = require('parse/node');\nif (e.code === 209) {}", 'script')).toEqual([
      { kind: 'comparison', value: '209', code: 209, subject: 'e.code' },
    ]);
  });
});

/** `kind` at `value` (the code it writes), testing `subject`. */
function site(kind: string, value: string, code: number, subject?: string): FoundSite {
  return { kind, value, code, subject };
}

/** The snippets are parsed by typescript-eslint, as the rules' tests parse theirs. */
const TS: SnippetOptions = { filename: 'file.ts' };
const P = "import Parse from 'parse/node';\n";

describe('where a number is an error code, and where it is not', () => {
  it.each([
    // Exit codes, character codes: plain variables merely named `code`.
    "process.on('close', (code) => code === 1);",
    'const code = s.charCodeAt(i);\nif (code === 160) {}',
    'function isCancelled(code) {\n  return code === 101;\n}',
    'let { code } = err;\ncode = normalize(code);\nif (code === 101) {}',
    // A Mongo index spec and other `code` keys without an error message beside them.
    'collection.createIndex({ code: 1 });',
    "obj.set('code', 1);",
    'const payload = { code: 101, status: 400 };',
    // A response envelope: its code is the API's status, not a Parse error.
    "res.json({ code: 200, message: 'success', data: orders });",
    // HTTP statuses, arithmetic, indices, timeouts.
    'res.status(404);',
    'if (response.status === 400) {}',
    'const next = err.code + 101;',
    'const item = list[101];',
    'setTimeout(retry, 101);',
    // Not an error code on the other side.
    'switch (status) {\n  case 101:\n}',
    'if ([101, 209].includes(status)) {}',
    'if (new Set([101]).has(status)) {}',
    'if ([101].some((c) => c === e.code)) {}',
    'expect(status).toBe(101);',
    'expect(list).toHaveLength(101);',
    'assert.equal(result.length, 101);',
    // `equal` that is not node's assert.
    'function equal(a, b) {\n  return a === b;\n}\nequal(error.code, -1);',
    // Not the SDK's error class.
    'throw new Error(101);',
    "throw new Foo.Error(101, 'x');",
    "class ParseError extends Error {}\nthrow new ParseError(101, 'x');",
    // Strings and bigints are not the number.
    "if (err.code === '101') {}",
    'if (err.code === 101n) {}',
    // Assignments that set no error's code.
    'err.code += 101;',
    'let code;\ncode = 101;',
    'err.status = 101;',
    // Success results: code 200 (HTTP's OK) with a message, neither thrown nor rejected.
    "function copy() {\n  return { code: 200, message: 'Tasks copied successfully.' };\n}",
    "res.status(200).json({ code: 200, message: 'OK' });",
    "const saved = { code: 200, message: 'Saved.' };",
  ])('finds no site in %s', (code) => {
    expect(analyse(code, TS).sites).toEqual([]);
  });

  it.each<[string, FoundSite[]]>([
    // Sites whose number is not a Parse code, or whose code is named: the rules decide.
    ['if (err.code === 11000) {}', [site('comparison', '11000', 11000, 'err.code')]],
    ['if (err.code === 4242) {}', [site('comparison', '4242', 4242, 'err.code')]],
    [
      P + 'if (err.code === Parse.Error.OBJECT_NOT_FOUND) {}',
      [site('comparison', 'Parse.Error.OBJECT_NOT_FOUND', 101, 'err.code')],
    ],
    [
      P + "throw new Parse.Error(Parse.Error.SCRIPT_FAILED, 'x');",
      [site('construction', 'Parse.Error.SCRIPT_FAILED', 141)],
    ],
    [P + "const NOT_FOUND = 101;\nthrow new Parse.Error(NOT_FOUND, 'x');", [site('construction', 'NOT_FOUND', 101)]],
    // Comparisons: either order, optional chaining, computed keys, nested members.
    [P + 'if (119 === err.code) {}', [site('comparison', '119', 119, 'err.code')]],
    [P + 'if (e?.code !== 209) {}', [site('comparison', '209', 209, 'e?.code')]],
    [P + "if (e['code'] == 209) {}", [site('comparison', '209', 209, "e['code']")]],
    [P + 'if (res.data.code != 142) {}', [site('comparison', '142', 142, 'res.data.code')]],
    [P + 'if (e.errors[0].code === 137) {}', [site('comparison', '137', 137, 'e.errors[0].code')]],
    // Names that hold a code: destructured, from a catch clause or a parameter, a const copy.
    [P + 'const { code } = err;\nif (code === 202) {}', [site('comparison', '202', 202, 'code')]],
    [P + 'try { run(); } catch ({ code }) { if (code === 209) {} }', [site('comparison', '209', 209, 'code')]],
    [P + 'const { code, error } = JSON.parse(body);\nif (code === 119) {}', [site('comparison', '119', 119, 'code')]],
    [
      P + 'const { code: errorCode = 0 } = err;\nif (errorCode === 119) {}',
      [site('comparison', '119', 119, 'errorCode')],
    ],
    [P + 'promise.catch(({ code }) => code === 209);', [site('comparison', '209', 209, 'code')]],
    [P + 'const code = error.code;\nif (code === 209) {}', [site('comparison', '209', 209, 'code')]],
    // Membership, error objects, assertions (jest, chai, node's assert).
    [
      P + 'if (new Set([119, 209]).has(e.code)) {}',
      [site('membership', '119', 119, 'e.code'), site('membership', '209', 209, 'e.code')],
    ],
    [
      P +
        "function f(message) {\n  throw { code: 142, message };\n}\nPromise.reject({ error: 'bad', code: 209 });\nres.json({ code: 119, error: 'x' });\nconst errors = [{ code: 123, message: 'Oops.' }];\nconst nested = { result: { code: 119, error: 'no' } };",
      [
        site('error-object', '142', 142),
        site('error-object', '209', 209),
        site('response-body', '119', 119),
        site('error-object', '123', 123),
        site('error-object', '119', 119),
      ],
    ],
    [
      P +
        'expect(e.code).toBe(209);\nexpect(e.code).toEqual(119);\nexpect(e.code).toStrictEqual(142);\nexpect(e.code).not.toBe(202);',
      [
        site('assertion', '209', 209, 'e.code'),
        site('assertion', '119', 119, 'e.code'),
        site('assertion', '142', 142, 'e.code'),
        site('assertion', '202', 202, 'e.code'),
      ],
    ],
    [
      P +
        'expect(x.code).to.equal(119);\nexpect(x.code).to.eq(209);\nexpect(x.code).to.eql(142);\nexpect(x.code).to.not.equal(202);',
      [
        site('assertion', '119', 119, 'x.code'),
        site('assertion', '209', 209, 'x.code'),
        site('assertion', '142', 142, 'x.code'),
        site('assertion', '202', 202, 'x.code'),
      ],
    ],
    [
      "import assert from 'node:assert';\nimport Parse from 'parse/node';\nassert.equal(x.code, 119);\nassert.strictEqual(209, x.code);\nassert.deepEqual(x.code, 142);",
      [
        site('assertion', '119', 119, 'x.code'),
        site('assertion', '209', 209, 'x.code'),
        site('assertion', '142', 142, 'x.code'),
      ],
    ],
    [
      "import { equal } from 'node:assert/strict';\nimport Parse from 'parse/node';\nequal(error.code, -1);",
      [site('assertion', '-1', -1, 'error.code')],
    ],
    // TypeScript wrappers around the subject.
    [P + 'if ((e as Parse.Error).code === 119) {}', [site('comparison', '119', 119, '(e as Parse.Error).code')]],
    [P + 'if (e.code! === 119) {}', [site('comparison', '119', 119, 'e.code!')]],
    // An assignment to an error's code, as tests mock a Parse error; on a variable that holds a
    // `new Error`, it is the code of a plain error (issue #21).
    [
      P + "const error = new Error('Invalid username/password');\nerror.code = 101;\nerr.code = 209;",
      [site('error-object', '101', 101, 'error.code'), site('assignment', '209', 209, 'err.code')],
    ],
    // A thrown or rejected code 200 is an error, not a success result; so is one beside an `error` key.
    [
      P +
        "function check(reject, message) {\n  if (!message) throw { code: 200, message: 'Username missing.' };\n  reject({ code: 200, message });\n  return Promise.reject({ code: 200, message });\n}",
      [site('error-object', '200', 200), site('error-object', '200', 200), site('error-object', '200', 200)],
    ],
    [
      P + "res.json({ code: 200, error: 'Username missing.' });\nif (res.code === 200) {}",
      [site('response-body', '200', 200), site('comparison', '200', 200, 'res.code')],
    ],
  ])('%s', (code, expected) => {
    expect(analyse(code, TS).sites).toEqual(expected);
  });
});

describe('Parse.Error members and constructions', () => {
  it('finds every code-like static member, known or not, read or written, through the SDK or a name', () => {
    const code = `${P}Parse.Error.OBJECT_NOTFOUND;\nParse.Error.MY_APP_CODE = 9001;\nfunction f(Parse) {\n  return Parse.Error.OBJECT_NOT_FOUND;\n}`;
    expect(analyse(code).members).toEqual([
      {
        text: 'Parse.Error.OBJECT_NOTFOUND',
        name: 'OBJECT_NOTFOUND',
        known: false,
        isAssignmentTarget: false,
        resolvesToSdk: true,
      },
      {
        text: 'Parse.Error.MY_APP_CODE',
        name: 'MY_APP_CODE',
        known: false,
        isAssignmentTarget: true,
        resolvesToSdk: true,
      },
      {
        text: 'Parse.Error.OBJECT_NOT_FOUND',
        name: 'OBJECT_NOT_FOUND',
        known: true,
        isAssignmentTarget: false,
        resolvesToSdk: false,
      },
    ]);
  });

  it('finds every new Parse.Error, whatever its arguments', () => {
    const code = `${P}new Parse.Error();\nnew Parse.Error('Not found.', 101);\nnew Error(101);`;
    expect(analyse(code).constructions).toEqual([
      { code: undefined, message: undefined },
      { code: "'Not found.'", message: '101' },
    ]);
  });
});
