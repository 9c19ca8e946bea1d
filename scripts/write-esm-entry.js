// Writes the ESM entry of the plugin as a re-export of its CommonJS build (see tsdown.config.ts).
import { writeFile } from 'node:fs/promises';

const distDirectory = new URL('../dist/', import.meta.url);

await writeFile(new URL('index.js', distDirectory), "import plugin from './index.cjs';\n\nexport default plugin;\n");
await writeFile(new URL('index.d.ts', distDirectory), "import plugin from './index.cjs';\n\nexport default plugin;\n");
