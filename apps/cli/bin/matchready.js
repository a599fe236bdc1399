#!/usr/bin/env node
// `matchready`: runs the bundle built by `npm run build` (apps/cli/dist) while it is newer than
// every source it was made from; otherwise (a fresh clone, edited sources) the TypeScript
// sources through tsx, which compiles them on the fly (slower start, same behaviour).
import { fileURLToPath } from 'node:url';
import { isBundleFresh } from './fresh-bundle.js';

const path = (relative) => fileURLToPath(new URL(relative, import.meta.url));
let main;
if (
  process.env.MATCHREADY_FROM_SOURCE !== '1' &&
  isBundleFresh(path('../dist/'), path('../../../'))
) {
  ({ main } = await import('../dist/main.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
