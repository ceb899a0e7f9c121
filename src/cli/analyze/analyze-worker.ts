// A worker thread of `uchronia analyze`: loads the scenario once, then plays chunks of seeds.
import {
  prepare,
  runChunk,
  type AnalysisSpec,
  type Chunk,
  type Prepared,
} from '../../analysis/chunk';
import type { Tally } from '../../analysis/stats/tally';
import { loadScenarioDir } from '../../node/scenario-dir';

export interface ChunkTask {
  /** The scenario folder, as an absolute path: a bundled worker cannot find bundled scenarios
   *  by name, since it runs from a temporary folder. */
  readonly dir: string;
  readonly spec: AnalysisSpec;
  readonly chunk: Chunk;
  /** Campaigns played so far by all the workers (one Int32 on shared memory), counted as each
   *  ends: the progress bar reads it while the chunks, which are large, are being played. */
  readonly played: Int32Array;
}

let cached: { key: string; prepared: Prepared } | null = null;

function prepared(dir: string, spec: AnalysisSpec): Prepared {
  const key = `${dir}\n${JSON.stringify(spec)}`;
  if (cached?.key === key) return cached.prepared;
  const r = loadScenarioDir(dir);
  if (!r.ok) throw new Error(`the scenario at ${dir} does not load in a worker`);
  cached = { key, prepared: prepare(r.scenario, spec) };
  return cached.prepared;
}

export default function runTask(task: ChunkTask): Tally {
  const { played } = task;
  return runChunk(prepared(task.dir, task.spec), task.chunk, () => Atomics.add(played, 0, 1));
}
