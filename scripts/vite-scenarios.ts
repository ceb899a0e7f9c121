// The bundled scenarios, as the browser game's build sees them (every folder of scenarios/ with a
// scenario.yaml):
// - `virtual:bundled-scenarios` (the page): each one's title-screen facts and the URL of its map,
//   worked out at build time so the title screen shows them before the worker is ready; and the
//   URL of the world map, for a scenario the player opens from a folder or a zip;
// - `virtual:bundled-files` (the worker): for each, a loader of its files and of their checked
//   form (the worker skips parsing their YAML), in a chunk of its own.
// The facts and the maps are worked out by the project's own scripts in Node processes of their
// own (the config imports none of the project's TypeScript); the maps, which take seconds, are
// kept in node_modules/.cache by a hash of what they are made from.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';

const ROOT = process.cwd();
const CACHE = join(ROOT, 'node_modules/.cache/uchronia-maps');
const MAP_CODE = ['scripts/map/build-map.ts', 'src/web/map/areas.ts'];

function bundledIds(scenarios: string): string[] {
  if (!existsSync(scenarios)) return [];
  return readdirSync(scenarios)
    .filter((d) => existsSync(join(scenarios, d, 'scenario.yaml')))
    .sort();
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml') && statSync(join(dir, f)).isFile())
    .map((f) => f.split('\\').join('/'))
    .sort();
}

function tsx(args: string[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
}

/** Builds a map file unless one made from the same inputs is cached; returns its path. */
function mapFile(what: string, inputs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const f of [...MAP_CODE, 'package-lock.json', ...inputs])
    hash.update(f).update(readFileSync(join(ROOT, f)));
  const out = join(CACHE, `${what}-${hash.digest('hex').slice(0, 16)}.json`);
  if (!existsSync(out)) {
    mkdirSync(CACHE, { recursive: true });
    tsx(['scripts/map/build-map.ts', what, out]);
  }
  return out;
}

/** `scenarios`: the folder of the bundled scenarios (the project's own unless told). */
export function bundledScenarios(scenarios = join(ROOT, 'scenarios')): Plugin {
  const page = 'virtual:bundled-scenarios';
  const worker = 'virtual:bundled-files';
  const files = 'virtual:scenario-files/';
  return {
    name: 'uchronia-bundled-scenarios',
    // `vite dev`: a change to a bundled scenario's files makes its modules again (the files, their
    // checked form under their new content hash, the title-screen facts) and reloads the page.
    configureServer(server) {
      server.watcher.add(scenarios);
      const changed = (file: string) => {
        const [name, ...rest] = relative(scenarios, file).split(sep);
        if (!name || name.startsWith('..') || !rest.length) return;
        const stale = [`\0${page}`, `\0${worker}`, `\0${files}${name}`];
        for (const env of Object.values(server.environments))
          for (const id of stale) {
            const mod = env.moduleGraph.getModuleById(id);
            if (mod) env.moduleGraph.invalidateModule(mod);
          }
        server.ws.send({ type: 'full-reload', path: '*' });
      };
      server.watcher.on('change', changed);
      server.watcher.on('add', changed);
      server.watcher.on('unlink', changed);
    },
    resolveId: (source) =>
      source === page || source === worker || source.startsWith(files) ? `\0${source}` : null,
    load(source) {
      if (!source.startsWith('\0virtual:')) return null;
      const id = source.slice(1);
      if (id === page) {
        const ids = bundledIds(scenarios);
        const lines = [`import world from ${JSON.stringify(`${mapFile('world', [])}?url`)};`];
        const entries = ids.map((name, i) => {
          const dir = join(scenarios, name);
          const inputs = yamlFiles(dir).map((f) => relative(ROOT, join(dir, f)));
          lines.push(`import map${i} from ${JSON.stringify(`${mapFile(name, inputs)}?url`)};`);
          const info = tsx(['scripts/scenario-info.ts', dir]);
          return `{ info: { ...${info}, bundled: true }, mapUrl: map${i} }`;
        });
        lines.push(`export const worldUrl = world;`, `export default [${entries.join(', ')}];`);
        return lines.join('\n');
      }
      if (id === worker) {
        const entries = bundledIds(scenarios).map(
          (name) => `${JSON.stringify(name)}: () => import(${JSON.stringify(files + name)})`,
        );
        return `export default { ${entries.join(', ')} };`;
      }
      const name = id.slice(files.length);
      if (!bundledIds(scenarios).includes(name)) return null;
      const dir = join(scenarios, name);
      for (const f of yamlFiles(dir)) this.addWatchFile(join(dir, f));
      // The files and their checked form, made together by the engine's own loader: the worker
      // uses the form only under the key of these files (src/engine/format/store.ts).
      const { files: list, checked } = JSON.parse(tsx(['scripts/shipped-scenario.ts', dir])) as {
        files: unknown;
        checked: unknown;
      };
      return `export const checked = ${JSON.stringify(checked)};\nexport default ${JSON.stringify(list)};`;
    },
  };
}
