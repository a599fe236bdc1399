// Writes the web app's route modules (apps/web/src/lib/endpoints/*.ts) from the contract's
// endpoint registry and removes modules of tags that no longer exist. Usage: npm run generate:endpoints
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderWebEndpoints, WEB_ENDPOINTS_DIR } from './lib/web-endpoints.ts';

const dir = fileURLToPath(new URL(`../${WEB_ENDPOINTS_DIR}/`, import.meta.url));
const files = renderWebEndpoints();
for (const name of readdirSync(dir)) {
  if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !files.has(name)) {
    rmSync(join(dir, name));
    console.log(`removed ${WEB_ENDPOINTS_DIR}/${name}`);
  }
}
for (const [name, text] of files) writeFileSync(join(dir, name), text);
console.log(`wrote ${files.size} files to ${WEB_ENDPOINTS_DIR}`);
