import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';

import { createRule, defineErrorCodeVisitor } from '../../src/utils/index.js';

interface FoundSite {
  kind: string;
  value: string;
  code: number;
  subject: string | undefined;
}

/** The sites the shared analysis finds in `code`, as the text of their value and subject. */
function sitesIn(code: string, sourceType: 'module' | 'script' = 'module'): FoundSite[] {
  const found: FoundSite[] = [];
  const collect = createRule<[], never>({
    name: 'collect',
    meta: { type: 'problem', docs: { description: 'Collect sites', recommended: false }, schema: [], messages: {} },
    create(context) {
      return defineErrorCodeVisitor(context, {
        onSite({ kind, value, subject }) {
          found.push({
            kind,
            value: context.sourceCode.getText(value.node),
            code: value.code,
            subject: subject && context.sourceCode.getText(subject),
          });
        },
      });
    },
  });
  const messages = new Linter().verify(code, {
    languageOptions: { sourceType },
    plugins: { test: { rules: { collect: collect as unknown as Rule.RuleModule } } },
    rules: { 'test/collect': 'error' },
  });
  expect(messages).toEqual([]);
  return found;
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
