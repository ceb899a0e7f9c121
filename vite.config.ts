// The browser game: `vite build` bundles src/web into dist/web; `vite preview` serves it.
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { loadScenarioDir } from './src/node/scenario-dir';
import { scenarioInfo } from './src/web/session';

/** The title screen's facts about the bundled scenario (names, factions, regions), worked out at
 *  build time, so the page can show it before the worker has compiled the scenario. */
function scenarioInfoModule(): Plugin {
  const id = 'virtual:scenario-info';
  return {
    name: 'uchronia-scenario-info',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(source) {
      if (source !== `\0${id}`) return null;
      const loaded = loadScenarioDir('red-mexico-1945');
      if (!loaded.ok) throw new Error(`red-mexico-1945 does not load: ${loaded.errors[0]?.message ?? ''}`);
      return `export default ${JSON.stringify(scenarioInfo(loaded.scenario))};`;
    },
  };
}

export default defineConfig({
  plugins: [preact(), scenarioInfoModule()],
  worker: { format: 'es' },
  build: { outDir: 'dist/web', target: 'es2022', emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
