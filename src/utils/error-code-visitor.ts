import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleContext, RuleListener } from '@typescript-eslint/utils/ts-eslint';

import type { CloudCodeHandler } from './cloud-code-handler.js';
import { CloudCodeCollector, isCloudHookName } from './cloud-code-handler.js';
import type { CandidateSite, ErrorCodeSite } from './error-code-site.js';
import { isUpperCaseLetter, mayNameErrorClass, type ErrorClassMember, type ErrorConstruction } from './error-code-site-finder.js';
import { getFileAnalysis, type FileAnalysis } from './file-analysis.js';
import { siteWithoutTypes, siteWithTypes } from './site-type-confirmation.js';
import { CodeTypeChecker } from './type-information.js';

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

/** The methods of a call the Cloud Code collector records: registrations and error exits. */
function isRecordedCallName(name: string): boolean {
  return name === 'reject' || name === 'error' || isCloudHookName(name);
}

interface Receiver {
  readonly sites: ((sites: readonly CandidateSite[]) => void) | undefined;
  readonly handlers: ErrorCodeHandlers;
}

/** The receivers of the rules that lint one file, while its traversal runs. */
const receiversByProgram = new WeakMap<TSESTree.Program, Receiver[]>();

/**
 * The listeners a rule returns to hear about the file's error codes. The first rule created for a
 * file gets the listeners, classifies each node once and hands the results to every rule
 * registered for the file (eslint-plugin-regexp's design); the others get none. Rules hold no
 * state across files; the registration ends with the traversal.
 */
export function defineErrorCodeVisitor(
  context: Readonly<RuleContext<string, readonly unknown[]>>,
  handlers: ErrorCodeHandlers,
): RuleListener {
  const receiver: Receiver = { sites: siteReceiver(context, handlers), handlers };
  const program = context.sourceCode.ast;
  const registered = receiversByProgram.get(program);
  if (registered) {
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
  const analysis = (): FileAnalysis => (fileAnalysis ??= getFileAnalysis(context.sourceCode));
  let cloudCode: CloudCodeCollector | undefined;
  let collectsCloudCode: boolean | undefined;
  const collector = (): CloudCodeCollector | undefined => {
    collectsCloudCode ??= receivers.some(({ handlers: { onCloudCodeHandler } }) => onCloudCodeHandler);
    if (!collectsCloudCode) return undefined;
    return (cloudCode ??= new CloudCodeCollector(context.sourceCode, analysis().resolver));
  };
  const deliverSites = (sites: readonly CandidateSite[]): void => {
    if (sites.length === 0) return;
    for (const { sites: receive } of receivers) receive?.(sites);
  };
  // Each listener first rules out, inline, the nodes that cannot matter: these run on every
  // literal, member access, `new` and object literal of the file.
  return {
    Literal(node) {
      if (typeof node.value === 'number') deliverSites(analysis().sites.literalSites(node));
    },
    MemberExpression(node) {
      const property = node.property;
      if (!node.computed && property.type === 'Identifier' && !isUpperCaseLetter(property.name.charCodeAt(0))) {
        // The callee of `Parse.Cloud.define(…)`, `Promise.reject(…)`, `res.error(…)`: found here
        // rather than from a listener on every call.
        const call = node.parent;
        if (call.type === 'CallExpression' && call.callee === node && isRecordedCallName(property.name)) {
          collector()?.recordCall(call, node, property.name);
        }
        return;
      }
      const { sites } = analysis();
      const member = sites.errorClassMember(node);
      if (!member) return;
      deliverSites(sites.constantSites(member));
      for (const { handlers: { onErrorClassMember } } of receivers) onErrorClassMember?.(member);
    },
    NewExpression(node) {
      if (!mayNameErrorClass(node.callee)) return;
      const { sites } = analysis();
      const construction = sites.construction(node);
      if (!construction) return;
      deliverSites(sites.constructionSites(construction));
      for (const { handlers: { onConstruction } } of receivers) onConstruction?.(construction);
    },
    ObjectExpression(node) {
      if (node.properties.length > 1) deliverSites(analysis().sites.errorObjectSites(node));
    },
    ThrowStatement(node) {
      collector()?.recordThrow(node);
    },
    'Program:exit'() {
      // The same Program may be linted again (an editor reusing a SourceCode): start afresh then.
      receiversByProgram.delete(program);
      if (cloudCode) {
        for (const handler of cloudCode.handlers()) {
          for (const { handlers: { onCloudCodeHandler } } of receivers) onCloudCodeHandler?.(handler);
        }
      }
      for (const { handlers: { onFileEnd } } of receivers) onFileEnd?.();
    },
  };
}

function siteReceiver(
  context: Readonly<RuleContext<string, readonly unknown[]>>,
  { checkTypes, onSite }: ErrorCodeHandlers,
): Receiver['sites'] {
  if (!onSite) return undefined;
  const types = checkTypes === true ? CodeTypeChecker.of(context) : undefined;
  return (candidates) => {
    for (const candidate of candidates) {
      const site = types ? siteWithTypes(candidate, types, context.sourceCode) : siteWithoutTypes(candidate);
      if (site) onSite(site);
    }
  };
}
