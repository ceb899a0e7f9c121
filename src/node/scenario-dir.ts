// Reading a scenario folder from disk (Node only). The engine itself never touches files.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { packageRoot } from './package-root';
import {
  MAX_FILES,
  parseScenario,
  type LoadResult,
  type ScenarioFileText,
} from '../engine/format/load';

/** The folder holding the bundled scenarios (looked up when first asked: code that only reads
 *  scenario folders by path works outside the package too). */
export function bundledScenarios(): string {
  return join(packageRoot(), 'scenarios');
}

/** A scenario given by path, or by the name of a bundled scenario (`red-mexico-1945`). */
export function resolveScenarioDir(nameOrPath: string): string {
  if (existsSync(nameOrPath)) return resolve(nameOrPath);
  if (/^[a-z0-9_-]+$/.test(nameOrPath)) {
    const bundled = join(bundledScenarios(), nameOrPath);
    if (existsSync(bundled)) return bundled;
  }
  return resolve(nameOrPath);
}

export function listBundledScenarios(): string[] {
  const dir = bundledScenarios();
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'scenario.yaml')))
    .sort();
}

/** The YAML files of a folder, as the loader takes them. Stops collecting past the loader's limit. */
export function readScenarioFiles(dir: string): ScenarioFileText[] {
  const out: ScenarioFileText[] = [];
  const walk = (d: string, depth: number) => {
    for (const name of readdirSync(d).sort()) {
      if (out.length > MAX_FILES) return;
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) {
        if (depth < 2) walk(p, depth + 1);
      } else if (/\.ya?ml$/.test(name))
        out.push({ path: relative(dir, p).split(sep).join('/'), text: readFileSync(p, 'utf8') });
    }
  };
  walk(dir, 0);
  return out;
}

/** Loads a scenario folder; a missing folder is reported like any other scenario error. */
export function loadScenarioDir(nameOrPath: string): LoadResult & { dir: string } {
  const dir = resolveScenarioDir(nameOrPath);
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    return {
      dir,
      ok: false,
      errors: [
        {
          severity: 'error',
          file: nameOrPath,
          line: 1,
          col: 1,
          path: '',
          code: 'E_NO_SCENARIO',
          message: `no scenario folder at ${nameOrPath}`,
          hint: `bundled scenarios: ${listBundledScenarios().join(', ') || 'none'}`,
        },
      ],
    };
  return { dir, ...parseScenario(readScenarioFiles(dir)) };
}
