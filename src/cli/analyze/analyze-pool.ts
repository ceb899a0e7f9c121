// Runs an analysis on worker threads, one per core, each playing campaigns taken a few at a time
// from the ones they share (runShared) into one tally, sent once at the end; the tallies add up
// to the same counts as one thread's, whatever the number of workers and whoever played which
// seed. Nothing passes between the threads while they play but two counters in shared memory:
// the campaigns taken, and those played, which the progress bar reads on a timer.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalysisSpec } from '../../analysis/chunk';
import { OrderedMerge } from '../../analysis/stats/merge';
import { analyzeHere } from '../../analysis/run';
import { tallyLayout, type Tally } from '../../analysis/stats/tally';
import type { Scenario } from '../../engine';
import type { WorkerDone, WorkerStart } from './analyze-worker';
import { workerEntry } from '../../node/worker-bundle';

/** How often the progress is read while the workers play, in ms. */
const PROGRESS_MS = 100;

/** One worker per core; a single thread for small runs, where starting workers costs more. */
export function defaultWorkers(runs: number): number {
  return runs < 1000 ? 1 : Math.max(1, availableParallelism());
}

/** The workers to start for `requested`: at most one per core, since more only take turns on the
 *  same cores, each with its own copy of the scenario; with a warning when it is fewer. */
export function boundWorkers(
  requested: number,
  cores = availableParallelism(),
): { workers: number; warning: string | null } {
  if (requested <= cores) return { workers: requested, warning: null };
  return {
    workers: cores,
    warning: `--workers ${requested} is more than this machine's ${cores} core${cores === 1 ? '' : 's'}: using ${cores}`,
  };
}

/** Workers started on a scenario folder, each loading it, ready to be handed one analysis. */
export interface AnalysisWorkers {
  run(scenario: Scenario, spec: AnalysisSpec, onProgress?: (done: number) => void): Promise<Tally>;
  /** Stops the workers (those still loading, or playing an analysis given up). */
  close(): Promise<void>;
}

/** Starts `workers` threads that load the scenario at `dir` at once: started before the command
 *  loads its own copy, they load theirs meanwhile. */
export async function startWorkers(dir: string, workers: number): Promise<AnalysisWorkers> {
  const entry = await workerEntry(
    'src/cli/analyze/analyze-worker.ts',
    'src/cli/analyze/analyze-worker.mjs',
  );
  const taken = new Int32Array(new SharedArrayBuffer(8));
  const start: WorkerStart = { dir, taken };
  const threads = Array.from(
    { length: workers },
    () => new Worker(entry.filename, { workerData: start, execArgv: [] }),
  );
  // each worker's tally, or why it has none (an error thrown, or an exit before sending one)
  const results = threads.map(
    (w) =>
      new Promise<Tally>((resolve, reject) => {
        w.once('message', (done: WorkerDone) =>
          'tally' in done ? resolve(done.tally) : reject(new Error(done.error)),
        );
        w.once('error', reject);
        w.once('exit', (code) => reject(new Error(`an analysis worker stopped (exit ${code})`)));
      }),
  );
  // a failure is reported by `run`; workers closed before it leave theirs unread
  for (const r of results) r.catch(() => {});
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await Promise.all(threads.map((w) => w.terminate()));
    entry.dispose();
  };
  return {
    close,
    async run(scenario, spec, onProgress) {
      const report = () => onProgress?.(Atomics.load(taken, 1));
      const timer = onProgress ? setInterval(report, PROGRESS_MS) : null;
      try {
        for (const w of threads) w.postMessage(spec);
        const merge = new OrderedMerge(tallyLayout(scenario, spec.tracks));
        (await Promise.all(results)).forEach((t, i) => merge.add(i, t));
        report();
        return merge.total;
      } finally {
        if (timer) clearInterval(timer);
        await close();
      }
    },
  };
}

export async function analyzeOnPool(
  dir: string,
  scenario: Scenario,
  spec: AnalysisSpec,
  workers: number,
  onProgress?: (done: number) => void,
): Promise<Tally> {
  if (workers <= 1) return analyzeHere(scenario, spec, onProgress);
  return (await startWorkers(dir, workers)).run(scenario, spec, onProgress);
}
