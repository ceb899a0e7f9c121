// The browser game: `vite build` bundles src/web into dist/web; `vite preview` serves it.
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { bundledScenarios } from './scripts/vite-scenarios';

export default defineConfig({
  plugins: [preact(), bundledScenarios()],
  // The worker is bundled apart, and needs the plugin too.
  worker: { format: 'es', plugins: () => [bundledScenarios()] },
  build: { outDir: 'dist/web', target: 'es2022', emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
