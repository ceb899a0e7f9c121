// Runs an analysis's chunks on a pool of worker threads (piscina), merged in seed order, so the
// tally is the same as in one thread, whatever the number of workers.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { chunksOf, type AnalysisSpec } from '../../analysis/chunk';
import { OrderedMerge } from '../../analysis/stats/merge';
import { analyzeHere, chunkSize } from '../../analysis/run';
import { tallyLayout, type Tally } from '../../analysis/stats/tally';
import type { Scenario } from '../../engine';
import type { ChunkTask } from './analyze-worker';
import { workerEntry } from '../../node/worker-bundle';

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
  let done = 0;
  try {
    await Promise.all(
      chunksOf(spec.runs, chunkSize(spec.runs)).map(async (chunk, i) => {
        const tally = await pool.run({ dir, spec, chunk });
        merge.add(i, tally);
        onProgress?.((done += chunk.count));
      }),
    );
  } finally {
    await pool.destroy();
    entry.dispose();
  }
  return merge.total;
}
