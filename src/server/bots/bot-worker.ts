// A worker thread of the server's bots: loads each scenario once, then decides bots' moves.
import type { Action } from '../../engine';
import { loadScenarioDir } from '../../node/scenario-dir';
import { decideHere, type BotTask } from './decide';

export interface WorkerTask extends BotTask {
  /** The scenario's folder, as an absolute path (a bundled worker runs from a temporary
   *  folder, where bundled scenarios cannot be found by name). */
  readonly dir: string;
}

const scenarios = new Map<string, ReturnType<typeof loadScenarioDir>>();

export default function decide(task: WorkerTask): Action {
  let loaded = scenarios.get(task.dir);
  if (!loaded) scenarios.set(task.dir, (loaded = loadScenarioDir(task.dir)));
  if (!loaded.ok) throw new Error(`the scenario at ${task.dir} does not load in a bot worker`);
  return decideHere(loaded.scenario, task);
}
