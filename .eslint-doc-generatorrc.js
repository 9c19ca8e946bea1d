/** @type {import('eslint-doc-generator').GenerateOptions} */
export default {
  configEmoji: [['recommended', '✅'], ['strict', '🔒'], ['all', '🌐']],
  ignoreConfig: ['all'],
  ruleDocTitleFormat: 'prefix-name',
  ruleDocSectionInclude: ['Examples', 'Options', 'When Not To Use It'],
  ruleListColumns: ['name', 'description', 'configsError', 'configsWarn', 'fixable', 'hasSuggestions', 'requiresTypeChecking'],
};
