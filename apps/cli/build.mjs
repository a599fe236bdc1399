// Production bundle of the `matchready` command: ESM chunks in dist/, one per lazily loaded
// command (code splitting), so a run loads only what its command needs and nothing is compiled
// on the fly. bin/matchready.js runs it while it is newer than every source it was built from
// (dist/inputs.json), and the TypeScript sources through tsx otherwise. Decision 017.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const root = here('../../');
const outdir = here('./dist');

const result = await build({
  // Metafile paths are relative to this: the repository root.
  absWorkingDir: root,
  entryPoints: { main: here('./src/main.ts') },
  outdir,
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  // Smaller and faster to load; identifiers kept so stack traces stay readable.
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'linked',
  // Native drivers load from node_modules at run time; tsx only for `serve` without a server build.
  external: ['better-sqlite3', 'pg', 'pg-native', '@node-rs/argon2', 'tsx'],
  // CommonJS code inlined into an ES module still calls require() for Node built-ins.
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  metafile: true,
  logLevel: 'warning',
});

// The workspace files the bundle was made from, and the lock file (a dependency upgrade), for
// the freshness check in bin/matchready.js. Paths relative to the repository root.
const inputs = Object.keys(result.metafile.inputs).filter(
  (path) => !path.includes('node_modules/'),
);
await writeFile(
  `${outdir}/inputs.json`,
  `${JSON.stringify([...inputs, 'package-lock.json'].sort(), null, 1)}\n`,
);
const outputs = Object.entries(result.metafile.outputs).filter(([path]) => path.endsWith('.js'));
const bytes = outputs.reduce((sum, [, output]) => sum + output.bytes, 0);
console.log(
  `apps/cli/dist built: ${outputs.length} chunks, ${(bytes / 1024).toFixed(0)} KB, from ${inputs.length} source files`,
);
