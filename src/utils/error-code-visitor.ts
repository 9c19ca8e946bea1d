import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleContext, RuleListener } from '@typescript-eslint/utils/ts-eslint';

import type { CloudCodeHandler } from './cloud-code/cloud-code-handler.js';
import { CloudCodeCollector } from './cloud-code/cloud-code-handler.js';
import type { CandidateSite, ErrorCodeSite } from './sites/error-code-site.js';
import type { ErrorClassMember, ErrorConstruction } from './sites/error-code-site-finder.js';
import { isLastCodeProperty } from './sites/error-object.js';
import { mayBeLiteralSite } from './sites/site-position.js';
import { getFileAnalysis, type FileAnalysis } from './file-analysis.js';
import { mentions } from './file-text.js';
import { mayUseSdkMembers } from './sdk/sdk-uses.js';
import { siteWithoutTypes, siteWithTypes } from './sites/site-type-confirmation.js';
import { CodeTypeChecker } from './sites/type-information.js';
import { withVueTemplate } from './vue-template.js';

/** What a rule hears about a file; every hook is optional. */
export interface ErrorCodeHandlers {
  /**
   * Ask the type checker about each site the untyped analysis found: drop those whose `.code` cannot
   * hold a number, and resolve codes written as enum members or `as const` properties.
   */
  readonly checkTypes?: boolean;
  /** A place that tests, throws or builds an error code. */
  readonly onSite?: (site: ErrorCodeSite) => void;
  /** A static member of `Parse.Error` named like a code constant, known to the SDK or not, read or written. */
  readonly onErrorClassMember?: (member: ErrorClassMember) => void;
  /** A `new Parse.Error(...)`, with whatever arguments it has. */
  readonly onConstruction?: (construction: ErrorConstruction) => void;
  /** A Cloud Code handler the file registers; all of them are heard at the end of the file. */
  readonly onCloudCodeHandler?: (handler: CloudCodeHandler) => void;
  /** The end of the file, after every other hook. */
  readonly onFileEnd?: () => void;
}

interface Receiver {
  readonly ruleId: string;
  readonly handlers: ErrorCodeHandlers;
  /** The file's type checker, for a rule that checks types and a file that has types. */
  readonly types: CodeTypeChecker | undefined;
}

/**
 * The properties of object literals that may be keyed `code`: `code:`, `code`, `'code':`, `['code']`,
 * and a template-literal key, whose name `isLastCodeProperty` reads.
 */
const CODE_KEY_SELECTOR = [
  'ObjectExpression > Property[key.name="code"]',
  'ObjectExpression > Property[key.value="code"]',
  'ObjectExpression > Property[key.type="TemplateLiteral"]',
].join(', ');

/**
 * The word every site a listener finds is written with. The others are found at the file's end from
 * the SDK's uses: `Parse.Error` constants, constructions and Cloud Code responses.
 */
const CODE_WORD = 'code';

/** The receivers of the rules that lint one file, while its traversal runs. */
const receiversByProgram = new WeakMap<TSESTree.Program, Receiver[]>();

/**
 * The listeners a rule returns to hear about the file's error codes. The first rule created for a
 * file gets the listeners, classifies each node once and hands the results to every rule
 * registered for the file (eslint-plugin-regexp's design); the others get none. Rules hold no
 * state across files; the registration ends when the traversal starts.
 */
export function defineErrorCodeVisitor(
  context: Readonly<RuleContext<string, readonly unknown[]>>,
  handlers: ErrorCodeHandlers,
): RuleListener {
  // Each read of the context is made once: ESLint makes a new context object for every rule and
  // file, whose shape V8 has never seen, so that every property read of it takes the slow path.
  const { id: ruleId, sourceCode } = context;
  const types = handlers.onSite && handlers.checkTypes === true ? CodeTypeChecker.of(context) : undefined;
  const receiver: Receiver = { ruleId, handlers, types };
  const program = sourceCode.ast;
  const registered = receiversByProgram.get(program);
  // A rule already registered for this Program means a new lint of it after one that stopped
  // before its traversal (a rule failed to start): that registration is dropped, not joined.
  if (registered && !registered.some((other) => other.ruleId === ruleId)) {
    registered.push(receiver);
    return {};
  }
  const receivers = [receiver];
  receiversByProgram.set(program, receivers);
  // Nothing is made for a file until a node passes a listener's inline test: most files have few
  // candidates and many have none. The analysis holds the caches of scope lookups; registrations
  // and exits belong to one traversal, and are collected only when a rule listens for handlers
  // (every rule is created before the traversal starts).
  let fileAnalysis: FileAnalysis | undefined;
  const analysis = (): FileAnalysis => (fileAnalysis ??= getFileAnalysis(sourceCode));
  let cloudCodeCollector: CloudCodeCollector | undefined;
  let collectsCloudCode: boolean | undefined;
  const collector = (): CloudCodeCollector | undefined => {
    collectsCloudCode ??= receivers.some(({ handlers: { onCloudCodeHandler } }) => onCloudCodeHandler);
    if (!collectsCloudCode) return undefined;
    return (cloudCodeCollector ??= new CloudCodeCollector(sourceCode, analysis().resolver));
  };
  const deliverSites = (candidates: readonly CandidateSite[]): void => {
    if (candidates.length === 0) return;
    // Settled once for every rule that checks types and once for the others: the rules with
    // `checkTypes` share the file's checker, and so its answers.
    let typedSites: readonly ErrorCodeSite[] | undefined;
    let untypedSites: readonly ErrorCodeSite[] | undefined;
    for (const { handlers: rule, types } of receivers) {
      if (!rule.onSite) continue;
      const sites = types
        ? (typedSites ??= settled(candidates, (candidate) => siteWithTypes(candidate, types, sourceCode)))
        : (untypedSites ??= settled(candidates, siteWithoutTypes));
      for (const site of sites) rule.onSite(site);
    }
  };
  const listeners: RuleListener = {
    Program() {
      // Every rule is created before the traversal starts: the registration has served. Cleared
      // here, not at the end, so that a lint another rule's exception stops leaves nothing behind
      // for the next lint of the same SourceCode (an editor reuses it).
      receiversByProgram.delete(program);
    },
    ThrowStatement(node) {
      collector()?.recordThrow(node);
    },
    'Program:exit'() {
      // `Parse.Error` members, `new Parse.Error` and `Parse.Cloud` calls are found from the
      // variables that hold the SDK, not from listeners on every member access, `new` and call.
      if (mayUseSdkMembers(sourceCode)) deliverSdkUses();
      for (const { handlers: rule } of receivers) rule.onFileEnd?.();
    },
  };
  // ESLint's selectors pick the nodes that can matter (numbers; `code` keys of object literals),
  // and each listener rules out, inline, most of the rest before any analysis is made. A number
  // is a site only where it is tested against, or set as, a `.code`, a variable copied from one or
  // a `'code'` property, and an error object has a `code` key: a file that never writes the word
  // has neither kind of site, and ESLint need not match a node to these listeners.
  if (mentions(sourceCode, CODE_WORD)) {
    listeners['Literal[value=type(number)]'] = (node: TSESTree.NumberLiteral) => {
      if (mayBeLiteralSite(node)) deliverSites(analysis().sites.literalSites(node));
    };
    listeners[CODE_KEY_SELECTOR] = (node: TSESTree.Property) => {
      const object = node.parent as TSESTree.ObjectExpression;
      // One-key objects count only as arguments: `toMatchObject({ code: 209 })`. An object with two
      // `code` keys is looked at once, at the last (the one its value keeps).
      if ((object.properties.length > 1 || object.parent.type === 'CallExpression') && isLastCodeProperty(node)) {
        deliverSites(analysis().sites.errorObjectSites(object));
      }
    };
  }
  return withVueTemplate(sourceCode, listeners);

  function deliverSdkUses(): void {
    const fileAnalysis = analysis();
    const { resolver, sites } = fileAnalysis;
    const uses = fileAnalysis.sdkUses();
    for (const use of uses.errorClasses) {
      const errorClass = use.node;
      const parent = errorClass.parent;
      if (parent?.type === 'MemberExpression' && parent.object === errorClass) {
        const member = sites.errorClassMember(parent, use);
        if (!member) continue;
        deliverSites(sites.constantSites(member));
        for (const { handlers: rule } of receivers) rule.onErrorClassMember?.(member);
      } else if (parent?.type === 'NewExpression' && parent.callee === errorClass) {
        const construction = sites.construction(parent, use);
        if (!construction) continue;
        deliverSites(sites.constructionSites(construction));
        for (const { handlers: rule } of receivers) rule.onConstruction?.(construction);
      }
    }
    const cloudCode = collector();
    const wantsSites = receivers.some(({ handlers: rule }) => rule.onSite);
    if (!cloudCode && !wantsSites) return;
    // The registrations alone, without exits, when no rule listens for handlers.
    const registrations = cloudCode ?? new CloudCodeCollector(sourceCode, resolver);
    for (const sdk of uses.sdkObjects) registrations.recordRegistrationAt(sdk);
    if (wantsSites) deliverSites(sites.responseErrorSites(registrations.responseVariables()));
    if (!cloudCode) return;
    for (const handler of cloudCode.handlers()) {
      for (const { handlers: rule } of receivers) rule.onCloudCodeHandler?.(handler);
    }
  }
}

/** The sites the candidates settle into, in their order. */
function settled(
  candidates: readonly CandidateSite[],
  settle: (candidate: CandidateSite) => ErrorCodeSite | undefined,
): ErrorCodeSite[] {
  const sites: ErrorCodeSite[] = [];
  for (const candidate of candidates) {
    const site = settle(candidate);
    if (site) sites.push(site);
  }
  return sites;
}
