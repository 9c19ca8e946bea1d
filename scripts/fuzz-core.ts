/**
 * What `npm run smoke`, `npm run fuzz` and tests/fuzz check on every file: lint it with every rule
 * of the plugin (`configs.all`, JavaScript and TypeScript through @typescript-eslint/parser), apply
 * the fixes pass by pass the way ESLint does, and check that
 * - no rule throws;
 * - every fixed file still parses;
 * - every fix replaces a number with a `Parse.Error` constant that, in the real SDK
 *   (`require('parse/node')`), has that very value, never for 143;
 * - the replacement names the SDK where it stands: its root binding is the SDK (or the Cloud Code
 *   global `Parse`), not shadowed, not reassigned, declared before the fix (checked on the fixed file,
 *   independently of the plugin's own resolver);
 * - ESLint's `verifyAndFix` produces the same output, and a second fix pass changes nothing;
 * - the suggestions of `no-magic-numbers` keep the value too.
 */
import { createRequire } from 'node:module';

import * as tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter, type Rule } from 'eslint';

import { generateProgram, programSeedOf, type GeneratedProgram, type ProgramKind } from './fuzz-programs.js';

const require = createRequire(import.meta.url);
const sdkError = (require('parse/node') as { Error: Record<string, unknown> }).Error;

const PLUGIN_PREFIX = 'parse-error-codes/';
const MAX_FIX_PASSES = 10;
const NO_MAGIC_NUMBERS = `${PLUGIN_PREFIX}no-magic-numbers`;
/** Explicit extensions: a universal files pattern alone matches only files that another config object matches. */
const LINTED_FILES = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];

/** The part of the plugin the checks use; both `src/index.ts` and `dist/index.js` fit. */
export interface PluginUnderTest {
  readonly configs: { readonly all: Linter.Config };
}

export type FailureKind =
  | 'crash'
  | 'unparsable-fix'
  | 'unparsable-suggestion'
  | 'value-changed'
  | 'replaced-143'
  | 'unexpected-fix'
  | 'unsafe-binding'
  | 'fix-mismatch'
  | 'not-idempotent'
  | 'no-convergence';

export interface Failure {
  readonly kind: FailureKind;
  readonly detail: string;
  /** 1-based line in the text the failure concerns (the input, or the output of a fix pass). */
  readonly line?: number;
}

/** One number a fix replaced, and what it became. */
export interface Replacement {
  readonly ruleId: string;
  readonly pass: number;
  readonly line: number;
  readonly column: number;
  readonly original: string;
  readonly value: number;
  readonly text: string;
  readonly constant: string;
}

export interface FileInput {
  readonly text: string;
  readonly filename: string;
  readonly sourceType: 'module' | 'commonjs' | 'script';
  readonly globals?: Readonly<Record<string, 'readonly' | 'writable'>>;
  /** False for third-party code, whose `eslint-disable` comments name rules this config lacks. */
  readonly allowInlineConfig?: boolean;
}

export interface FileCheck {
  /** False when the input itself does not parse: nothing else was checked. */
  readonly parsed: boolean;
  /** The first pass's reports of the plugin's rules. */
  readonly messages: readonly Linter.LintMessage[];
  readonly replacements: readonly Replacement[];
  readonly failures: readonly Failure[];
  /** Things worth a look that are no failure, e.g. a fix that dropped a comment. */
  readonly notes: readonly string[];
  readonly output: string;
  readonly fixPasses: number;
}

interface AppliedFix {
  readonly message: Linter.LintMessage;
  readonly fix: Rule.Fix;
  /** Where the replacement text sits in the pass's output. */
  readonly outputRange: readonly [number, number];
}

/** A replacement to check in the output of its pass. */
interface PlacedReplacement {
  readonly replacement: Replacement;
  readonly range: readonly [number, number];
}

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/gu;

function lineOf(text: string, index: number): number {
  return (text.slice(0, index).match(LINE_BREAK)?.length ?? 0) + 1;
}

function crashFailure(error: unknown): Failure {
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'crash', detail: message.split('\n').slice(0, 3).join(' | ') };
}

/** The number a replaced slice of source writes (`101`, `(0x65)`, `- /* c *\/ 1`), or undefined. */
export function numberWrittenBy(slice: string): number | undefined {
  let program;
  try {
    program = tsParser.parse(`(\n${slice}\n)`, { range: false });
  } catch {
    return undefined;
  }
  const [statement] = program.body;
  if (program.body.length !== 1 || statement?.type !== 'ExpressionStatement') return undefined;
  const evaluate = (node: TSESTree.Expression): number | undefined => {
    if (node.type === 'Literal') return typeof node.value === 'number' ? node.value : undefined;
    if (node.type === 'UnaryExpression' && (node.operator === '-' || node.operator === '+')) {
      const operand = evaluate(node.argument);
      return operand === undefined ? undefined : node.operator === '-' ? -operand : operand;
    }
    return undefined;
  };
  return evaluate(statement.expression);
}

const REPLACEMENT = /^([A-Za-z_$][\w$]*)((?:\.[A-Za-z_$][\w$]*)*)\.([A-Za-z_$][\w$]*)$/u;

type SdkValue = 'Parse' | 'ParseError' | 'ParseModule' | 'ParseErrorModule';
/** An SDK value, or why an expression is not provably one. */
type Resolution = SdkValue | { readonly problem: string };

function problem(text: string): Resolution {
  return { problem: text };
}

const PARSE_MODULES = new Set(['parse', 'parse/node', 'parse/react-native', 'parse/weapp']);
const PARSE_ERROR_MODULE = /^\.{1,2}\/(?:.*\/)?ParseError(?:\.[cm]?[jt]s)?$/u;

function moduleValue(source: string): SdkValue | undefined {
  if (PARSE_MODULES.has(source)) return 'Parse';
  return PARSE_ERROR_MODULE.test(source) ? 'ParseErrorModule' : undefined;
}

function propertyValue(object: SdkValue | undefined, property: string): SdkValue | undefined {
  if (object === 'Parse') return property === 'Error' ? 'ParseError' : property === 'Parse' ? 'Parse' : undefined;
  if (object === 'ParseModule' && property === 'default') return 'Parse';
  if (object === 'ParseErrorModule' && property === 'default') return 'ParseError';
  return undefined;
}

/**
 * What the root of a replacement (`P` in `P.Error.X`) is bound to at the replacement, resolved on
 * the fixed file: an SDK value, or why it is not provably one. Deliberately strict and written apart
 * from the plugin's resolver, so that the two check each other. Every binding on the way must be
 * initialized before it is read: the replacement's root before the replacement, an alias's target
 * (`Parse` in `const P = Parse`) before the alias; a `var` inside a nested block may never be.
 */
class BindingChecker {
  readonly #sourceCode: TSESLint.SourceCode;
  /** The replacements' ranges: a namespace import's evidence must be a read the input already had. */
  readonly #replacementRanges: readonly (readonly [number, number])[];

  constructor(sourceCode: TSESLint.SourceCode, replacementRanges: readonly (readonly [number, number])[]) {
    this.#sourceCode = sourceCode;
    this.#replacementRanges = replacementRanges;
  }

  /** `usedAt`: where the value is read (the replacement, or the initializer of an alias, then `viaAlias`). */
  identifier(node: TSESTree.Identifier, usedAt: number, depth = 0, viaAlias = false): Resolution {
    if (depth > 6) return problem(`${node.name}: alias chain too deep`);
    let variable: TSESLint.Scope.Variable | undefined;
    for (let scope: TSESLint.Scope.Scope | null = this.#sourceCode.getScope(node); scope; scope = scope.upper) {
      variable = scope.set.get(node.name);
      if (variable) break;
    }
    if (!variable || variable.defs.length === 0) {
      return node.name === 'Parse' ? 'Parse' : problem(`${node.name} is an undeclared global other than Parse`);
    }
    if (variable.defs.length > 1) return problem(`${node.name} is declared ${variable.defs.length} times`);
    if (variable.references.some((reference) => reference.isWrite() && reference.init !== true)) {
      return problem(`${node.name} is reassigned`);
    }
    const [definition] = variable.defs;
    if (!definition) return problem(`${node.name} has no definition`);
    switch (definition.type) {
      case 'ImportBinding':
        return this.#importValue(variable, definition.node);
      case 'Variable': {
        const declarator = definition.node;
        if (declarator.range[1] > usedAt) {
          return !viaAlias
            ? problem(`${node.name} is declared after the replacement`)
            : problem(`an alias reads ${node.name} before its declaration runs (hoisted var)`);
        }
        const declaration = declarator.parent;
        if (declaration.kind === 'var' && !isUnconditional(declaration)) {
          return problem(`${node.name} is a var declared in a nested block, so it may never be initialized`);
        }
        if (!declarator.init) return problem(`${node.name} has no initializer`);
        const initValue = this.expression(declarator.init, declarator.init.range[0], depth + 1, true);
        if (declarator.id === definition.name) return initValue;
        const property = definition.name.parent;
        if (
          !isSdkValue(initValue) ||
          property.type !== 'Property' ||
          property.parent !== declarator.id ||
          property.computed ||
          property.key.type !== 'Identifier'
        ) {
          return problem(`${node.name} is destructured from something that is not the SDK`);
        }
        return propertyValue(initValue, property.key.name) ?? problem(`${node.name} is not an SDK property`);
      }
      default:
        return problem(`${node.name} is bound by a ${definition.type} (shadowing)`);
    }
  }

  #importValue(variable: TSESLint.Scope.Variable, node: TSESTree.Node): Resolution {
    const name = variable.name;
    if (node.type === 'TSImportEqualsDeclaration') {
      if (node.importKind === 'type' || node.moduleReference.type !== 'TSExternalModuleReference') return problem(`${name}: type-only import`);
      return moduleValue(node.moduleReference.expression.value) ?? problem(`${name} is imported from another module`);
    }
    const declaration = node.parent;
    if (declaration?.type !== 'ImportDeclaration') return problem(`${name}: unexpected import`);
    if (declaration.importKind === 'type' || (node.type === 'ImportSpecifier' && node.importKind === 'type')) {
      return problem(`${name} is a type-only import`);
    }
    const source = moduleValue(declaration.source.value);
    if (source === undefined) return problem(`${name} is imported from another module`);
    const asDefault = source === 'ParseErrorModule' ? 'ParseError' : source;
    switch (node.type) {
      case 'ImportDefaultSpecifier':
        return asDefault;
      case 'ImportSpecifier': {
        const imported = node.imported.type === 'Identifier' ? node.imported.name : node.imported.value;
        if (imported === 'default') return asDefault;
        return propertyValue(source, imported) ?? problem(`${name} is not an SDK export`);
      }
      default:
        // A namespace import is the SDK object only where the build makes it one, which the file
        // shows by reading an SDK member (not `default`) through it as a value.
        return source === 'Parse' && this.#readsMemberOutsideReplacements(variable)
          ? 'Parse'
          : problem(`${name} is a namespace import the input reads no SDK member of`);
    }
  }

  #readsMemberOutsideReplacements(variable: TSESLint.Scope.Variable): boolean {
    return variable.references.some(({ identifier, isTypeReference }) => {
      const member = identifier.parent;
      if (isTypeReference || member.type !== 'MemberExpression' || member.object !== identifier) return false;
      if (member.computed || member.property.type !== 'Identifier' || member.property.name === 'default') return false;
      return !this.#replacementRanges.some(([start, end]) => start <= identifier.range[0] && identifier.range[1] <= end);
    });
  }

  expression(node: TSESTree.Node, usedAt: number, depth = 0, viaAlias = false): Resolution {
    switch (node.type) {
      case 'Identifier':
        return this.identifier(node, usedAt, depth, viaAlias);
      case 'MemberExpression': {
        const object = this.expression(node.object, usedAt, depth + 1, viaAlias);
        if (!isSdkValue(object)) return object;
        if (node.computed || node.property.type !== 'Identifier') return problem('computed member');
        return propertyValue(object, node.property.name) ?? problem(`.${node.property.name} of ${object} is not part of the SDK`);
      }
      case 'CallExpression': {
        const [argument] = node.arguments;
        if (node.callee.type !== 'Identifier' || !argument) return problem('a call that is not require()');
        if (node.callee.name === 'require') {
          return argument.type === 'Literal' && typeof argument.value === 'string'
            ? (moduleValue(argument.value) ?? problem(`require('${argument.value}') is not the SDK`))
            : problem('require() of an expression');
        }
        if (/interop|importDefault|importStar/iu.test(node.callee.name)) {
          const wrapped = this.expression(argument, usedAt, depth + 1, viaAlias);
          return wrapped === 'Parse' ? 'ParseModule' : wrapped;
        }
        return problem(`a call of ${node.callee.name}()`);
      }
      case 'TSAsExpression':
      case 'TSNonNullExpression':
      case 'ChainExpression':
        return this.expression(node.expression, usedAt, depth + 1, viaAlias);
      default:
        return problem(`a ${node.type}`);
    }
  }
}

/** True when a `var` declaration runs whenever its function (or the program) does: it is not inside a nested block. */
function isUnconditional(declaration: TSESTree.VariableDeclaration): boolean {
  const parent = declaration.parent;
  if (parent.type === 'Program' || parent.type === 'ExportNamedDeclaration') return true;
  return parent.type === 'BlockStatement' && isFunction(parent.parent);
}

function isFunction(node: TSESTree.Node | undefined): boolean {
  return node?.type === 'FunctionDeclaration' || node?.type === 'FunctionExpression' || node?.type === 'ArrowFunctionExpression';
}

function isSdkValue(value: Resolution): value is SdkValue {
  return typeof value === 'string';
}

/** The node whose range is exactly `range`, if any. */
function nodeAt(sourceCode: TSESLint.SourceCode, range: readonly [number, number]): TSESTree.Node | undefined {
  let node: TSESTree.Node | null | undefined = sourceCode.getNodeByRangeIndex(range[0]);
  while (node && !(node.range[0] === range[0] && node.range[1] === range[1])) {
    if (node.range[0] !== range[0] && node.range[1] < range[1]) return undefined;
    node = node.parent;
  }
  return node ?? undefined;
}

/** Lints files with every rule of the plugin and checks what the fixes do; keeps no state between files. */
export class FixChecker {
  readonly #linter = new Linter({ configType: 'flat' });
  readonly #plugin: PluginUnderTest;
  /** Counted by a rule of our own: Linter silently skips files its config does not cover, e.g. under node_modules/. */
  #filesLinted = 0;
  readonly #lintedRule: Rule.RuleModule = {
    meta: { type: 'problem', schema: [] },
    create: () => {
      this.#filesLinted++;
      return {};
    },
  };

  constructor(plugin: PluginUnderTest) {
    this.#plugin = plugin;
  }

  #languageOptions(input: FileInput): Linter.LanguageOptions {
    return {
      parser: tsParser,
      sourceType: input.sourceType,
      ecmaVersion: 'latest',
      globals: { ...input.globals },
    };
  }

  #config(input: FileInput): Linter.Config[] {
    return [
      {
        files: LINTED_FILES,
        ...this.#plugin.configs.all,
        languageOptions: this.#languageOptions(input),
        linterOptions: { reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' },
      },
      { files: LINTED_FILES, plugins: { 'fuzz-core': { rules: { linted: this.#lintedRule } } }, rules: { 'fuzz-core/linted': 'error' } },
    ];
  }

  #verify(text: string, input: FileInput): Linter.LintMessage[] {
    const linted = this.#filesLinted;
    const messages = this.#linter.verify(text, this.#config(input), {
      filename: input.filename,
      allowInlineConfig: input.allowInlineConfig ?? true,
    });
    if (this.#filesLinted === linted && !messages.some((message) => message.fatal === true)) {
      throw new Error(`${input.filename} was not linted: the config does not cover it (node_modules/ is ignored by default)`);
    }
    return messages;
  }

  check(input: FileInput): FileCheck {
    if (!/\.[cm]?[jt]sx?$/u.test(input.filename)) throw new Error(`${input.filename}: not a JavaScript or TypeScript file name`);
    const text = input.text.startsWith('\uFEFF') ? input.text.slice(1) : input.text;
    const failures: Failure[] = [];
    const notes: string[] = [];
    const replacements: Replacement[] = [];
    const result = (parsed: boolean, messages: readonly Linter.LintMessage[], output: string, fixPasses: number): FileCheck => ({
      parsed,
      messages: messages.filter((message) => message.ruleId?.startsWith(PLUGIN_PREFIX)),
      replacements,
      failures,
      notes,
      output,
      fixPasses,
    });

    let messages: Linter.LintMessage[];
    try {
      messages = this.#verify(text, input);
    } catch (error) {
      failures.push(crashFailure(error));
      return result(true, [], text, 0);
    }
    if (messages.some((message) => message.fatal === true)) return result(false, messages, text, 0);
    const firstMessages = messages;
    this.#checkSuggestions(text, messages, failures);

    let current = text;
    let pass = 0;
    let broken = false;
    for (;;) {
      const fixable = messages.filter((message) => message.fix !== undefined);
      if (fixable.length === 0) break;
      if (pass === MAX_FIX_PASSES) {
        failures.push({ kind: 'no-convergence', detail: `fixes still pending after ${MAX_FIX_PASSES} passes` });
        broken = true;
        break;
      }
      pass++;
      const { output, applied } = applyFixes(current, fixable);
      const placed: PlacedReplacement[] = [];
      for (const fix of applied) {
        const replacement = this.#checkFix(current, fix, pass, failures, notes);
        if (!replacement) continue;
        replacements.push(replacement);
        placed.push({ replacement, range: fix.outputRange });
      }
      current = output;
      try {
        messages = this.#verify(current, input);
      } catch (error) {
        failures.push(crashFailure(error));
        broken = true;
        break;
      }
      const fatal = messages.find((message) => message.fatal === true);
      if (fatal) {
        failures.push({ kind: 'unparsable-fix', detail: `pass ${pass}: ${fatal.message}`, line: fatal.line });
        broken = true;
        break;
      }
      this.#checkBindings(current, input, placed, failures);
    }

    if (!broken) {
      try {
        const config = this.#config(input);
        const options = { filename: input.filename, allowInlineConfig: input.allowInlineConfig ?? true };
        const byEslint = this.#linter.verifyAndFix(text, config, options);
        if (byEslint.output !== current) {
          failures.push({ kind: 'fix-mismatch', detail: "ESLint's verifyAndFix output differs from the pass-by-pass fixes" });
        }
        if (pass > 0) {
          const again = this.#linter.verifyAndFix(current, config, options);
          if (again.fixed || again.output !== current) {
            failures.push({ kind: 'not-idempotent', detail: 'a second fix pass over the fixed output changed it' });
          }
        }
      } catch (error) {
        failures.push(crashFailure(error));
      }
    }
    return result(true, firstMessages, current, pass);
  }

  /** Checks one applied fix against the text it applied to; returns what it replaced when that is well formed. */
  #checkFix(text: string, { message, fix }: AppliedFix, pass: number, failures: Failure[], notes: string[]): Replacement | undefined {
    const original = text.slice(fix.range[0], fix.range[1]);
    const line = lineOf(text, fix.range[0]);
    const where = `pass ${pass}, line ${line}: ${JSON.stringify(original)} -> ${JSON.stringify(fix.text)} (${message.ruleId ?? 'no rule'})`;
    const value = numberWrittenBy(original);
    const match = REPLACEMENT.exec(fix.text);
    if (value === undefined || !match) {
      failures.push({ kind: 'unexpected-fix', detail: `${where}: not a number replaced by a constant`, line });
      return undefined;
    }
    const constant = match[3] ?? '';
    if (value === 143 || constant === 'INVALID_IMAGE_DATA') {
      failures.push({ kind: 'replaced-143', detail: where, line });
    }
    const sdkValue = sdkError[constant];
    if (sdkValue !== value) {
      failures.push({ kind: 'value-changed', detail: `${where}: the SDK's Parse.Error.${constant} is ${String(sdkValue)}`, line });
    }
    if (/\/[*/]/u.test(original)) notes.push(`fix dropped a comment: ${where}`);
    const replacement: Replacement = {
      ruleId: message.ruleId ?? '',
      pass,
      line,
      column: fix.range[0] - text.lastIndexOf('\n', fix.range[0] - 1),
      original,
      value,
      text: fix.text,
      constant,
    };
    return replacement;
  }

  /** The suggestions of `no-magic-numbers` replace a number by a constant too: the same value, and code that parses. */
  #checkSuggestions(text: string, messages: readonly Linter.LintMessage[], failures: Failure[]): void {
    for (const message of messages) {
      if (message.ruleId !== NO_MAGIC_NUMBERS) continue;
      for (const suggestion of message.suggestions ?? []) {
        const { range, text: replacementText } = suggestion.fix;
        const original = text.slice(range[0], range[1]);
        const value = numberWrittenBy(original);
        const constant = REPLACEMENT.exec(replacementText)?.[3];
        const where = `line ${message.line}: suggestion ${JSON.stringify(original)} -> ${JSON.stringify(replacementText)}`;
        if (value === undefined || constant === undefined) {
          failures.push({ kind: 'unexpected-fix', detail: where, line: message.line });
        } else if (value === 143 || sdkError[constant] !== value) {
          failures.push({ kind: value === 143 ? 'replaced-143' : 'value-changed', detail: where, line: message.line });
        }
        try {
          tsParser.parse(text.slice(0, range[0]) + replacementText + text.slice(range[1]), { range: false });
        } catch (error) {
          failures.push({ kind: 'unparsable-suggestion', detail: `${where}: ${crashFailure(error).detail}`, line: message.line });
        }
      }
    }
  }

  /** Resolves each replacement's root binding in the fixed text, where it now stands. */
  #checkBindings(text: string, input: FileInput, placed: readonly PlacedReplacement[], failures: Failure[]): void {
    if (placed.length === 0) return;
    const rule: Rule.RuleModule = {
      meta: { type: 'problem', schema: [] },
      create(context) {
        // The files are parsed by @typescript-eslint/parser, so the tree and scopes are TSESTree's.
        const sourceCode = context.sourceCode as unknown as TSESLint.SourceCode;
        return {
          'Program:exit'() {
            for (const { replacement, range } of placed) {
              const line = lineOf(text, range[0]);
              const node = nodeAt(sourceCode, range);
              const where = `pass ${replacement.pass}, line ${line}: ${replacement.original} -> ${replacement.text}`;
              if (node?.type !== 'MemberExpression') {
                failures.push({ kind: 'unsafe-binding', detail: `${where}: the replacement is not one member expression`, line });
                continue;
              }
              const value = new BindingChecker(sourceCode, placed.map((entry) => entry.range)).expression(node.object, range[0]);
              if (value !== 'ParseError') {
                failures.push({ kind: 'unsafe-binding', detail: `${where}: ${isSdkValue(value) ? `resolves to ${value}` : value.problem}`, line });
              }
            }
          },
        };
      },
    };
    this.#linter.verify(
      text,
      [
        {
          files: LINTED_FILES,
          plugins: { check: { rules: { binding: rule } } },
          rules: { 'check/binding': 'error' },
          languageOptions: this.#languageOptions(input),
        },
      ],
      { filename: input.filename },
    );
  }
}

/** Applies fixes the way ESLint's SourceCodeFixer does: in order of position, skipping overlaps. */
function applyFixes(text: string, messages: readonly Linter.LintMessage[]): { output: string; applied: AppliedFix[] } {
  const fixes = messages
    .flatMap((message) => (message.fix ? [{ message, fix: message.fix }] : []))
    .sort((a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1]);
  const applied: AppliedFix[] = [];
  let output = '';
  let lastEnd = Number.NEGATIVE_INFINITY;
  let copiedTo = 0;
  for (const { message, fix } of fixes) {
    const [start, end] = fix.range;
    if (lastEnd >= start || start > end) continue;
    output += text.slice(copiedTo, start);
    const outputStart = output.length;
    output += fix.text;
    applied.push({ message, fix, outputRange: [outputStart, output.length] });
    copiedTo = end;
    lastEnd = end;
  }
  return { output: output + text.slice(copiedTo), applied };
}

/** Per-rule counts over many files. */
export class RuleCounts {
  readonly reports = new Map<string, number>();
  readonly fixes = new Map<string, number>();

  add(check: FileCheck): void {
    for (const message of check.messages) increment(this.reports, message.ruleId ?? '');
    for (const replacement of check.replacements) increment(this.fixes, replacement.ruleId);
  }

  /** Lines of `rule  reports  fixes`, for every rule in `ruleIds` and any other that reported. */
  table(ruleIds: readonly string[]): string[] {
    const ids = [...new Set([...ruleIds, ...this.reports.keys(), ...this.fixes.keys()])].sort();
    const width = Math.max(4, ...ids.map((id) => id.length));
    return [
      `${'rule'.padEnd(width)}  reports    fixes`,
      ...ids.map(
        (id) => `${id.padEnd(width)}  ${String(this.reports.get(id) ?? 0).padStart(7)}  ${String(this.fixes.get(id) ?? 0).padStart(7)}`,
      ),
    ];
  }
}

function increment(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * Wrong fixes the fuzzer has found and the plugin still makes. They are counted apart, so that a run
 * fails only on new findings (`npm run fuzz -- --strict` fails on these too). Each comes with a
 * reproduction, which tests/fuzz runs as an `it.fails` test: it starts failing once the plugin is
 * fixed, and then the entry goes (its reproduction becomes a regression test there).
 */
export interface KnownIssue {
  readonly id: string;
  readonly description: string;
  /** A CommonJS file on which the plugin makes the wrong fix. */
  readonly reproduction: string;
  readonly matches: (failure: Failure) => boolean;
}

/**
 * None at the moment. The first two findings (a fix through `const P = Parse` before a later
 * `var Parse = require(…)`, and through a `var` declared inside an `if` block) were fixed in
 * src/utils/parse-reference.ts; tests/fuzz keeps their reproductions as regression tests.
 */
export const KNOWN_ISSUES: readonly KnownIssue[] = [];

export function knownIssueOf(failure: Failure): KnownIssue | undefined {
  return KNOWN_ISSUES.find((issue) => issue.matches(failure));
}

export interface FuzzOptions {
  readonly plugin: PluginUnderTest;
  /** Every code of the catalog; templates draw most of their codes from it. */
  readonly codes: readonly number[];
  readonly count: number;
  readonly seed: number;
  /** Replay these program seeds instead of deriving `count` of them from `seed`. */
  readonly programSeeds?: readonly number[];
  /** Called for every program with a failure, known issues included. */
  readonly onFailure?: (program: GeneratedProgram, check: FileCheck) => void;
}

export interface FuzzFailure {
  readonly program: GeneratedProgram;
  /** The failures that are no known issue. */
  readonly failures: readonly Failure[];
}

export interface FuzzSummary {
  readonly programs: number;
  readonly byKind: ReadonlyMap<ProgramKind, number>;
  /** Generated programs that did not parse (mutated eslump output may not); they are not linted further. */
  readonly unparsable: number;
  readonly counts: RuleCounts;
  /** Programs with failures that are no known issue. */
  readonly failures: readonly FuzzFailure[];
  /** Known issues met, with the seeds of the programs that met them. */
  readonly knownIssues: ReadonlyMap<string, readonly number[]>;
  readonly notes: readonly string[];
  readonly milliseconds: number;
}

/** Generates and checks `count` programs; the same seed gives the same programs. */
export function runFuzz(options: FuzzOptions): FuzzSummary {
  const started = performance.now();
  const checker = new FixChecker(options.plugin);
  const counts = new RuleCounts();
  const byKind = new Map<ProgramKind, number>();
  const failures: FuzzFailure[] = [];
  const knownIssues = new Map<string, number[]>();
  const notes = new Set<string>();
  let unparsable = 0;
  const seeds = options.programSeeds ?? Array.from({ length: options.count }, (_, index) => programSeedOf(options.seed, index));
  for (const programSeed of seeds) {
    const program = generateProgram(programSeed, options.codes);
    byKind.set(program.kind, (byKind.get(program.kind) ?? 0) + 1);
    const check = checker.check(program);
    if (!check.parsed) {
      unparsable++;
      continue;
    }
    counts.add(check);
    for (const note of check.notes) notes.add(note.replace(/line \d+/u, 'line N'));
    if (check.failures.length === 0) continue;
    options.onFailure?.(program, check);
    const unknown: Failure[] = [];
    for (const failure of check.failures) {
      const issue = knownIssueOf(failure);
      if (!issue) unknown.push(failure);
      else if (!knownIssues.get(issue.id)?.includes(program.seed)) knownIssues.set(issue.id, [...(knownIssues.get(issue.id) ?? []), program.seed]);
    }
    if (unknown.length > 0) failures.push({ program, failures: unknown });
  }
  return {
    programs: seeds.length,
    byKind,
    unparsable,
    counts,
    failures,
    knownIssues,
    notes: [...notes],
    milliseconds: performance.now() - started,
  };
}
