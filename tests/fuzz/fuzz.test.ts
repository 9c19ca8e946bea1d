import type { Rule } from 'eslint';
import { describe, expect, it } from 'vitest';

import {
  FixChecker,
  KNOWN_ISSUES,
  knownIssueOf,
  runFuzz,
  silentRulesMessage,
  type FailureKind,
  type PluginUnderTest,
} from '../../scripts/fuzz/index.js';
import { generateProgram, programSeedOf } from '../../scripts/fuzz-programs.js';
import { errorCodes } from '../../src/data/index.js';
import plugin from '../../src/index.js';

const CODES = [...new Set(errorCodes.map((entry) => entry.code))];
/** Fixed, so that a failure here replays with `npm run fuzz -- --count 400 --seed 20240607`. */
const SEED = 20_240_607;
const COUNT = 400;

describe('fuzzing every rule with random and templated programs', () => {
  it(`runs ${COUNT} seeded programs without a crash, an unparsable fix, a changed value or an unsafe binding`, () => {
    const summary = runFuzz({ plugin, codes: CODES, count: COUNT, seed: SEED });
    const failures = summary.failures.map(({ program, failures: found }) => ({
      seed: program.seed,
      kind: program.kind,
      failures: found.map((failure) => `${failure.kind}: ${failure.detail}`),
    }));
    expect(failures).toEqual([]);
    expect(summary.programs).toBe(COUNT);
    // The generator must reach every rule and produce fixes, or the run proves nothing.
    const silent = summary.counts.silent(Object.keys(plugin.rules).map((ruleName) => `parse-error-codes/${ruleName}`));
    expect(silent, silentRulesMessage(silent, COUNT)).toEqual([]);
    expect(summary.counts.fixes.get('parse-error-codes/no-magic-numbers') ?? 0).toBeGreaterThan(100);
    expect(summary.unparsable).toBeLessThan(COUNT / 4);
  }, 60_000);
});

/** Wrong fixes the fuzzer found: fixed ones stay fixed; known ones (KNOWN_ISSUES) are still made. */
describe('wrong fixes found by the fuzzer', () => {
  const check = (text: string): readonly string[] =>
    new FixChecker(plugin)
      .check({ text, filename: 'found.js', sourceType: 'commonjs' })
      .failures.map((failure) => `${failure.kind}: ${failure.detail}`);

  it('does not fix through an alias read before its target var is initialized', () => {
    expect(check("const P = Parse;\nif (e.code === 101) {}\nvar Parse = require('parse/node');\n")).toEqual([]);
  });

  it('does not fix through a var that a branch may skip', () => {
    expect(check("if (ready) {\n  var Parse = require('parse/node');\n}\nif (e.code === 101) {}\n")).toEqual([]);
  });

  it('does not fix through an undeclared Parse the file only assigns', () => {
    expect(check("Parse = require('papaparse');\nfunction f(e) {\n  return e.code === 101;\n}\n")).toEqual([]);
  });

  it('does not fix in a function the file calls before the binding the fix reads is initialized', () => {
    expect(
      check("f({ code: 1 });\nconst Parse = require('parse/node');\nfunction f(e) {\n  return e.code === 101;\n}\n"),
    ).toEqual([]);
  });

  for (const issue of KNOWN_ISSUES) {
    it.fails(`known issue ${issue.id} (remove it from KNOWN_ISSUES once this fails)`, () => {
      const found = new FixChecker(plugin).check({
        text: issue.reproduction,
        filename: 'known.js',
        sourceType: 'commonjs',
      });
      expect(found.failures.map((failure) => knownIssueOf(failure)?.id)).not.toContain(issue.id);
    });
  }
});

/** A stand-in for the plugin whose one rule fixes every numeric literal as `replace` says. */
function pluginFixing(replace: (value: number) => string | undefined): PluginUnderTest {
  const rule: Rule.RuleModule = {
    meta: { type: 'suggestion', fixable: 'code', schema: [] },
    create(context) {
      return {
        Literal(node) {
          if (typeof node.value !== 'number') return;
          const negated = node.parent.type === 'UnaryExpression' && node.parent.operator === '-';
          const target = negated ? node.parent : node;
          const text = replace(negated ? -node.value : node.value);
          if (text === undefined) throw new Error(`cannot replace ${node.value}`);
          context.report({ node: target, message: 'magic', fix: (fixer) => fixer.replaceText(target, text) });
        },
      };
    },
  };
  return {
    configs: {
      all: {
        plugins: { 'parse-error-codes': { rules: { 'no-magic-numbers': rule } } },
        rules: { 'parse-error-codes/no-magic-numbers': 'error' },
      },
    },
  };
}

const RIGHT_CONSTANTS = new Map([
  [101, 'OBJECT_NOT_FOUND'],
  [143, 'INVALID_IMAGE_DATA'],
  [-1, 'OTHER_CAUSE'],
]);

function failureKinds(checked: PluginUnderTest, text: string, filename = 'file.js'): FailureKind[] {
  const check = new FixChecker(checked).check({ text, filename, sourceType: 'module' });
  return [...new Set(check.failures.map((failure) => failure.kind))].sort();
}

describe('the fuzz checks catch wrong fixes', () => {
  const right = pluginFixing((value) => `Parse.Error.${RIGHT_CONSTANTS.get(value) ?? 'X'}`);

  it('accepts a right fix', () => {
    expect(failureKinds(right, "import Parse from 'parse/node';\nif (e.code === 101 || e.code === -1) {}\n")).toEqual(
      [],
    );
  });

  it('reports a constant with another value', () => {
    expect(
      failureKinds(
        pluginFixing(() => 'Parse.Error.INVALID_QUERY'),
        "Parse.initialize('app');\nif (e.code === 101) {}\n",
      ),
    ).toEqual(['value-changed']);
  });

  it('reports a replaced 143', () => {
    expect(failureKinds(right, "Parse.initialize('app');\nif (e.code === 143) {}\n")).toEqual(['replaced-143']);
  });

  it('reports a replacement through a shadowed, late or reassigned binding', () => {
    expect(failureKinds(right, 'function f(Parse, e) { return e.code === 101; }\n')).toEqual(['unsafe-binding']);
    expect(failureKinds(right, "if (e.code === 101) {}\nconst Parse = require('parse/node');\n")).toEqual([
      'unsafe-binding',
    ]);
    expect(failureKinds(right, "let Parse = require('parse/node');\nParse = {};\nif (e.code === 101) {}\n")).toEqual([
      'unsafe-binding',
    ]);
    expect(failureKinds(right, "import type Parse from 'parse/node';\nif (e.code === 101) {}\n", 'file.ts')).toEqual([
      'unsafe-binding',
    ]);
  });

  it('reports a suggestion of any rule that does not parse', () => {
    const rule: Rule.RuleModule = {
      meta: { type: 'problem', hasSuggestions: true, schema: [] },
      create: (context) => ({
        Literal(node) {
          context.report({
            node,
            message: 'x',
            suggest: [{ desc: 'broken', fix: (fixer) => fixer.replaceText(node, '101 +') }],
          });
        },
      }),
    };
    const checked: PluginUnderTest = {
      configs: {
        all: {
          plugins: { 'parse-error-codes': { rules: { 'other-rule': rule } } },
          rules: { 'parse-error-codes/other-rule': 'error' },
        },
      },
    };
    expect(failureKinds(checked, 'if (e.code === 101) {}\n')).toEqual(['unparsable-suggestion']);
  });

  it('reports a fix that does not parse, a crash, and fixes that never end', () => {
    expect(
      failureKinds(
        pluginFixing(() => 'Parse.Error.'),
        'if (e.code === 101) {}\n',
      ),
    ).toContain('unparsable-fix');
    expect(
      failureKinds(
        pluginFixing(() => undefined),
        'if (e.code === 101) {}\n',
      ),
    ).toEqual(['crash']);
    expect(
      failureKinds(
        pluginFixing((value) => `(${value} + 1)`),
        'if (e.code === 101) {}\n',
      ),
    ).toEqual(['no-convergence', 'unexpected-fix']);
  });
});

/** A stand-in for the plugin whose one rule suggests `replace(node)` for every `-1` and plain object. */
function pluginSuggesting(replace: (text: string) => string): PluginUnderTest {
  const rule: Rule.RuleModule = {
    meta: { type: 'problem', hasSuggestions: true, schema: [] },
    create(context) {
      const report = (node: Rule.Node): void => {
        const text = replace(context.sourceCode.getText(node));
        context.report({
          node,
          message: 'x',
          suggest: [{ desc: 'replace', fix: (fixer) => fixer.replaceText(node, text) }],
        });
      };
      return {
        UnaryExpression(node) {
          if (node.operator === '-') report(node);
        },
        ObjectExpression: report,
      };
    },
  };
  return {
    configs: {
      all: {
        plugins: { 'parse-error-codes': { rules: { 'other-rule': rule } } },
        rules: { 'parse-error-codes/other-rule': 'error' },
      },
    },
  };
}

function failureDetails(checked: PluginUnderTest, text: string, filename = 'file.js'): string[] {
  return new FixChecker(checked)
    .check({ text, filename, sourceType: 'module' })
    .failures.map((failure) => `${failure.kind}: ${failure.detail}`);
}

describe('the fuzz checks catch the wrong fixes of issue #22', () => {
  const right = pluginFixing((value) => `Parse.Error.${RIGHT_CONSTANTS.get(value) ?? 'X'}`);
  const IMPORT = "import Parse from 'parse/node';\n";

  it('reports a constant glued to the keyword before it', () => {
    expect(failureKinds(right, `${IMPORT}switch (e.code) { case-1: }\n`)).toEqual(['unparsable-fix']);
    // `returnParse.Error.OTHER_CAUSE===e.code` parses, and reads an undeclared `returnParse`
    expect(failureKinds(right, `${IMPORT}function f(e) { return-1===e.code; }\n`)).toEqual(['unsafe-binding']);
  });

  it('reports a suggestion glued to the keyword before it', () => {
    const glued = pluginSuggesting((text) =>
      text.startsWith('{') ? 'new Parse.Error(1, "x")' : 'Parse.Error.OTHER_CAUSE',
    );
    expect(failureKinds(glued, 'function f(e) { return-1===e.code; }\n')).toEqual(['merged-tokens']);
    expect(failureKinds(glued, "function f() { throw{ code: 'x' }; }\n")).toEqual(['unparsable-suggestion']);
    const spaced = pluginSuggesting((text) =>
      text.startsWith('{') ? ' new Parse.Error(1, "x")' : ' Parse.Error.OTHER_CAUSE',
    );
    expect(
      failureKinds(spaced, "function f(e) { return-1===e.code; }\nfunction g() { throw{ code: 'x' }; }\n"),
    ).toEqual([]);
  });

  it('reports a fix in a file that writes Parse.Error or an SDK constant on it', () => {
    const condition = 'if (e.code === 101) {}\n';
    expect(failureDetails(right, `${IMPORT}Parse.Error = class extends Error {};\n${condition}`)).toEqual([
      'fix-despite-write: pass 1, line 3: 101 -> Parse.Error.OBJECT_NOT_FOUND, but the file writes Parse.Error',
    ]);
    expect(failureKinds(right, `${IMPORT}${condition}Object.assign(Parse.Error, { OBJECT_NOT_FOUND: x });\n`)).toEqual([
      'fix-despite-write',
    ]);
    expect(failureKinds(right, `${IMPORT}${condition}delete Parse.Error['OBJECT_NOT_FOUND'];\n`)).toEqual([
      'fix-despite-write',
    ]);
    // a parameter that shadows the SDK's binding is another object
    expect(failureKinds(right, `${IMPORT}const f = (Parse) => { Parse.Error = x; };\n${condition}`)).toEqual([]);
    // an app's own constant, and another class's, change no SDK constant
    expect(failureKinds(right, `${IMPORT}Parse.Error.MY_APP_CODE = x;\nFoo.Error = x;\n${condition}`)).toEqual([]);
  });

  it('reports a fix through a global Parse that the file assigns or names only in a type', () => {
    expect(failureDetails(right, "Parse = require('papaparse');\nif (e.code === 101) {}\n")).toEqual([
      'unsafe-binding: pass 1, line 2: 101 -> Parse.Error.OBJECT_NOT_FOUND: Parse is an undeclared global the file reads as no value (it assigns it on line 1)',
    ]);
    expect(failureDetails(right, 'type T = typeof Parse.Error;\nif (e.code === 101) {}\n', 'file.ts')).toEqual([
      'unsafe-binding: pass 1, line 2: 101 -> Parse.Error.OBJECT_NOT_FOUND: Parse is an undeclared global the file reads as no value',
    ]);
    expect(failureKinds(right, "Parse.Cloud.define('f', g);\nif (e.code === 101) {}\n")).toEqual([]);
    // read as a value elsewhere, it is the Cloud Code global, assigned or not
    expect(
      failureKinds(right, "Parse = require('parse/node');\nParse.Cloud.define('f', g);\nif (e.code === 101) {}\n"),
    ).toEqual([]);
  });

  it('reports a fix in a function called before the binding it reads is initialized', () => {
    const f = 'function f(e) {\n  return e.code === 101;\n}\n';
    const parse = "const Parse = require('parse/node');\n";
    expect(failureDetails(right, `f(e);\n${parse}${f}`)).toEqual([
      'unsafe-binding: pass 1, line 4: 101 -> Parse.Error.OBJECT_NOT_FOUND: Parse is read before it is initialized: the file calls f() on line 1',
    ]);
    // called once the binding exists, or from a function that runs later
    expect(failureKinds(right, `${parse}f(e);\n${f}`)).toEqual([]);
    expect(failureKinds(right, `function later() { f(e); }\n${parse}${f}`)).toEqual([]);
  });
});

describe('the generator writes the programs of issue #22', () => {
  const texts = Array.from({ length: 3000 }, (_, index) => generateProgram(programSeedOf(22, index), CODES).text);
  it.each([
    ['a negative code glued to a keyword', /\b(?:case|return|yield|else|do|in|of|typeof|void|await)-\d/u],
    ['a plain object glued to throw', /\bthrow\{code:/u],
    ['a write of Parse.Error', /\bParse\.Error = class extends Error/u],
    ['a write of an SDK constant', /\.Error\.[A-Z_]+ = |Object\.assign\([\w.]+Error, \{ [A-Z_]+:/u],
    ['a write of a global Parse', /^Parse = require\('papaparse'\);$/mu],
    ['a type that names Parse', /^type ParseErrorClass = typeof Parse\.Error;$/mu],
    ['a call before the declarations', /^early\d+\(request\.error\);$/mu],
  ])('%s', (_, pattern) => {
    expect(texts.some((text) => pattern.test(text))).toBe(true);
  });
});
