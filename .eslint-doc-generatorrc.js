/** @type {import('eslint-doc-generator').GenerateOptions} */
export default {
  configEmoji: [
    ['recommended', '✅'],
    ['recommended-type-checked', '☑️'],
    ['strict', '🔒'],
    ['strict-type-checked', '🔐'],
    ['all', '🌐'],
  ],
  ignoreConfig: ['all'],
  ruleDocTitleFormat: 'prefix-name',
  ruleDocSectionInclude: ['Examples', 'Options', 'Type Checking', 'When Not To Use It'],
  ruleListColumns: ['name', 'description', 'configsError', 'configsWarn', 'fixable', 'hasSuggestions', 'requiresTypeChecking'],
};
