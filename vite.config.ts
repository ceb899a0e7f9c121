// The browser game: `vite build` bundles src/web into dist/web; `vite preview` serves it.
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { execFileSync } from 'node:child_process';

/** The title screen's facts about the bundled scenario (names, factions, regions), worked out at
 *  build time, so the page can show it before the worker has compiled the scenario. */
function scenarioInfoModule(): Plugin {
  const id = 'virtual:scenario-info';
  return {
    name: 'uchronia-scenario-info',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(source) {
      if (source !== `\0${id}`) return null;
      // Worked out by the engine itself, in a Node process of its own: the config imports none of
      // the project's TypeScript.
      const info = execFileSync(
        process.execPath,
        ['--import', 'tsx', 'scripts/scenario-info.ts', 'red-mexico-1945'],
        { encoding: 'utf8' },
      );
      return `export default ${info};`;
    },
  };
}

export default defineConfig({
  plugins: [preact(), scenarioInfoModule()],
  worker: { format: 'es' },
  build: { outDir: 'dist/web', target: 'es2022', emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
