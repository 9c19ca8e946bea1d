import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: { index: 'src/index.ts', catalog: 'src/data/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  fixedExtension: false,
  platform: 'node',
  target: 'node20.19',
  clean: true,
});
