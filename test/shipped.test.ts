// The browser build ships each bundled scenario with its checked form (scripts/vite-scenarios.ts),
// and the worker loads that instead of parsing the YAML: the same games, bit for bit, and a form
// that is not of the files shipped with it is refused, the files then read afresh.
import { describe, expect, it } from 'vitest';
import {
  formatScenarioError,
  initialState,
  parseScenario,
  stateHash,
  type ScenarioFileText,
} from '../src/engine';
import { runCampaign } from '../src/analysis/campaign';
import { POLICIES } from '../src/ai';
import { compileBundled, ScenarioProblem, type BundledModule } from '../src/web/worker/compile';
import { bundledScenarios } from '../scripts/vite-scenarios';

const IDS = ['red-mexico-1945', 'cuban-missiles-1962'];

/** The worker's module of a bundled scenario, as the build's plugin makes it. */
async function builtModule(id: string): Promise<BundledModule> {
  const plugin = bundledScenarios();
  const load = plugin.load as (this: unknown, id: string) => string | null;
  const watched: string[] = [];
  const code = load.call(
    { addWatchFile: (f: string) => watched.push(f) },
    `\0virtual:scenario-files/${id}`,
  );
  if (code === null) throw new Error(`the plugin makes no module for ${id}`);
  // a change to any of its files is to make the module again (dev mode, watch builds)
  expect(watched.some((f) => f.endsWith('scenario.yaml'))).toBe(true);
  return (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as BundledModule;
}

function games(scenario: Parameters<typeof runCampaign>[0]): string[] {
  const lines: string[] = [];
  for (const name of ['random', 'priority']) {
    const policy = POLICIES.get(name)!;
    const policies = Object.fromEntries(scenario.index.playable.map((f) => [f, policy]));
    for (let seed = 1; seed <= 5; seed++) {
      const { state, actions } = runCampaign(scenario, seed, policies);
      lines.push(`${name} ${seed} ${actions.length} ${stateHash(state)}`);
    }
  }
  return lines;
}

function fromYaml(files: readonly ScenarioFileText[]) {
  const r = parseScenario(files);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

describe('a bundled scenario shipped pre-checked', () => {
  for (const id of IDS)
    it(`gives the same games as its YAML in ${id}`, async () => {
      const module = await builtModule(id);
      expect(module.checked).toBeTruthy();
      const shipped = compileBundled(module, id);
      // the form the build ships is of these files: were it stale, the worker would refuse it
      expect(shipped.shipped).toBe(true);
      const yaml = fromYaml(module.default);
      expect(shipped.scenario.contentHash).toBe(yaml.contentHash);
      expect(games(shipped.scenario)).toEqual(games(yaml));
    }, 120_000);

  it('is refused when the files changed since it was made, and the files are read', async () => {
    const module = await builtModule('red-mexico-1945');
    const files = module.default.map((f) =>
      f.path === 'scenario.yaml' ? { path: f.path, text: `bogus_key: 1\n${f.text}` } : f,
    );
    // an edit that breaks the scenario: the worker tells the loader's own errors
    const plain = parseScenario(files);
    expect(plain.ok).toBe(false);
    let thrown: unknown;
    try {
      compileBundled({ default: files, checked: module.checked }, 'edited');
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(ScenarioProblem);
    expect((thrown as ScenarioProblem).details).toEqual(
      plain.ok ? [] : plain.errors.map(formatScenarioError),
    );
    const first = module.default[0]!;
    const renamed = [{ ...first, text: `${first.text}\n# edited\n` }, ...module.default.slice(1)];
    const r = compileBundled({ default: renamed, checked: module.checked }, 'edited');
    expect(r.shipped).toBe(false);
    expect(r.scenario.contentHash).toBe(fromYaml(renamed).contentHash);
  });

  it('is refused when it is not of the shape its files ask, even under their key', async () => {
    const module = await builtModule('cuban-missiles-1962');
    const checked = module.checked!;
    for (const entry of [
      '{',
      'null',
      '{"files":[]}',
      checked.entry.replace(/"id":"/, '"id":7,"x":"'),
    ]) {
      const r = compileBundled(
        { default: module.default, checked: { key: checked.key, entry } },
        'x',
      );
      expect(r.shipped).toBe(false);
      expect(stateHash(initialOf(r.scenario))).toBe(stateHash(initialOf(fromYaml(module.default))));
    }
    // what is shipped is what is used: the same form under its key is taken as it is
    const tampered = checked.entry.replace(/"title":"[^"]*"/, '"title":"Shipped"');
    expect(tampered).not.toBe(checked.entry);
    const r = compileBundled(
      { default: module.default, checked: { key: checked.key, entry: tampered } },
      'x',
    );
    expect(r.shipped).toBe(true);
  });
});

const initialOf = (s: Parameters<typeof initialState>[0]) => initialState(s, 3);
