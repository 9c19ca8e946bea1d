// The examples of the docs run as tests (typescript-eslint's docs.test.mts): every js/ts block
// under a `❌ Incorrect` heading of docs/rules/<rule>.md gets at least one report from that rule,
// every block under `✅ Correct` none. A block sets options with ESLint's inline config
// (`/* eslint parse-error-codes/<rule>: ["error", { … }] */`). The README's report example prints
// exactly the reports the recommended config gives its code.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import { codeBlocks, headingLines, type CodeBlock } from './markdown.js';

const root = new URL('../../', import.meta.url);
const read = (file: string): string => readFileSync(fileURLToPath(new URL(file, root)), 'utf8');

const INCORRECT = '❌ Incorrect';
const CORRECT = '✅ Correct';
const LINTED_LANGS = new Set(['js', 'jsx', 'ts', 'tsx']);
const linter = new Linter({ configType: 'flat' });

/** Lints a block as a module, with TypeScript's parser for ts and tsx, and a global `Parse` unless it imports one. */
function lint(block: CodeBlock, configs: Linter.Config[], filename = `example.${block.lang}`): Linter.LintMessage[] {
  const typescript = block.lang.startsWith('ts');
  const importsParse = /\b(?:import|require)\b[^;]*['"]parse(?:\/[\w-]+)?['"]/u.test(block.code);
  const config: Linter.Config = {
    files: ['**/*.{js,jsx,ts,tsx}'],
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: importsParse ? {} : { Parse: 'readonly' },
      ...(typescript ? { parser: tsParser } : {}),
      parserOptions: { ecmaFeatures: { jsx: block.lang.endsWith('x') } },
    },
  };
  const messages = linter.verify(block.code, [config, ...configs], filename);
  const fatal = messages.find((message) => message.fatal === true);
  if (fatal) throw new Error(`the block does not parse: ${fatal.line}:${fatal.column} ${fatal.message}`);
  return messages;
}

const ruleNames = Object.keys(plugin.rules);

describe.each(ruleNames)('docs/rules/%s.md', (ruleName) => {
  const doc = read(`docs/rules/${ruleName}.md`);
  const ruleId = `parse-error-codes/${ruleName}`;
  const ruleConfig: Linter.Config = { plugins: { 'parse-error-codes': plugin }, rules: { [ruleId]: 'error' } };
  const examples = codeBlocks(doc).filter((block) => LINTED_LANGS.has(block.lang));
  const under = (heading: string): CodeBlock[] => examples.filter((block) => block.headings.includes(heading));

  it('has ## Examples with ### ❌ Incorrect and ### ✅ Correct, each with a code block', () => {
    const headings = headingLines(doc);
    const examplesAt = headings.indexOf('## Examples');
    expect(examplesAt, 'a "## Examples" section').toBeGreaterThan(-1);
    const section = headings.slice(examplesAt + 1);
    const end = section.findIndex((heading) => heading.startsWith('## '));
    expect(section.slice(0, end === -1 ? undefined : end)).toEqual(expect.arrayContaining([`### ${INCORRECT}`, `### ${CORRECT}`]));
    expect(under(INCORRECT).length, `code blocks under ${INCORRECT}`).toBeGreaterThan(0);
    expect(under(CORRECT).length, `code blocks under ${CORRECT}`).toBeGreaterThan(0);
  });

  const cases = [
    ...under(INCORRECT).map((block) => ({ block, incorrect: true })),
    ...under(CORRECT).map((block) => ({ block, incorrect: false })),
  ];
  it.each(cases.map(({ block, incorrect }) => [`${incorrect ? INCORRECT : CORRECT} block at line ${block.line}`, block, incorrect] as const))(
    '%s',
    (_, block, incorrect) => {
      const reports = lint(block, [ruleConfig]).filter((message) => message.ruleId === ruleId);
      const found = reports.map((message) => `${message.line}:${message.column} ${message.message}`);
      if (incorrect) expect(found.length, `${ruleId} reports nothing in this ${INCORRECT} example`).toBeGreaterThan(0);
      else expect(found, `${ruleId} reports this ${CORRECT} example`).toEqual([]);
    },
  );
});

describe('README: "What a report and its fix look like"', () => {
  const readme = read('README.md');
  const section = readme.slice(readme.indexOf('\n## What a report and its fix look like\n'));
  const blocks = codeBlocks(section).filter((block) => block.headings.at(-1) === 'What a report and its fix look like');
  const source = blocks.find((block) => LINTED_LANGS.has(block.lang));
  const output = blocks.find((block) => block.lang === 'text');

  it('prints exactly the reports that the recommended config gives its code', () => {
    if (!source || !output) throw new Error('the section needs a js block and a text block with its reports');
    // ESLint's stylish format: the file name, then `line:column  severity  message  rule`.
    const [filename = '', ...reportLines] = output.code.trimEnd().split('\n');
    const listed = reportLines.map((line) => {
      const match = /^\s+(\d+):(\d+)\s+(error|warning)\s+.*\s(\S+)$/u.exec(line);
      if (!match) throw new Error(`not a report line: ${line}`);
      return `${match[1]}:${match[2]} ${match[3]} ${match[4]}`;
    });
    const reported = lint(source, [plugin.configs.recommended], filename.trim()).map(
      (message) => `${message.line}:${message.column} ${message.severity === 2 ? 'error' : 'warning'} ${message.ruleId ?? ''}`,
    );
    expect(reported.toSorted()).toEqual(listed.toSorted());
  });
});
