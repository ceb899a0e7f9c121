// Runs an analysis's chunks on a pool of worker threads (piscina), merged in seed order, so the
// tally is the same as in one thread, whatever the number of workers. The chunks are few and
// large (every chunk's tally is a few hundred kB to send and merge on this thread), so progress
// is counted by the workers in shared memory, campaign by campaign, and read here on a timer.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { poolChunks, type AnalysisSpec } from '../../analysis/chunk';
import { OrderedMerge } from '../../analysis/stats/merge';
import { analyzeHere, chunkSize } from '../../analysis/run';
import { tallyLayout, type Tally } from '../../analysis/stats/tally';
import type { Scenario } from '../../engine';
import type { ChunkTask } from './analyze-worker';
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

export async function analyzeOnPool(
  dir: string,
  scenario: Scenario,
  spec: AnalysisSpec,
  workers: number,
  onProgress?: (done: number) => void,
): Promise<Tally> {
  if (workers <= 1) return analyzeHere(scenario, spec, onProgress);
  const entry = await workerEntry(
    'src/cli/analyze/analyze-worker.ts',
    'src/cli/analyze/analyze-worker.mjs',
  );
  const pool = new Piscina<ChunkTask, Tally>({
    filename: entry.filename,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 1000,
    execArgv: [],
  });
  const merge = new OrderedMerge(tallyLayout(scenario, spec.tracks));
  const played = new Int32Array(new SharedArrayBuffer(4));
  const report = () => onProgress?.(Atomics.load(played, 0));
  const timer = onProgress ? setInterval(report, PROGRESS_MS) : null;
  try {
    await Promise.all(
      poolChunks(spec.runs, workers, chunkSize(spec.runs)).map(async (chunk, i) => {
        merge.add(i, await pool.run({ dir, spec, chunk, played }));
      }),
    );
    report();
  } finally {
    if (timer) clearInterval(timer);
    await pool.destroy();
    entry.dispose();
  }
  return merge.total;
}
