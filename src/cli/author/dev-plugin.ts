// The playtest loop's Vite plugin: the browser game's scenario module gives the files of the
// author's folder instead of the bundled scenario; a saved file reloads the page (which resumes
// its autosave, replayed on the new content) or, if the scenario no longer loads, shows its
// errors over the page with file:line:col; `/__uchronia/graph` is the scenario's event graph.
import { execFileSync } from 'node:child_process';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { formatScenarioError, parseScenario, type ScenarioError } from '../../engine';
import { readScenarioFolder } from '../../node/scenario-dir';
import { buildGraph } from '../../analysis/graph/build';
import { toHtml } from '../../analysis/graph/render';

/** The web app's module that holds the scenario's files (read by the worker), which dev mode
 *  replaces: its one export, `SCENARIO_FILES`, is the seam. */
export const SCENARIO_MODULE = 'src/web/worker/scenario-files.ts';
const INFO_MODULE = 'virtual:scenario-info';
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

export function uchroniaDev(dir: string, root: string): Plugin {
  const scenarioModule = resolve(root, SCENARIO_MODULE);
  const errorsNow = () => readDir(dir).errors;
  return {
    name: 'uchronia-dev',
    enforce: 'pre',
    resolveId: (source) => (source === INFO_MODULE ? `\0${INFO_MODULE}` : null),
    load(id) {
      if (id === `\0${INFO_MODULE}`) {
        // The title screen's facts, worked out by the engine in a Node process of its own, as the
        // build does; a scenario that does not load has none (the worker then says why).
        try {
          const info = execFileSync(
            process.execPath,
            ['--import', 'tsx', join(root, 'scripts/scenario-info.ts'), dir],
            { encoding: 'utf8', cwd: root, stdio: ['ignore', 'pipe', 'ignore'] },
          );
          return `export default ${info};`;
        } catch {
          return 'export default undefined;';
        }
      }
      if (resolve(id.split('?')[0]!) !== scenarioModule) return null;
      const { files } = readDir(dir);
      return `export const SCENARIO_FILES = ${JSON.stringify(files)};`;
    },
    configureServer(s) {
      s.watcher.add(dir);
      const changed = (file: string) => {
        const rel = relative(dir, file);
        if (rel.startsWith('..') || rel.split(sep).includes('node_modules')) return;
        for (const id of [scenarioModule, `\0${INFO_MODULE}`]) {
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
