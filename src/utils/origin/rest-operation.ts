import type { TSESTree } from '@typescript-eslint/utils';

import type { OperationFamily } from '../../data/index.js';
import { skipExpressionWrappers, staticPropertyName } from '../ast/index.js';

/** A Parse Server REST path, in a URL whose path is written literally, and the family it runs. */
const REST_PATHS: readonly (readonly [RegExp, OperationFamily])[] = [
  [/\/login(?:[/?]|$)/u, 'log-in'],
  [/\/users\/me(?:[/?]|$)/u, 'become'],
  [/\/requestPasswordReset(?:[/?]|$)/u, 'password-reset'],
  [/\/functions\/[\w-]+/u, 'cloud-function'],
  [/\/jobs\/[\w-]+/u, 'job'],
  [/\/files\/[\w.-]+/u, 'file'],
];
/** The HTTP clients whose first argument, or `url` option, is the URL. */
const HTTP_FUNCTIONS: ReadonlySet<string> = new Set(['fetch', 'axios', 'got', 'ky']);
const HTTP_METHODS: ReadonlySet<string> = new Set(['get', 'post', 'put', 'delete', 'patch', 'request', 'httpRequest']);

/** The family of a REST call to a Parse URL whose path is literal (`fetch(`${server}/functions/pay`)`). */
export function restOperationFamily(call: TSESTree.CallExpression): OperationFamily | undefined {
  const callee = skipExpressionWrappers(call.callee);
  const isHttpCall =
    (callee.type === 'Identifier' && HTTP_FUNCTIONS.has(callee.name)) ||
    (callee.type === 'MemberExpression' && HTTP_METHODS.has(staticPropertyName(callee) ?? ''));
  if (!isHttpCall) return undefined;
  const path = literalText(urlArgument(call));
  if (path === undefined) return undefined;
  return REST_PATHS.find(([pattern]) => pattern.test(path))?.[1];
}

function urlArgument(call: TSESTree.CallExpression): TSESTree.Node | undefined {
  const [first] = call.arguments;
  if (first?.type !== 'ObjectExpression') return first;
  const url = first.properties.find(
    (property): property is TSESTree.Property => property.type === 'Property' && staticPropertyName(property) === 'url',
  );
  return url?.value;
}

/** The literal text of a URL: a string, or a template's text after its first expression. */
function literalText(node: TSESTree.Node | undefined): string | undefined {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral') return node.quasis.map((quasi) => quasi.value.cooked ?? '').join('\u0000');
  return undefined;
}
