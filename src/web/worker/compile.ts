// How the worker turns a scenario's files into a compiled Scenario: a bundled one from the checked
// form the build ships with it (scripts/vite-scenarios.ts), one the player or an author opens
// through the full loader, and either way a scenario that does not load says what and where.
import {
  formatScenarioError,
  parseScenario,
  parseShipped,
  type Scenario,
  type ScenarioFileText,
  type ShippedForm,
} from '../../engine';

/** A bundled scenario's module: its files and, from a build, their checked form. */
export interface BundledModule {
  readonly default: readonly ScenarioFileText[];
  readonly checked?: ShippedForm | null;
}

/** A scenario that does not load: what and where, one line per error (file:line:col). */
export class ScenarioProblem extends Error {
  constructor(
    message: string,
    readonly details: readonly string[],
  ) {
    super(message);
  }
}

/** The files of a scenario opened in the browser, through the full loader. */
export function compile(files: readonly ScenarioFileText[], name: string): Scenario {
  return compiled(parseScenario(files), name);
}

/** A bundled scenario, from its shipped form when that is of these very files (the loader checks
 *  the key and the form's shape), else from its files; `shipped` tells which. */
export function compileBundled(
  module: BundledModule,
  name: string,
): { scenario: Scenario; shipped: boolean } {
  const r = parseShipped(module.default, module.checked ?? undefined);
  return { scenario: compiled(r, name), shipped: r.shipped };
}

function compiled(r: ReturnType<typeof parseScenario>, name: string): Scenario {
  if (!r.ok)
    throw new ScenarioProblem(
      `${name} does not load (${r.errors.length} error${r.errors.length === 1 ? '' : 's'})`,
      r.errors.map(formatScenarioError),
    );
  return r.scenario;
}
