// The built plugin in dist/, which smoke, fuzz and bench run, typed from the sources so that the
// type check (which runs before the build in `npm test`) needs no dist/.
import type * as sourceCatalog from '../src/data/index.js';
import type sourcePlugin from '../src/index.js';

const distDirectory = new URL('../dist/', import.meta.url);

export const plugin = ((await import(new URL('index.js', distDirectory).href)) as { default: typeof sourcePlugin })
  .default;

export const catalog = (await import(new URL('catalog.js', distDirectory).href)) as typeof sourceCatalog;
