// `bench:ratio -- --stages`: the built plugin with its work taken away layer by layer, every layer
// measured in one run beside core `no-magic-numbers`, for the floor of issue #26. Each layer is a
// copy of dist/index.cjs with the lines that run its work edited out (bundle-copy.ts).
import type { plugin as builtPlugin } from '../../scripts/built-plugin.js';
import { bundleText, edited, loadedCopy } from './bundle-copy.js';

type Plugin = typeof builtPlugin;

export interface Stage {
  readonly name: string;
  readonly plugin: Plugin;
}

/** Lines of src/utils/error-code-visitor.ts, vue-template.ts and create-rule.ts, as bundled. */
const DELIVER_SDK_USES = 'if (mayUseSdkMembers(sourceCode)) deliverSdkUses();';
const FIND_SDK_USES = 'if (mayUseSdkMembers(sourceCode)) analysis().sdkUses();';
const RUN_FILE_END_HOOKS = 'for (const { handlers: rule } of receivers) rule.onFileEnd?.();';
/** Every listener of the shared visitor goes through it, once made. */
const WITH_VUE_TEMPLATE = 'function withVueTemplate(sourceCode, listeners) {';
const TEXT_GATE = 'wordsReportsNeed.every((words) => mentionsAny(context.sourceCode, words))';
const CREATE_AFTER_GATE = `${TEXT_GATE} ? rule.create(context, context.options) : {}`;

/**
 * Each layer takes away what the one before it kept, so that what remains at each is what the
 * layers below it cost. The first is the build as it is.
 */
const LAYERS: readonly { name: string; edits: readonly (readonly [string, string])[] }[] = [
  { name: 'as built', edits: [] },
  { name: "without the rules' `onFileEnd`", edits: [[RUN_FILE_END_HOOKS, ';']] },
  { name: '… and without delivering the SDK uses (found, not used)', edits: [[DELIVER_SDK_USES, FIND_SDK_USES]] },
  { name: '… and without finding them: no work at `Program:exit`', edits: [[FIND_SDK_USES, ';']] },
  {
    name: '… and no listeners: the rules are created (text gates, registration, listeners made)',
    edits: [[WITH_VUE_TEMPLATE, `${WITH_VUE_TEMPLATE} return {};`]],
  },
  { name: '… and no `create` after the text gates', edits: [[CREATE_AFTER_GATE, `${TEXT_GATE} ? {} : {}`]] },
  {
    name: '… and no text gates: ten rules that read their options (ESLint’s own cost)',
    edits: [[`${TEXT_GATE} ? {} : {}`, 'context.options ? {} : {}']],
  },
];

/** The layers, as built plugins: the build itself, then copies of its bundle edited layer by layer. */
export function stages(built: Plugin): Stage[] {
  let text = bundleText();
  return LAYERS.map(({ name, edits }, index) => {
    if (index === 0) return { name, plugin: built };
    for (const [from, to] of edits) text = edited(text, from, to);
    return { name, plugin: loadedCopy('stages', `layer-${index}`, text) };
  });
}
