// Writes dist/catalog.json from src/data (part of `npm run build`; alone: `npm run build:catalog-json`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { errorCodes } from '../src/data/index.js';
import { renderCatalogJson } from './catalog-json.js';

const target = fileURLToPath(new URL('../dist/catalog.json', import.meta.url));

mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, renderCatalogJson(errorCodes));
console.log(`Wrote ${relative(process.cwd(), target)} (${errorCodes.length} entries)`);
