// A worker thread of `uchronia analyze`. It loads the scenario as soon as it starts (while the
// command is still reading its options and its own copy of the scenario), then is handed the
// spec, plays the campaigns it takes from the ones all the workers share (runShared) and sends
// back its one tally.
import { parentPort, workerData } from 'node:worker_threads';
import { prepare, runShared, type AnalysisSpec } from '../../analysis/chunk';
import type { Tally } from '../../analysis/stats/tally';
import { loadScenarioDir } from '../../node/scenario-dir';

export interface WorkerStart {
  /** The scenario folder, as an absolute path: a bundled worker cannot find bundled scenarios
   *  by name, since it runs from a temporary folder. */
  readonly dir: string;
  /** Campaigns taken and campaigns played, by all the workers (two Int32 on shared memory). */
  readonly taken: Int32Array;
}

/** What a worker sends back once it is done. */
export type WorkerDone = { readonly tally: Tally } | { readonly error: string };

if (parentPort && (workerData as Partial<WorkerStart> | null)?.dir !== undefined) {
  const port = parentPort;
  const { dir, taken } = workerData as WorkerStart;
  const r = loadScenarioDir(dir);
  port.once('message', (spec: AnalysisSpec) => {
    let done: WorkerDone;
    try {
      if (!r.ok) throw new Error(`the scenario at ${dir} does not load in a worker`);
      done = { tally: runShared(prepare(r.scenario, spec), taken) };
    } catch (e) {
      done = { error: e instanceof Error ? e.message : String(e) };
    }
    // the histograms are moved, not copied: the worker ends here
    port.postMessage(
      done,
      'tally' in done ? done.tally.tracks.map((t) => t.buffer as ArrayBuffer) : [],
    );
    port.close();
  });
}
