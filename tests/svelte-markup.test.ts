// Svelte components through svelte-eslint-parser: the markup's expressions are ESTree nodes that
// ESLint walks itself, so the rules check them with no Svelte-specific code.
import svelteParser from 'svelte-eslint-parser';

import noMagicNumbers from '../src/rules/no-magic-numbers.js';
import { ruleTester } from './rule-tester.js';

ruleTester.run('no-magic-numbers in Svelte markup', noMagicNumbers, {
  valid: [],
  invalid: [
    {
      code: `<script>
  import Parse from 'parse';
  export let error;
</script>

{#if error.code === 209}
  <p class:expired={error.code === 209}>Log in again.</p>
{/if}
`,
      output: `<script>
  import Parse from 'parse';
  export let error;
</script>

{#if error.code === Parse.Error.INVALID_SESSION_TOKEN}
  <p class:expired={error.code === Parse.Error.INVALID_SESSION_TOKEN}>Log in again.</p>
{/if}
`,
      languageOptions: { parser: svelteParser },
      filename: 'Session.svelte',
      errors: [
        {
          messageId: 'magicCode',
          data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
          line: 6,
          column: 21,
          endLine: 6,
          endColumn: 24,
        },
        {
          messageId: 'magicCode',
          data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
          line: 7,
          column: 36,
          endLine: 7,
          endColumn: 39,
        },
      ],
    },
  ],
});
