import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type PluginOption } from 'vite';

const api = { '/api': { target: 'http://127.0.0.1:3000' } };

// react-router's package exports only point at its development build; production bundles use
// the production build it ships beside it (no dev warnings, smaller).
const routerDir = dirname(createRequire(import.meta.url).resolve('react-router/package.json'));

// The server (apps/server) serves dist/ with an SPA fallback; in development Vite proxies the API.
// @vitejs/plugin-react is hoisted to the root, where its types see the root's newer Vite (vitest's);
// the plugin itself supports Vite 7, so only the declared types differ.
const plugins = [react() as unknown as PluginOption];

export default defineConfig(({ mode }) => ({
  plugins,
  resolve:
    mode === 'production'
      ? {
          alias: [
            { find: /^react-router$/, replacement: join(routerDir, 'dist/production/index.mjs') },
          ],
        }
      : {},
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  server: { proxy: api },
  preview: { proxy: api },
}));
