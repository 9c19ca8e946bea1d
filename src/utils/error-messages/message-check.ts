import type { TSESTree } from '@typescript-eslint/utils';

import { messagesContaining, messagesEqualTo, messagesMatching, type ServerMessage } from '../../data/index.js';
import { skipExpressionWrappers, staticPropertyName } from '../ast/index.js';
import type { ErrorMessageRead } from './error-message-reads.js';

/** A test of an error's message against text that Parse Server sends. */
export interface MessageCheck {
  /** The whole test: `err.message === '…'`, `err.message.includes('…')`, `/…/.test(err.message)`, a `case '…':`. */
  readonly node: TSESTree.Node;
  /** True when the test yields a boolean that a code comparison can replace. */
  readonly isBoolean: boolean;
  /** True for `!==` and `!=`. */
  readonly negated: boolean;
  /** The messages the test matches; never empty. */
  readonly messages: readonly ServerMessage[];
}

/** `err.message.toLowerCase()` and the like: the test then ignores case. */
const CASE_FOLDING_METHODS: ReadonlySet<string> = new Set(['toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'trim']);
const CONTAINING_METHODS: ReadonlySet<string> = new Set(['includes', 'startsWith', 'endsWith']);
const EQUALITY_OPERATORS: ReadonlySet<string> = new Set(['===', '==', '!==', '!=']);
/**
 * A fragment shorter than this, or of one word, says too little to name an error
 * (`includes('token')`, `includes('not found')`).
 */
const MINIMUM_FRAGMENT_LENGTH = 12;
const MINIMUM_PATTERN_LENGTH = 8;

/**
 * The tests of one message read against text that Parse Server sends: equality (`switch` cases too),
 * `includes`/`startsWith`/`endsWith`/`indexOf`, and regular expressions (`/…/.test(m)`, `m.match(/…/)`,
 * `m.search(/…/)`), after `toLowerCase()` and the like. A test counts only when all the messages it
 * matches share one code.
 */
export function messageChecksOf(read: ErrorMessageRead): MessageCheck[] {
  let value: TSESTree.Node = read.value;
  let ignoreCase = false;
  for (;;) {
    const call = methodCallOn(value);
    if (!call || !CASE_FOLDING_METHODS.has(call.method)) break;
    ignoreCase ||= call.method !== 'trim';
    value = call.node;
  }
  const checks: MessageCheck[] = [];
  const add = (check: Omit<MessageCheck, 'messages'>, messages: readonly ServerMessage[]): void => {
    if (messages.length > 0 && messages.every((entry) => entry.code === messages[0]?.code))
      checks.push({ ...check, messages });
  };
  const parent = value.parent;
  if (parent?.type === 'BinaryExpression' && EQUALITY_OPERATORS.has(parent.operator)) {
    const text = stringValue(parent.left === value ? parent.right : parent.left);
    const negated = parent.operator.startsWith('!');
    if (text !== undefined) add({ node: parent, isBoolean: true, negated }, messagesEqualTo(text, ignoreCase));
  } else if (parent?.type === 'SwitchStatement' && parent.discriminant === value) {
    for (const switchCase of parent.cases) {
      const text = switchCase.test ? stringValue(switchCase.test) : undefined;
      if (switchCase.test && text !== undefined)
        add({ node: switchCase.test, isBoolean: false, negated: false }, messagesEqualTo(text, ignoreCase));
    }
  } else if (parent?.type === 'CallExpression' && parent.arguments[0] === value) {
    const pattern = regExpTested(parent);
    if (pattern) add({ node: parent, isBoolean: true, negated: false }, messagesMatching(pattern));
  } else {
    const call = methodCallOn(value);
    const [argument] = call?.node.arguments ?? [];
    if (!call || !argument) return checks;
    const text = stringValue(argument);
    if (text !== undefined && (CONTAINING_METHODS.has(call.method) || call.method === 'indexOf')) {
      if (text.length >= MINIMUM_FRAGMENT_LENGTH && text.includes(' '))
        add(
          { node: call.node, isBoolean: call.method !== 'indexOf', negated: false },
          messagesContaining(text, ignoreCase),
        );
    } else if (call.method === 'match' || call.method === 'search') {
      const pattern = regExpOf(argument);
      if (pattern) add({ node: call.node, isBoolean: false, negated: false }, messagesMatching(pattern));
    }
  }
  return checks;
}

/** `value.method(…)`: the call and the method's name. */
function methodCallOn(value: TSESTree.Node): { node: TSESTree.CallExpression; method: string } | undefined {
  const member = value.parent;
  if (member?.type !== 'MemberExpression' || member.object !== value) return undefined;
  const call = member.parent;
  const method = staticPropertyName(member);
  if (call.type !== 'CallExpression' || call.callee !== member || method === undefined) return undefined;
  return { node: call, method };
}

/** `/…/.test(x)`: the regular expression. */
function regExpTested(call: TSESTree.CallExpression): RegExp | undefined {
  const callee = call.callee;
  if (callee.type !== 'MemberExpression' || staticPropertyName(callee) !== 'test') return undefined;
  return regExpOf(callee.object);
}

function regExpOf(node: TSESTree.Node): RegExp | undefined {
  const literal = skipExpressionWrappers(node);
  if (literal.type !== 'Literal' || !('regex' in literal) || literal.regex.pattern.length < MINIMUM_PATTERN_LENGTH)
    return undefined;
  try {
    return new RegExp(literal.regex.pattern, literal.regex.flags.replace(/[gy]/gu, ''));
  } catch {
    return undefined;
  }
}

/** A string literal, or a template literal without expressions. */
function stringValue(node: TSESTree.Node): string | undefined {
  const expression = skipExpressionWrappers(node);
  if (expression.type === 'Literal' && typeof expression.value === 'string') return expression.value;
  if (expression.type === 'TemplateLiteral' && expression.expressions.length === 0)
    return expression.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/**
 * True when the test sits in a `&&` chain that also compares the same variable's code
 * (`err.code === Parse.Error.OBJECT_NOT_FOUND && err.message === 'Object not found.'`): the message
 * then tells apart the meanings of a shared code, as no-ambiguous-codes advises.
 */
export function isConjoinedWithCodeTest(check: MessageCheck, read: ErrorMessageRead): boolean {
  let chain: TSESTree.Node = check.node;
  while (chain.parent?.type === 'LogicalExpression' && chain.parent.operator === '&&') chain = chain.parent;
  const operands: TSESTree.Node[] = [chain];
  for (let operand = operands.pop(); operand; operand = operands.pop()) {
    if (operand.type === 'LogicalExpression' && operand.operator === '&&') operands.push(operand.left, operand.right);
    else if (operand.type === 'BinaryExpression' && EQUALITY_OPERATORS.has(operand.operator)) {
      if (isCodeOf(operand.left, read.error.name) || isCodeOf(operand.right, read.error.name)) return true;
    }
  }
  return false;
}

function isCodeOf(node: TSESTree.Node, name: string): boolean {
  const member = skipExpressionWrappers(node);
  if (member.type !== 'MemberExpression' || staticPropertyName(member) !== 'code') return false;
  const object = skipExpressionWrappers(member.object);
  return object.type === 'Identifier' && object.name === name;
}
