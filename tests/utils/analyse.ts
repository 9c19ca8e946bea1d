// The harness of the shared layer's tests: lint a snippet with a rule made for the test, and read
// what the analysis found in it (sites, `Parse.Error` members, constructions, Cloud Code handlers),
// or ask the file's analysis objects directly from the rule's listeners.
import tsParser from '@typescript-eslint/parser';
import { ESLintUtils } from '@typescript-eslint/utils';
import type { RuleContext, RuleListener } from '@typescript-eslint/utils/ts-eslint';
import { Linter } from 'eslint';
import { expect } from 'vitest';

import { defineErrorCodeVisitor, type CloudCodeHandler } from '../../src/utils/index.js';

export interface SnippetOptions {
  /** `file.js`, parsed by espree, unless told; a `.ts` or `.tsx` name is parsed by typescript-eslint (JSX in `.tsx`). */
  readonly filename?: string;
  readonly sourceType?: 'module' | 'script';
  /** The globals the configuration declares (`{ Parse: 'readonly' }` for Cloud Code). */
  readonly globals?: Linter.Globals;
}

export type ProbeContext = Readonly<RuleContext<string, readonly unknown[]>>;

/**
 * Lints `code` with one rule whose listeners `create` returns, as ESLint runs a plugin's rule; fails
 * the test on a parse error or any report (the probes report nothing).
 */
export function lintSnippet(
  code: string,
  create: (context: ProbeContext) => RuleListener,
  options: SnippetOptions = {},
) {
  const filename = options.filename ?? 'file.js';
  const probe = ESLintUtils.RuleCreator.withoutDocs({
    meta: { type: 'problem', messages: {}, schema: [], defaultOptions: [] },
    create: (context) => create(context),
  });
  const messages = new Linter().verify(
    code,
    {
      files: ['**/*.*'],
      plugins: { test: { rules: { probe: probe as never } } },
      rules: { 'test/probe': 'error' },
      languageOptions: {
        sourceType: options.sourceType ?? 'module',
        globals: options.globals ?? {},
        ...(/\.tsx?$/u.test(filename) ? { parser: tsParser } : {}),
      },
    },
    filename,
  );
  expect(messages).toEqual([]);
}

/** A site, as the text of its value and subject. */
export interface FoundSite {
  readonly kind: string;
  readonly value: string;
  readonly code: number;
  readonly subject: string | undefined;
}

/** A Cloud Code handler: its hook, kind, the code Parse Server gives a plain error, each exit as `kind: argument`. */
export interface FoundHandler {
  readonly hook: string;
  readonly kind: CloudCodeHandler['kind'];
  readonly defaultCode: number | undefined;
  readonly exits: readonly string[];
}

/** A static member of `Parse.Error`: as written, and what the analysis says of it. */
export interface FoundMember {
  readonly text: string;
  readonly name: string;
  readonly known: boolean;
  readonly isAssignmentTarget: boolean;
  readonly resolvesToSdk: boolean;
}

/** A `new Parse.Error(…)`, as the text of its arguments. */
export interface FoundConstruction {
  readonly code: string | undefined;
  readonly message: string | undefined;
}

export interface Analysis {
  readonly sites: FoundSite[];
  readonly members: FoundMember[];
  readonly constructions: FoundConstruction[];
  readonly handlers: FoundHandler[];
}

/** What the shared analysis finds in `code`, in the order a rule hears it. */
export function analyse(code: string, options: SnippetOptions = {}): Analysis {
  const analysis: Analysis = { sites: [], members: [], constructions: [], handlers: [] };
  lintSnippet(
    code,
    (context) => {
      const text = (node: Parameters<typeof context.sourceCode.getText>[0] | undefined): string | undefined =>
        node && context.sourceCode.getText(node);
      return defineErrorCodeVisitor(context, {
        onSite({ kind, value, subject }) {
          analysis.sites.push({
            kind,
            value: context.sourceCode.getText(value.node),
            code: value.code,
            subject: text(subject),
          });
        },
        onErrorClassMember({ node, name, entry, isAssignmentTarget, resolvesToSdk }) {
          analysis.members.push({
            text: context.sourceCode.getText(node),
            name,
            known: entry !== undefined,
            isAssignmentTarget,
            resolvesToSdk,
          });
        },
        onConstruction({ code: codeArgument, message }) {
          analysis.constructions.push({ code: text(codeArgument), message: text(message) });
        },
        onCloudCodeHandler({ hook, kind, defaultCode, exits }) {
          analysis.handlers.push({
            hook,
            kind,
            defaultCode,
            exits: exits.map((exit) => `${exit.kind}: ${text(exit.argument) ?? ''}`),
          });
        },
      });
    },
    options,
  );
  return analysis;
}
