import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * True when `dist/main.js` exists and is at least as new as every file it was built from
 * (`dist/inputs.json`, paths relative to the repository root). A missing, unreadable or
 * deleted input counts as stale: the sources are the truth. About 200 stat calls (~2 ms).
 */
export function isBundleFresh(distDir, rootDir) {
  try {
    const built = statSync(join(distDir, 'main.js')).mtimeMs;
    const inputs = JSON.parse(readFileSync(join(distDir, 'inputs.json'), 'utf8'));
    if (!Array.isArray(inputs) || inputs.length === 0) return false;
    return inputs.every((path) => statSync(join(rootDir, path)).mtimeMs <= built);
  } catch {
    return false;
  }
}
