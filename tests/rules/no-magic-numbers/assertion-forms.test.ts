// Assertions that test an error's code without reading `.code`: expected objects (`toMatchObject`,
// `objectContaining`, `assert.rejects`) and property assertions (`toHaveProperty('code', 119)`).
import rule from '../../../src/rules/no-magic-numbers.js';
import { ruleTester } from '../../rule-tester.js';

ruleTester.run('no-magic-numbers assertion forms', rule, {
  valid: [
    // A one-key `{ code }` object elsewhere is data: a MongoDB index spec, a query.
    'collection.createIndex({ code: 1 });',
    'db.items.find({ code: 101 });',
    'save({ code: 101 });',
    // Another property, or the code of something else.
    "expect(res).toHaveProperty('status', 101);",
    "expect(res).toHaveProperty('code');",
    'assert.throws(fn, { errno: 101 });',
    "expect(e).toMatchObject({ code: 'ENOENT' });",
    // Not an assertion: `objectContaining` of another object, `property` with no `expect` chain.
    'matcher.objectContaining({ code: 101 });',
    "builder.property('code', 101);",
    // A file that never names Parse: there `{ code: 1 }` is a process's exit code.
    'await expect(runCli([])).rejects.toMatchObject({ code: 1 });',
    "expect(result).toHaveProperty('code', 1);",
    // A process's result beside the code.
    "import Parse from 'parse/node';\nexpect(await run()).toMatchObject({ code: 1, stdout: '' });",
    "import Parse from 'parse/node';\nexpect(child).toMatchObject({ code: 1, signal: null });",
    // Codes that are not Parse's.
    'expect(e).toMatchObject({ code: 11000 });',
    {
      code: "expect(e).toMatchObject({ code: 209 });\nexpect(e).toHaveProperty('code', 119);\nassert.rejects(p, { code: 142 });",
      options: [{ assertions: false }],
    },
  ],
  invalid: [
    {
      // expected objects and property assertions, each form
      code: `import Parse from 'parse/node';
await expect(p).rejects.toMatchObject({ code: 209 });
expect(e).toMatchObject({ code: 209, message: 'x' });
expect(fn).toHaveBeenCalledWith(expect.objectContaining({ code: 141 }));
await expectAsync(p).toBeRejectedWith(jasmine.objectContaining({ code: 141 }));
expect(e).toHaveProperty('code', 119);
expect(e).to.have.property('code', 101);
e.should.have.property('code', 101);
assert.propertyVal(e, 'code', 101);
await assert.rejects(p, { code: 142 });
assert.throws(fn, { code: 137 });
await t.throwsAsync(p, { code: 209 });
`,
      output: `import Parse from 'parse/node';
await expect(p).rejects.toMatchObject({ code: Parse.Error.INVALID_SESSION_TOKEN });
expect(e).toMatchObject({ code: Parse.Error.INVALID_SESSION_TOKEN, message: 'x' });
expect(fn).toHaveBeenCalledWith(expect.objectContaining({ code: Parse.Error.SCRIPT_FAILED }));
await expectAsync(p).toBeRejectedWith(jasmine.objectContaining({ code: Parse.Error.SCRIPT_FAILED }));
expect(e).toHaveProperty('code', Parse.Error.OPERATION_FORBIDDEN);
expect(e).to.have.property('code', Parse.Error.OBJECT_NOT_FOUND);
e.should.have.property('code', Parse.Error.OBJECT_NOT_FOUND);
assert.propertyVal(e, 'code', Parse.Error.OBJECT_NOT_FOUND);
await assert.rejects(p, { code: Parse.Error.VALIDATION_ERROR });
assert.throws(fn, { code: Parse.Error.DUPLICATE_VALUE });
await t.throwsAsync(p, { code: Parse.Error.INVALID_SESSION_TOKEN });
`,
      errors: [
        {
          messageId: 'magicCode',
          data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
          line: 2,
          column: 47,
          endLine: 2,
          endColumn: 50,
        },
        {
          messageId: 'magicCode',
          data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
          line: 3,
          column: 33,
          endLine: 3,
          endColumn: 36,
        },
        {
          messageId: 'magicSharedCode',
          data: {
            code: '141',
            meanings: 'Cloud Code script failed and 3 more',
            replacement: 'Parse.Error.SCRIPT_FAILED',
            every: 'all of them',
          },
          line: 4,
          column: 65,
          endLine: 4,
          endColumn: 68,
        },
        {
          messageId: 'magicSharedCode',
          data: {
            code: '141',
            meanings: 'Cloud Code script failed and 3 more',
            replacement: 'Parse.Error.SCRIPT_FAILED',
            every: 'all of them',
          },
          line: 5,
          column: 72,
          endLine: 5,
          endColumn: 75,
        },
        {
          messageId: 'magicCode',
          data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' },
          line: 6,
          column: 34,
          endLine: 6,
          endColumn: 37,
        },
        {
          messageId: 'magicSharedCode',
          data: {
            code: '101',
            meanings: 'object not found and 2 more',
            replacement: 'Parse.Error.OBJECT_NOT_FOUND',
            every: 'all of them',
          },
          line: 7,
          column: 36,
          endLine: 7,
          endColumn: 39,
        },
        {
          messageId: 'magicSharedCode',
          data: {
            code: '101',
            meanings: 'object not found and 2 more',
            replacement: 'Parse.Error.OBJECT_NOT_FOUND',
            every: 'all of them',
          },
          line: 8,
          column: 32,
          endLine: 8,
          endColumn: 35,
        },
        {
          messageId: 'magicSharedCode',
          data: {
            code: '101',
            meanings: 'object not found and 2 more',
            replacement: 'Parse.Error.OBJECT_NOT_FOUND',
            every: 'all of them',
          },
          line: 9,
          column: 31,
          endLine: 9,
          endColumn: 34,
        },
        {
          messageId: 'magicCode',
          data: { code: '142', meanings: 'Cloud Code validation failed', replacement: 'Parse.Error.VALIDATION_ERROR' },
          line: 10,
          column: 33,
          endLine: 10,
          endColumn: 36,
        },
        {
          messageId: 'magicCode',
          data: { code: '137', meanings: 'duplicate value', replacement: 'Parse.Error.DUPLICATE_VALUE' },
          line: 11,
          column: 27,
          endLine: 11,
          endColumn: 30,
        },
        {
          messageId: 'magicCode',
          data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
          line: 12,
          column: 32,
          endLine: 12,
          endColumn: 35,
        },
      ],
    },

    {
      // an imported rejects, chai include; a constant is no report
      code: `import Parse from 'parse/node';
import { rejects } from 'node:assert/strict';
await rejects(p, { code: -1 });
expect(e).to.deep.include({ code: 119, message: 'x' });
expect(e).toStrictEqual({ code: Parse.Error.OPERATION_FORBIDDEN });
`,
      output: `import Parse from 'parse/node';
import { rejects } from 'node:assert/strict';
await rejects(p, { code: Parse.Error.OTHER_CAUSE });
expect(e).to.deep.include({ code: Parse.Error.OPERATION_FORBIDDEN, message: 'x' });
expect(e).toStrictEqual({ code: Parse.Error.OPERATION_FORBIDDEN });
`,
      errors: [
        {
          messageId: 'magicCode',
          data: { code: '-1', meanings: 'other cause', replacement: 'Parse.Error.OTHER_CAUSE' },
          line: 3,
          column: 26,
          endLine: 3,
          endColumn: 28,
        },
        {
          messageId: 'magicCode',
          data: { code: '119', meanings: 'operation forbidden', replacement: 'Parse.Error.OPERATION_FORBIDDEN' },
          line: 4,
          column: 35,
          endLine: 4,
          endColumn: 38,
        },
      ],
    },
  ],
});
