// Writes docs/interview-red-flags.md from RED_FLAG_DOCS; with --check, fails when the file is stale.
// Usage: node --import tsx scripts/interview-red-flags-doc.ts [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { renderRedFlagDocs } from '../packages/core/src/interview/analyse/red-flag-docs.ts';

const target = new URL('../docs/interview-red-flags.md', import.meta.url);
const expected = renderRedFlagDocs();

if (process.argv.includes('--check')) {
  let actual = '';
  try {
    actual = readFileSync(target, 'utf8');
  } catch {
    // a missing file is stale
  }
  if (actual !== expected) {
    console.error(
      'docs/interview-red-flags.md is stale: run node --import tsx scripts/interview-red-flags-doc.ts',
    );
    process.exit(1);
  }
  console.log('docs/interview-red-flags.md is up to date');
} else {
  writeFileSync(target, expected);
  console.log('wrote docs/interview-red-flags.md');
}
