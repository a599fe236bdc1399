import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isBundleFresh } from '../bin/fresh-bundle.js';

/** A repository root with two sources and apps/cli/dist built at `builtAt` (seconds). */
async function layout(root: string, builtAt: number, inputs = ['src/a.ts', 'package-lock.json']) {
  const dist = join(root, 'apps/cli/dist');
  await mkdir(join(root, 'src'), { recursive: true });
  await mkdir(dist, { recursive: true });
  for (const file of ['src/a.ts', 'package-lock.json']) {
    await writeFile(join(root, file), 'x');
    await utimes(join(root, file), 1000, 1000);
  }
  await writeFile(join(dist, 'inputs.json'), JSON.stringify(inputs));
  await writeFile(join(dist, 'main.js'), 'export const main = () => 0;');
  await utimes(join(dist, 'main.js'), builtAt, builtAt);
  return dist;
}

describe('isBundleFresh (bin/matchready.js runs the bundle only when it is)', () => {
  let root = '';
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'matchready-bundle-'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('is fresh when built after every input', async () => {
    expect(isBundleFresh(await layout(root, 2000), root)).toBe(true);
  });

  it('is stale when a source or the lock file changed after the build', async () => {
    const dist = await layout(root, 2000);
    await utimes(join(root, 'src/a.ts'), 3000, 3000);
    expect(isBundleFresh(dist, root)).toBe(false);
    await utimes(join(root, 'src/a.ts'), 1000, 1000);
    await utimes(join(root, 'package-lock.json'), 3000, 3000);
    expect(isBundleFresh(dist, root)).toBe(false);
  });

  it('is stale when an input is gone, the list is empty or there is no bundle', async () => {
    expect(isBundleFresh(await layout(root, 2000, ['src/gone.ts']), root)).toBe(false);
    expect(isBundleFresh(await layout(root, 2000, []), root)).toBe(false);
    expect(isBundleFresh(join(root, 'nowhere'), root)).toBe(false);
  });
});
