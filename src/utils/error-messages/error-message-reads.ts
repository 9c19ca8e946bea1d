import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope, SourceCode } from '@typescript-eslint/utils/ts-eslint';

import {
  findVariable,
  indexOfText,
  scopesAtWord,
  skipExpressionWrappers,
  soleDefinition,
  staticPropertyName,
} from '../ast/index.js';
import type { ErrorCodeSite } from '../sites/error-code-site.js';
import { getFileAnalysis } from '../file-analysis.js';
import { codeText, mentions } from '../file-text.js';
import { mayNameSdk } from '../sdk/sdk-uses.js';

/** `err.message`, read from a variable (`err` is never a member chain such as `res.data`). */
export interface ErrorMessageRead {
  /** The `.message` member. */
  readonly node: TSESTree.MemberExpression;
  readonly error: TSESTree.Identifier;
  /** The expression that holds the message's value: the member, or the optional chain around it. */
  readonly value: TSESTree.Node;
}

const SCRIPT_FAILED = 141;
const TYPE_WRAPPERS: ReadonlySet<string> = new Set([
  'TSAsExpression',
  'TSNonNullExpression',
  'TSSatisfiesExpression',
  'TSTypeAssertion',
]);
const MESSAGE = 'message';
/** `.` of `err.message`, and the quotes of `err['message']`, as character codes. */
const READ_MARKS: ReadonlySet<number> = new Set(['.', "'", '"', '`'].map((mark) => mark.charCodeAt(0)));

/**
 * The reads of each file, found once for every rule that asks (two rules do, at the end of the file).
 * Keyed by the file's AST: oxlint hands every file the same `SourceCode` object.
 */
const readsByFile = new WeakMap<TSESTree.Program, readonly ErrorMessageRead[]>();

/**
 * Every `<variable>.message` of a file, found from its references (no listener on every member
 * access); none in a file whose text has no `.message`.
 */
export function errorMessageReads(sourceCode: Readonly<SourceCode>): readonly ErrorMessageRead[] {
  let reads = readsByFile.get(sourceCode.ast);
  if (!reads) {
    reads = findErrorMessageReads(sourceCode);
    readsByFile.set(sourceCode.ast, reads);
  }
  return reads;
}

function findErrorMessageReads(sourceCode: Readonly<SourceCode>): ErrorMessageRead[] {
  const reads: ErrorMessageRead[] = [];
  const scopeManager = sourceCode.scopeManager;
  if (!scopeManager || !mentions(sourceCode, MESSAGE) || !mayReadMessage(codeText(sourceCode))) return reads;
  // `err` of `err.message` is a reference of a scope whose code holds the word `message` too.
  for (const scope of scopesAtWord(scopeManager, codeText(sourceCode), MESSAGE, sourceCode.getAllComments())) {
    for (const { identifier } of scope.references) {
      if (identifier.type !== 'Identifier') continue;
      // `(error as Parse.Error).message`, `error!.message`: TypeScript's `catch` gives `unknown`.
      let object: TSESTree.Node = identifier;
      while (object.parent && TYPE_WRAPPERS.has(object.parent.type)) object = object.parent;
      const member = object.parent;
      if (member?.type !== 'MemberExpression' || member.object !== object) continue;
      if (staticPropertyName(member) !== 'message') continue;
      reads.push({ node: member, error: identifier, value: outermost(member) });
    }
  }
  return reads.sort((a, b) => a.node.range[0] - b.node.range[0]);
}

/**
 * False when the text shows no `.message` and no `['message']`: the word after a dot or a quote.
 * The word is searched for first, because a regular expression of the whole shape tries every dot
 * of the text.
 */
function mayReadMessage(text: string): boolean {
  for (let at = indexOfText(text, MESSAGE); at !== -1; at = indexOfText(text, MESSAGE, at + MESSAGE.length)) {
    let before = at - 1;
    while (before > 0 && isWhitespace(text.charCodeAt(before))) before--;
    if (READ_MARKS.has(text.charCodeAt(before))) return true;
  }
  return false;
}

function isWhitespace(charCode: number): boolean {
  return charCode === 32 || (charCode >= 9 && charCode <= 13);
}

/**
 * True when the file reads the SDK: `Parse` (global, imported or required, or any variable so
 * named), `Parse.Error` or an alias of either. A word "Parse" in a comment or a type is not enough.
 */
export function readsSdk(sourceCode: Readonly<SourceCode>): boolean {
  if (!mayNameSdk(sourceCode)) return false;
  const uses = getFileAnalysis(sourceCode).sdkUses();
  return uses.sdkObjects.length > 0 || uses.errorClasses.length > 0;
}

/** The member under an optional chain or a TypeScript assertion is the value of the whole. */
function outermost(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (!parent || skipExpressionWrappers(parent) !== current) return current;
    current = parent;
  }
}

/**
 * Decides, for the reads of one file, whether the error is Parse's 141 (`SCRIPT_FAILED`), the code
 * a Cloud function's failure reaches the client with: a read inside a branch that tested the same
 * variable's code for 141, or of the error a `Parse.Cloud.run(…)` call rejected with (a `catch`
 * around it, `.catch(e => …)` or `.then(…, e => …)` on it).
 */
export class CloudFunctionErrorScope {
  readonly #sourceCode: Readonly<SourceCode>;
  /** The variable a branch tested (its name, for a global the file does not declare) and where the test holds. */
  readonly #branches: { readonly variable: Scope.Variable | string; readonly range: TSESTree.Range }[] = [];
  #cloudRuns: TSESTree.Range[] | undefined;

  constructor(sourceCode: Readonly<SourceCode>) {
    this.#sourceCode = sourceCode;
  }

  /** Records a site that may test a code for 141: `err.code === 141`, `case Parse.Error.SCRIPT_FAILED:`. */
  recordSite(site: ErrorCodeSite): void {
    if (site.value.code !== SCRIPT_FAILED || !site.subject) return;
    const subject = skipExpressionWrappers(site.subject);
    if (subject.type !== 'MemberExpression') return;
    const object = skipExpressionWrappers(subject.object);
    if (object.type !== 'Identifier') return;
    const range = branchOf(site);
    if (range) this.#branches.push({ variable: this.#variableOf(object) ?? object.name, range });
  }

  /** False when the file has neither a test for 141 nor a `Parse.Cloud.run(…)` call: then no read is included. */
  mayInclude(): boolean {
    return this.#branches.length > 0 || this.#getCloudRuns().length > 0;
  }

  includes(read: ErrorMessageRead): boolean {
    const variable = this.#variableOf(read.error);
    const tested = variable ?? read.error.name;
    const at = read.node.range[0];
    if (this.#branches.some((branch) => branch.variable === tested && within(at, branch.range))) return true;
    return variable !== undefined && this.#isCloudRunRejection(variable);
  }

  #isCloudRunRejection(variable: Scope.Variable): boolean {
    const definition = soleDefinition(variable);
    if (!definition) return false;
    let source: TSESTree.Node | undefined;
    if (definition.type === 'CatchClause' && definition.node.param === definition.name) {
      source = definition.node.parent.block;
    } else if (definition.type === 'Parameter' && definition.node.params[0] === definition.name) {
      source = rejectionSource(definition.node);
    }
    if (!source) return false;
    const [start, end] = source.range;
    return this.#getCloudRuns().some(([runStart, runEnd]) => start <= runStart && runEnd <= end);
  }

  /** The ranges of the file's `Parse.Cloud.run(…)` calls, through any binding of the SDK. */
  #getCloudRuns(): TSESTree.Range[] {
    if (this.#cloudRuns) return this.#cloudRuns;
    const runs: TSESTree.Range[] = [];
    this.#cloudRuns = runs;
    if (!mentions(this.#sourceCode, 'Cloud')) return runs;
    const uses = getFileAnalysis(this.#sourceCode).sdkUses();
    for (const { node: sdk } of uses.sdkObjects) {
      const cloud = sdk.parent;
      if (cloud?.type !== 'MemberExpression' || cloud.object !== sdk || staticPropertyName(cloud) !== 'Cloud') continue;
      const run = cloud.parent;
      if (run.type !== 'MemberExpression' || run.object !== cloud || staticPropertyName(run) !== 'run') continue;
      if (run.parent.type === 'CallExpression' && run.parent.callee === run) runs.push(run.parent.range);
    }
    return runs;
  }

  #variableOf(identifier: TSESTree.Identifier): Scope.Variable | undefined {
    return findVariable(this.#sourceCode.getScope(identifier), identifier.name);
  }
}

function within(at: number, [start, end]: TSESTree.Range): boolean {
  return start <= at && at < end;
}

/** `p.catch(fn)` or `p.then(ok, fn)`: the promise expression `p` whose rejection `fn` receives. */
function rejectionSource(fn: TSESTree.Node): TSESTree.Node | undefined {
  const call = fn.parent;
  if (call?.type !== 'CallExpression' || call.callee.type !== 'MemberExpression') return undefined;
  const method = staticPropertyName(call.callee);
  const index = call.arguments.indexOf(fn as TSESTree.CallExpressionArgument);
  if ((method === 'catch' && index === 0) || (method === 'then' && index === 1)) return call.callee.object;
  return undefined;
}

/**
 * Where a test for 141 holds: the consequent of `if (err.code === 141 && …)` or of a conditional
 * expression, or the statements of `case 141:` (with the cases that fall through to them).
 */
function branchOf(site: ErrorCodeSite): TSESTree.Range | undefined {
  const node = site.value.node;
  if (site.kind === 'switch-case' && node.parent?.type === 'SwitchCase') {
    const cases = node.parent.parent.cases;
    const last = cases.slice(cases.indexOf(node.parent)).find((candidate) => candidate.consequent.length > 0);
    return last && [node.parent.range[0], last.range[1]];
  }
  let test: TSESTree.Node | undefined = node.parent;
  if (site.kind !== 'comparison' || test?.type !== 'BinaryExpression' || !['===', '=='].includes(test.operator))
    return undefined;
  for (;;) {
    const parent: TSESTree.Node | undefined = test.parent;
    if (parent?.type === 'LogicalExpression' && parent.operator === '&&') test = parent;
    else if (parent && skipExpressionWrappers(parent) === test) test = parent;
    else break;
  }
  const statement = test.parent;
  if ((statement?.type === 'IfStatement' || statement?.type === 'ConditionalExpression') && statement.test === test)
    return statement.consequent.range;
  return undefined;
}
