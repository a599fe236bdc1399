import { fileURLToPath } from 'node:url';

// This module sits one level below apps/cli in the sources (src/) and in the bundle (dist/,
// where esbuild inlines it into a chunk), so the same relative URLs hold in both.
const fromCli = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** The repository root. */
export const REPO_ROOT = fromCli('../../');
/** apps/server/, which `matchready serve` starts as a child process (decision 004). */
export const SERVER_DIR = fromCli('../server/');
/** The bundled sample instance that `matchready demo` solves. */
export const SAMPLE_INSTANCE = fromCli('../../examples/sample-instance.json');
