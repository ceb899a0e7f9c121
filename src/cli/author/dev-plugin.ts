// The playtest loop's Vite plugin: the browser game's scenario module gives the files of the
// author's folder instead of the bundled scenario; a saved file reloads the page (which resumes
// its autosave, replayed on the new content) or, if the scenario no longer loads, shows its
// errors over the page with file:line:col; `/__uchronia/graph` is the scenario's event graph.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { formatScenarioError, parseScenario, type ScenarioError } from '../../engine';
import { readScenarioFolder } from '../../node/scenario-dir';
import { buildGraph } from '../../analysis/graph/build';
import { toHtml } from '../../analysis/graph/render';

/** The web app's modules that hold the bundled scenarios (scripts/vite-scenarios.ts), which dev
 *  mode replaces with the author's one: the page's list of title-screen facts and maps, and the
 *  worker's loaders of files. Their shapes are the seam (src/web/env.d.ts). */
const PAGE_MODULE = 'virtual:bundled-scenarios';
const WORKER_MODULE = 'virtual:bundled-files';
const FILES_MODULE = 'virtual:uchronia-dev-files';
/** The build's own page module, for the world map it makes. */
const ORIGINAL_PAGE = 'virtual:uchronia-dev-original-page';
export const GRAPH_PATH = '/__uchronia/graph';

/** The error Vite's overlay shows: every problem, one a line, the first one's place as its own. */
export function overlayError(dir: string, errors: readonly ScenarioError[]) {
  const first = errors[0];
  return {
    message: `The scenario in ${dir} has ${errors.length} error${errors.length === 1 ? '' : 's'}:\n${errors.map(formatScenarioError).join('\n')}`,
    stack: '',
    plugin: 'uchronia dev',
    ...(first
      ? {
          id: join(dir, first.file),
          loc: { file: join(dir, first.file), line: first.line, column: first.col },
        }
      : {}),
  };
}

export interface DevState {
  /** The folder's files and what loading them found, as of the last save. */
  read(): { files: { path: string; text: string }[]; errors: ScenarioError[] };
}

function readDir(dir: string): ReturnType<DevState['read']> {
  const folder = readScenarioFolder(dir);
  if (folder.errors.length) return { files: folder.files, errors: folder.errors };
  const r = parseScenario(folder.files);
  return {
    files: folder.files,
    errors: r.ok ? [] : r.errors.filter((e) => e.severity === 'error'),
  };
}

function tsx(root: string, args: string[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 64 << 20,
  });
}

export function uchroniaDev(dir: string, root: string): Plugin {
  const errorsNow = () => readDir(dir).errors;
  const ids = [PAGE_MODULE, WORKER_MODULE, FILES_MODULE].map((m) => `\0uchronia-dev:${m}`);
  /** The page's module: the folder's title-screen facts and its own map (built as the bundled
   *  scenarios' are); a scenario that does not load has neither (the worker then says why). */
  const pageModule = (): string => {
    const lines = [
      `import { worldUrl } from ${JSON.stringify(ORIGINAL_PAGE)};`,
      'export { worldUrl };',
    ];
    try {
      const info = tsx(root, [join(root, 'scripts/scenario-info.ts'), dir]);
      const cache = join(root, 'node_modules/.cache/uchronia-dev');
      const out = join(cache, `map-${Date.now()}.json`);
      mkdirSync(cache, { recursive: true });
      // one map per reload, under a new name (so the page fetches it afresh): the older ones
      // are no longer imported, and an author's hundredth save leaves no hundred maps behind
      for (const old of readdirSync(cache))
        if (/^map-\d+\.json$/.test(old)) rmSync(join(cache, old), { force: true });
      let map = 'worldUrl';
      let bundled = false;
      try {
        tsx(root, [join(root, 'scripts/map/build-map.ts'), dir, out]);
        lines.push(`import map from ${JSON.stringify(`${out}?url`)};`);
        map = 'map';
        bundled = true;
      } catch {
        // drawn on the world map instead, as a scenario the player opens is
      }
      lines.push(`export default [{ info: { ...${info}, bundled: ${bundled} }, mapUrl: ${map} }];`);
    } catch {
      lines.push('export default [];');
    }
    return lines.join('\n');
  };
  return {
    name: 'uchronia-dev',
    enforce: 'pre',
    resolveId(source) {
      // The build's own module keeps its id (its plugin loads it); the author's take others.
      if (source === ORIGINAL_PAGE) return `\0${PAGE_MODULE}`;
      if (source === PAGE_MODULE || source === WORKER_MODULE || source === FILES_MODULE)
        return `\0uchronia-dev:${source}`;
      return null;
    },
    load(id) {
      if (id === `\0uchronia-dev:${PAGE_MODULE}`) return pageModule();
      if (id === `\0uchronia-dev:${WORKER_MODULE}`) {
        const name = readDir(dir).files.length ? idOf(dir) : 'dev';
        return `export default { ${JSON.stringify(name)}: () => import(${JSON.stringify(FILES_MODULE)}) };`;
      }
      if (id === `\0uchronia-dev:${FILES_MODULE}`)
        return `export default ${JSON.stringify(readDir(dir).files)};`;
      return null;
    },
    configureServer(s) {
      s.watcher.add(dir);
      const changed = (file: string) => {
        const rel = relative(dir, file);
        if (rel.startsWith('..') || rel.split(sep).includes('node_modules')) return;
        for (const id of ids) {
          const mod = s.moduleGraph.getModuleById(id);
          if (mod) s.moduleGraph.invalidateModule(mod);
        }
        const errors = errorsNow();
        if (errors.length) s.ws.send({ type: 'error', err: overlayError(dir, errors) });
        else s.ws.send({ type: 'full-reload', path: '*' });
      };
      s.watcher.on('change', changed);
      s.watcher.on('add', changed);
      s.watcher.on('unlink', changed);
      // A page that opens while the scenario is broken is shown why at once.
      s.ws.on('connection', () => {
        const errors = errorsNow();
        if (errors.length) s.ws.send({ type: 'error', err: overlayError(dir, errors) });
      });
      s.middlewares.use(GRAPH_PATH, (_req, res) => {
        const folder = readScenarioFolder(dir);
        const r = parseScenario(folder.files);
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        if (!r.ok) {
          res.statusCode = 422;
          const lines = [...folder.errors, ...r.errors].map(formatScenarioError);
          res.end(
            `<!doctype html><meta charset="utf-8"><pre>${lines.join('\n').replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`)}</pre>`,
          );
          return;
        }
        res.end(
          toHtml(
            buildGraph(r.scenario),
            'No reachability search in dev mode (run uchronia graph).',
          ),
        );
      });
    },
  };
}

/** The scenario id the folder's scenario.yaml gives, as the worker looks its files up. */
function idOf(dir: string): string {
  const m = /^id:\s*([a-z][a-z0-9_-]*)\s*$/m.exec(readFileSync(join(dir, 'scenario.yaml'), 'utf8'));
  return m?.[1] ?? 'dev';
}
