// Shared helpers for tests: the fixture scenarios, loaded or as editable files.
import { join } from 'node:path';
import { bundledScenarios, readScenarioFiles } from '../src/node/scenario-dir';
import { parseScenario, type Scenario, type ScenarioFileText } from '../src/engine';

export const MINI_DIR = new URL('./fixtures/mini', import.meta.url).pathname;

export function miniFiles(): ScenarioFileText[] {
  return readScenarioFiles(MINI_DIR);
}

export function loadMini(): Scenario {
  const r = parseScenario(miniFiles());
  if (!r.ok) throw new Error(`fixture mini does not load: ${JSON.stringify(r.errors)}`);
  return r.scenario;
}

/** A bundled scenario, by its id. */
export function loadBundled(id: string): Scenario {
  const r = parseScenario(readScenarioFiles(join(bundledScenarios(), id)));
  if (!r.ok) throw new Error(`scenario ${id} does not load: ${JSON.stringify(r.errors)}`);
  return r.scenario;
}

/** The fixture's files with one file's text changed. */
export function withEdit(path: string, edit: (text: string) => string): ScenarioFileText[] {
  let found = false;
  const files = miniFiles().map((f) => {
    if (f.path !== path) return f;
    found = true;
    return { path: f.path, text: edit(f.text) };
  });
  if (!found) files.push({ path, text: edit('') });
  return files;
}

/** Replaces exactly one occurrence, so a test fails loudly if the fixture changes under it. */
export function replaceOnce(text: string, from: string, to: string): string {
  const i = text.indexOf(from);
  if (i < 0 || text.indexOf(from, i + 1) >= 0) throw new Error(`expected exactly one \`${from}\``);
  return text.slice(0, i) + to + text.slice(i + from.length);
}
