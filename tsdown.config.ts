import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: { index: 'src/index.ts', catalog: 'src/data/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  fixedExtension: false,
  platform: 'node',
  target: 'node20.19',
  clean: true,
  // RuleCreator is all the rules use of @typescript-eslint/utils; bundling it keeps users free of
  // its dependency tree and of its peer dependency on TypeScript.
  deps: { onlyBundle: ['@typescript-eslint/utils'] },
});
