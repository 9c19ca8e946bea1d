import { defineConfig, type UserConfig } from 'tsdown';

const shared: UserConfig = {
  dts: true,
  fixedExtension: false,
  platform: 'node',
  target: 'node20.19',
  // CommonJS is deliberate (see below), and the plugin timings of a three-second build are no news.
  checks: { legacyCjs: false, pluginTimings: false },
};

export default defineConfig([
  // The plugin is built once, as CommonJS; dist/index.js (written by scripts/write-esm-entry.js)
  // re-exports it, so `import` and `require` give the same object and ESLint never sees two
  // plugins named parse-error-codes in one config.
  // RuleCreator is all the rules use of @typescript-eslint/utils; bundling it keeps users free of
  // its dependency tree and of its peer dependency on TypeScript.
  {
    ...shared,
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    clean: true,
    deps: { onlyBundle: ['@typescript-eslint/utils'] },
  },
  // The catalog holds no identity that matters; it ships as both formats.
  { ...shared, entry: { catalog: 'src/data/index.ts' }, format: ['esm', 'cjs'], clean: false },
  // The `bin` (`eslint-plugin-parse-error-codes explain 141`): one ESM file with the catalog inside, no types.
  { ...shared, entry: { cli: 'src/cli/explain.ts' }, format: ['esm'], dts: false, clean: false },
]);
