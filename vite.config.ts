// The browser game: `vite build` bundles src/web into dist/web; `vite preview` serves it.
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { bundledScenarios } from './scripts/vite-scenarios';

// The engine and the chronicle are pure (DESIGN.md): importing one of their modules changes
// nothing but what it exports. Said to the bundler, this lets the page, which uses a few of their
// rules and constants, leave out the scenario reader (the YAML parser, the schemas) that only the
// worker runs; a module whose exports are used keeps all its statements.
const hasSideEffects = (id: string) => !/[\\/]src[\\/](engine|chronicle)[\\/]/.test(id);

export default defineConfig({
  plugins: [preact(), bundledScenarios()],
  // The worker is bundled apart, and needs the plugin too.
  worker: { format: 'es', plugins: () => [bundledScenarios()] },
  build: {
    outDir: 'dist/web',
    target: 'es2022',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: { treeshake: { moduleSideEffects: hasSideEffects } },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
