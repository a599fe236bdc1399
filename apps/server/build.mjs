// Production bundle of the server: one ESM file, dist/main.js. Native drivers stay external
// (loaded from node_modules at run time); everything else, workspace packages included, is inlined.
import { build } from 'esbuild';

const src = (path) => new URL(`./src/${path}`, import.meta.url).pathname;
const result = await build({
  // The worker pool's thread is its own entry: the pool loads dist/pool-worker.js beside
  // dist/main.js (see src/workers/worker-pool.ts).
  entryPoints: {
    main: src('main.ts'),
    'pool-worker': src('workers/pool.worker.ts'),
  },
  outdir: new URL('./dist', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  // Smaller and faster to load; identifiers kept so stack traces stay readable.
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'linked',
  // pg-boss too: it is imported only when DATABASE_URL is PostgreSQL (decision 044), and kept
  // out of the bundle so laptop mode on SQLite never even parses it.
  external: ['better-sqlite3', 'pg', 'pg-native', '@node-rs/argon2', 'pg-boss'],
  // CommonJS code inlined into an ES module still calls require() for Node built-ins.
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  metafile: true,
  logLevel: 'warning',
});
const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
console.log(
  `apps/server/dist/main.js and pool-worker.js built (${(bytes / 1024).toFixed(0)} KB with source maps)`,
);
