/** @type {import('eslint-doc-generator').GenerateOptions} */
export default {
  configEmoji: [
    ['recommended', '✅'],
    ['recommended-type-checked', '☑️'],
    ['strict', '🔒'],
    ['strict-type-checked', '🔐'],
    ['all', '🌐'],
  ],
  ignoreConfig: ['all', 'disable-type-checked'],
  ruleDocTitleFormat: 'prefix-name',
  ruleDocSectionInclude: ['Examples', 'Options', 'Type Checking', 'When Not To Use It'],
  // Every page has an Options section, which says so when a rule has none; the generator would
  // forbid it there. tests/plugin.test.ts checks that each option has its own heading instead.
  ruleDocSectionOptions: false,
  ruleListColumns: [
    'name',
    'description',
    'configsError',
    'configsWarn',
    'fixable',
    'hasSuggestions',
    'requiresTypeChecking',
  ],
};
