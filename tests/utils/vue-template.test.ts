// Vue single-file components through vue-eslint-parser: the expressions of `<template>` are
// checked like the script's. A template sees the top-level bindings of `<script setup>`, so a
// `Parse` imported there is fixed to; with a plain `<script>`, whose imports the template cannot
// see, the constant is only suggested.
import vueParser from 'vue-eslint-parser';

import noMagicNumbers from '../../src/rules/no-magic-numbers.js';
import noPlainErrorObjects from '../../src/rules/no-plain-error-objects.js';
import { ruleTester } from '../rule-tester.js';

const vue = { languageOptions: { parser: vueParser }, filename: 'App.vue' } as const;

ruleTester.run('no-magic-numbers in Vue templates', noMagicNumbers, {
  valid: [
    {
      ...vue,
      code: `<template>
  <input @keyup="event.code === 'Enter' && submit()" :maxlength="209" />
</template>
<script setup>
import Parse from 'parse';
</script>
`,
    },
  ],
  invalid: [
    {
      ...vue,
      code: `<template>
  <p v-if="error.code === 209">Log in again.</p>
  <p :class="{ expired: error.code === 209 }">Session</p>
</template>
<script setup>
import Parse from 'parse';
defineProps(['error']);
</script>
`,
      output: `<template>
  <p v-if="error.code === Parse.Error.INVALID_SESSION_TOKEN">Log in again.</p>
  <p :class="{ expired: error.code === Parse.Error.INVALID_SESSION_TOKEN }">Session</p>
</template>
<script setup>
import Parse from 'parse';
defineProps(['error']);
</script>
`,
      errors: [
        {
          messageId: 'magicCode',
          data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
          line: 2,
          column: 27,
          endLine: 2,
          endColumn: 30,
        },
        {
          messageId: 'magicCode',
          data: { code: '209', meanings: 'invalid session token', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
          line: 3,
          column: 40,
          endLine: 3,
          endColumn: 43,
        },
      ],
    },
    {
      ...vue,
      // A plain <script>: its imports are not the template's names.
      code: `<template>
  <p v-if="error.code === 209">Log in again.</p>
</template>
<script>
import Parse from 'parse';
export default { props: ['error'] };
</script>
`,
      output: null,
      errors: [
        {
          messageId: 'magicCodeWithoutParse',
          data: { code: '209', constant: 'INVALID_SESSION_TOKEN', modules: "'parse'" },
          line: 2,
          column: 27,
          endLine: 2,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { code: '209', replacement: 'Parse.Error.INVALID_SESSION_TOKEN' },
              output: `<template>
  <p v-if="error.code === Parse.Error.INVALID_SESSION_TOKEN">Log in again.</p>
</template>
<script>
import Parse from 'parse';
export default { props: ['error'] };
</script>
`,
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('no-plain-error-objects beside a Vue template', noPlainErrorObjects, {
  valid: [
    {
      ...vue,
      // An object literal in a template is no Cloud Code throw.
      code: `<template>
  <button @click="show({ code: 141, message: 'Failed.' })">Retry</button>
</template>
<script setup>
import Parse from 'parse';
</script>
`,
    },
  ],
  invalid: [],
});
