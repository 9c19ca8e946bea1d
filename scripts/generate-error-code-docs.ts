import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { renderErrorCodeTable } from './error-code-table.js';

const target = fileURLToPath(new URL('../docs/error-codes.md', import.meta.url));

mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, renderErrorCodeTable());
console.log(`Wrote ${relative(process.cwd(), target)}`);
