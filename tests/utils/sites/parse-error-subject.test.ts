// Whose error a site tests: other libraries' errors, values a call resolved with and LiveQuery's
// messages are no Parse sites; caught errors, handler parameters and thrown objects stay ones.
import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';

import { createRule, defineErrorCodeVisitor } from '../../../src/utils/index.js';

/** The text of each site's value the shared analysis finds in `code`. */
function siteValuesIn(code: string): string[] {
  const found: string[] = [];
  const collect = createRule<[], never>({
    name: 'collect',
    meta: { type: 'problem', docs: { description: 'Collect sites', recommended: false }, schema: [], messages: {} },
    create(context) {
      return defineErrorCodeVisitor(context, {
        onSite({ value }) {
          found.push(context.sourceCode.getText(value.node));
        },
      });
    },
  });
  const messages = new Linter().verify(code, {
    languageOptions: { sourceType: 'module' },
    plugins: { test: { rules: { collect: collect as unknown as Rule.RuleModule } } },
    rules: { 'test/collect': 'error' },
  });
  expect(messages).toEqual([]);
  return found;
}

describe('sites of values that are no Parse error', () => {
  it.each([
    ['narrowed by instanceof, &&', 'if (err instanceof MongoServerError && err.code === 112) {}'],
    ['narrowed by instanceof, if', 'if (err instanceof MongoServerError) {\n  if (err.code === 112) {}\n}'],
    ['narrowed by instanceof, conditional', 'const x = e instanceof AxiosError ? e.code === 100 : false;'],
    ['narrowed by instanceof, among conjuncts', 'if (ok && err instanceof Foo && err.code === 101) {}'],
    [
      'destructured copy of a narrowed value',
      'if (err instanceof Foo) {\n  const { code } = err;\n  if (code === 101) {}\n}',
    ],
    ['a parsed JSON body compared with 200', 'const jsonData = await res.json();\nif (jsonData.code !== 200) {}'],
    ['an awaited body inline', 'if ((await res.json()).code === 200) {}'],
    ['a success result', "const result = await Parse.Cloud.run('pay');\nif (result.code === 200) {}"],
    ['a member of a call result', 'const response = await axios.get(url);\nif (response.data.code === 201) {}'],
    ['a code copied from a call result', 'const { code } = await res.json();\nif (code === 200) {}'],
    ['a LiveQuery message', "if (message.op === 'error' && message.code === 2) {}"],
    [
      'a LiveQuery message, switch',
      "if (msg.op === 'error') {\n  switch (msg.code) {\n    case 1:\n    case 3:\n  }\n}",
    ],
    [
      'a LiveQuery error object',
      "ws.send(JSON.stringify({ op: 'error', code: 4, error: 'Key in request is not valid' }));",
    ],
  ])('%s', (_, code) => {
    expect(siteValuesIn(code)).toEqual([]);
  });
});

describe('sites that stay Parse errors', () => {
  it.each([
    ['narrowed by instanceof Parse.Error', 'if (err instanceof Parse.Error && err.code === 112) {}', ['112']],
    ['the instanceof test of another value', 'if (other instanceof Foo && err.code === 101) {}', ['101']],
    ['instanceof in an || chain', 'if (err instanceof Foo || err.code === 101) {}', ['101']],
    ['the alternate of an instanceof test', 'if (err instanceof Foo) {} else if (err.code === 101) {}', ['101']],
    ['a caught error compared with 200', 'try {} catch (err) {\n  if (err.code === 200) {}\n}', ['200']],
    ['a rejection handler parameter', 'p.catch((e) => e.code === 200);', ['200']],
    ['a call result compared with an error code', 'const body = await res.json();\nif (body.code === 101) {}', ['101']],
    ['a reassigned variable', 'let result = await f();\nresult = error;\nif (result.code === 200) {}', ['200']],
    ['a new object', 'const e = new Parse.Error(200, "x");\nif (e.code === 200) {}', ['200', '200']],
    ['a Parse code in a LiveQuery message', "if (message.op === 'error' && message.code === 209) {}", ['209']],
    ['a thrown object with op', "throw { op: 'save', code: 101, error: 'x' };", ['101']],
    [
      "a LiveQuery message's Parse code",
      "ws.send({ op: 'error', code: 209, error: 'Invalid session token' });",
      ['209'],
    ],
  ])('%s', (_, code, values) => {
    expect(siteValuesIn(code)).toEqual(values);
  });
});

describe('copies of .code', () => {
  it.each([
    ['conditional', 'const code = error.response ? error.response.code : error.code;\nif (code === 101) {}'],
    ['nullish', 'const code = err.code ?? err.response?.data?.code;\nif (code === 101) {}'],
    ['or', 'const code = err.code || err.original.code;\nswitch (code) {\n  case 101:\n}'],
  ])('%s', (_, code) => {
    expect(siteValuesIn(code)).toEqual(['101']);
  });

  it.each([
    ['a fallback that is no code', 'const code = err.code ?? fallback;\nif (code === 101) {}'],
    ['an && chain', 'const code = err && err.code;\nif (code === 101) {}'],
  ])('not: %s', (_, code) => {
    expect(siteValuesIn(code)).toEqual([]);
  });
});
