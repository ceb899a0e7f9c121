// An analysis in this thread: the chunks one after the other. Worker threads share the same
// seeds out otherwise (see runShared); a tally's counts add up the same whatever the split.
import type { Scenario } from '../engine';
import { chunksOf, prepare, runChunk, type AnalysisSpec } from './chunk';
import { OrderedMerge } from './stats/merge';
import type { Tally } from './stats/tally';

/** Seeds per chunk: small enough for a lively progress bar, large enough to cost little. */
export function chunkSize(runs: number): number {
  return Math.max(250, Math.ceil(runs / 400));
}

export function analyzeHere(
  scenario: Scenario,
  spec: AnalysisSpec,
  onProgress?: (done: number) => void,
): Tally {
  const prepared = prepare(scenario, spec);
  const merge = new OrderedMerge(prepared.index.layout);
  let done = 0;
  chunksOf(spec.runs, chunkSize(spec.runs)).forEach((chunk, i) => {
    merge.add(i, runChunk(prepared, chunk));
    onProgress?.((done += chunk.count));
  });
  return merge.total;
}
