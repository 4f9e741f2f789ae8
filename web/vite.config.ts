import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { pwaOptions } from './pwa/options';
import { compression } from 'vite-plugin-compression2';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  // .br and .gz next to each file, sent as they are by the server (server/core/web-static.ts).
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'] }), VitePWA(pwaOptions)],
  build: {
    // WEB_DIST: another build folder (browser suites run side by side each build their own).
    outDir: process.env.WEB_DIST ? path.resolve(process.env.WEB_DIST) : fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // The bundle budget (scripts/bundle-budget.ts) reads what each page loads from the manifest.
    manifest: true,
    rolldownOptions: {
      // Ant Design's @rc-component/* packages do not declare "sideEffects": false, so importing one export
      // of a package kept all of it (the whole form library came with ConfigProvider). They have none.
      treeshake: { moduleSideEffects: [{ test: /\.css$/, sideEffects: true }, { test: /node_modules[\\/]@rc-component[\\/]/, sideEffects: false }] },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
});
