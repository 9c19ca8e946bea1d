import * as tsParser from '@typescript-eslint/parser';
import { Linter, type Rule } from 'eslint';

import { applyFixes, type AppliedFix } from './apply-fixes.js';
import { checkBindings, type PlacedReplacement } from './binding-checker.js';
import { numberWrittenBy, REPLACEMENT, sdkError } from './sdk.js';
import { lineOf } from './text.js';
import { writeBehind, writtenTargets, type FileWrites } from './write-checker.js';
import type { Failure, FileCheck, FileInput, PluginUnderTest, Replacement } from './types.js';

export const PLUGIN_PREFIX = 'parse-error-codes/';
const MAX_FIX_PASSES = 10;
const NO_MAGIC_NUMBERS = `${PLUGIN_PREFIX}no-magic-numbers`;
/** Explicit extensions: a universal files pattern alone matches only files that another config object matches. */
const LINTED_FILES = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];

function crashFailure(error: unknown): Failure {
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'crash', detail: message.split('\n').slice(0, 3).join(' | ') };
}

/** `range` of `text` in the output, without the spaces around it. */
function withoutSpaces(text: string, [start, end]: readonly [number, number]): readonly [number, number] {
  return [start + text.length - text.trimStart().length, end - (text.length - text.trimEnd().length)];
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
      {
        files: LINTED_FILES,
        plugins: { 'fuzz-core': { rules: { linted: this.#lintedRule } } },
        rules: { 'fuzz-core/linted': 'error' },
      },
    ];
  }

  #verify(text: string, input: FileInput): Linter.LintMessage[] {
    const linted = this.#filesLinted;
    const messages = this.#linter.verify(text, this.#config(input), {
      filename: input.filename,
      allowInlineConfig: input.allowInlineConfig ?? true,
    });
    if (this.#filesLinted === linted && !messages.some((message) => message.fatal === true)) {
      throw new Error(
        `${input.filename} was not linted: the config does not cover it (node_modules/ is ignored by default)`,
      );
    }
    return messages;
  }

  check(input: FileInput): FileCheck {
    if (!/\.[cm]?[jt]sx?$/u.test(input.filename))
      throw new Error(`${input.filename}: not a JavaScript or TypeScript file name`);
    const text = input.text.startsWith('\uFEFF') ? input.text.slice(1) : input.text;
    const failures: Failure[] = [];
    const notes: string[] = [];
    const replacements: Replacement[] = [];
    const result = (
      parsed: boolean,
      messages: readonly Linter.LintMessage[],
      output: string,
      fixPasses: number,
    ): FileCheck => ({
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
    this.#checkSuggestions(text, input, messages, failures);

    let current = text;
    let pass = 0;
    let broken = false;
    let writes: FileWrites | undefined;
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
        writes ??= writtenTargets(
          this.#linter,
          text,
          { files: LINTED_FILES, languageOptions: this.#languageOptions(input) },
          input.filename,
        );
        // In the first pass the fix stands where it stood in the input, whose bindings `writes` knows.
        const write = writeBehind(replacement.text, writes, pass === 1 ? fix.fix.range[0] : undefined);
        if (write !== undefined) {
          failures.push({
            kind: 'fix-despite-write',
            detail: `pass ${pass}, line ${replacement.line}: ${replacement.original} -> ${replacement.text}, but the file writes ${write}`,
            line: replacement.line,
          });
        }
        replacements.push(replacement);
        placed.push({ replacement, range: withoutSpaces(fix.fix.text, fix.outputRange) });
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
      checkBindings(
        this.#linter,
        current,
        { files: LINTED_FILES, languageOptions: this.#languageOptions(input) },
        input.filename,
        placed,
        failures,
      );
    }

    if (!broken) {
      try {
        const config = this.#config(input);
        const options = { filename: input.filename, allowInlineConfig: input.allowInlineConfig ?? true };
        const byEslint = this.#linter.verifyAndFix(text, config, options);
        if (byEslint.output !== current) {
          failures.push({
            kind: 'fix-mismatch',
            detail: "ESLint's verifyAndFix output differs from the pass-by-pass fixes",
          });
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
  #checkFix(
    text: string,
    { message, fix }: AppliedFix,
    pass: number,
    failures: Failure[],
    notes: string[],
  ): Replacement | undefined {
    const original = text.slice(fix.range[0], fix.range[1]);
    const line = lineOf(text, fix.range[0]);
    const where = `pass ${pass}, line ${line}: ${JSON.stringify(original)} -> ${JSON.stringify(fix.text)} (${message.ruleId ?? 'no rule'})`;
    const value = numberWrittenBy(original);
    // A space that keeps the constant apart from a keyword (`case -1` from `case-1`) is part of a right fix.
    const match = REPLACEMENT.exec(fix.text.trim());
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
      failures.push({
        kind: 'value-changed',
        detail: `${where}: the SDK's Parse.Error.${constant} is ${String(sdkValue)}`,
        line,
      });
    }
    if (/\/[*/]/u.test(original)) notes.push(`fix dropped a comment: ${where}`);
    const replacement: Replacement = {
      ruleId: message.ruleId ?? '',
      pass,
      line,
      column: fix.range[0] - text.lastIndexOf('\n', fix.range[0] - 1),
      original,
      value,
      text: fix.text.trim(),
      constant,
    };
    return replacement;
  }

  /**
   * Every suggestion of every rule, applied on its own, leaves code that parses; those of
   * `no-magic-numbers` replace a number by a constant, which must keep the value too.
   */
  #checkSuggestions(
    text: string,
    input: FileInput,
    messages: readonly Linter.LintMessage[],
    failures: Failure[],
  ): void {
    for (const message of messages) {
      if (message.ruleId?.startsWith(PLUGIN_PREFIX) !== true) continue;
      for (const suggestion of message.suggestions ?? []) {
        const { range, text: replacementText } = suggestion.fix;
        const original = text.slice(range[0], range[1]);
        const where = `line ${message.line}: suggestion ${JSON.stringify(original)} -> ${JSON.stringify(replacementText)} (${message.ruleId})`;
        if (message.ruleId === NO_MAGIC_NUMBERS) {
          const value = numberWrittenBy(original);
          const constant = REPLACEMENT.exec(replacementText.trim())?.[3];
          if (value === undefined || constant === undefined) {
            failures.push({ kind: 'unexpected-fix', detail: where, line: message.line });
          } else if (value === 143 || sdkError[constant] !== value) {
            failures.push({
              kind: value === 143 ? 'replaced-143' : 'value-changed',
              detail: where,
              line: message.line,
            });
          }
        }
        const suggested = text.slice(0, range[0]) + replacementText + text.slice(range[1]);
        const parsed = this.#parse(suggested, input);
        if (parsed.fatal) {
          failures.push({
            kind: 'unparsable-suggestion',
            detail: `${where}: ${parsed.fatal.message}`,
            line: parsed.fatal.line,
          });
          continue;
        }
        // The replacement must start and end a token: `return-1` must not become `returnParse.Error…`.
        const [start, end] = withoutSpaces(replacementText, [range[0], range[0] + replacementText.length]);
        if (start < end && (!parsed.starts.has(start) || !parsed.ends.has(end))) {
          failures.push({
            kind: 'merged-tokens',
            detail: `${where}: merges with a token beside it`,
            line: message.line,
          });
        }
      }
    }
  }

  /**
   * `text` parsed as the file's config parses it: its parse error, if any, else where its tokens
   * and comments start and end.
   */
  #parse(
    text: string,
    input: FileInput,
  ): { fatal: Linter.LintMessage | undefined; starts: ReadonlySet<number>; ends: ReadonlySet<number> } {
    const starts = new Set<number>();
    const ends = new Set<number>();
    const rule: Rule.RuleModule = {
      meta: { type: 'problem', schema: [] },
      create: (context) => {
        const { sourceCode } = context;
        for (const token of [...sourceCode.ast.tokens, ...sourceCode.getAllComments()]) {
          const [start, end] = token.range ?? [0, 0];
          starts.add(start);
          ends.add(end);
        }
        return {};
      },
    };
    const config: Linter.Config = {
      files: LINTED_FILES,
      languageOptions: this.#languageOptions(input),
      plugins: { check: { rules: { tokens: rule } } },
      rules: { 'check/tokens': 'error' },
    };
    const fatal = this.#linter
      .verify(text, [config], { filename: input.filename })
      .find((message) => message.fatal === true);
    return { fatal, starts, ends };
  }
}
