// Analysis split into chunks of seeds: a chunk is plain data in, a tally out, so it runs the
// same in this thread, a worker thread or a browser worker.
import { replay, seedRng, type Action, type Scenario } from '../engine';
import { policyByName, type Policy } from '../ai';
import type { Start } from './summary';
import { counterFor, playCounted, type Counter } from './stats/count';
import { emptyTally, tallyIndex, tallyLayout, type Tally, type TallyIndex } from './stats/tally';

/** Everything that determines an analysis, as plain data: same spec, same numbers. */
export interface AnalysisSpec {
  /** Campaign i (0-based) is played with seed `seed + i`. */
  readonly seed: number;
  readonly runs: number;
  /** Faction → policy name, for every playable faction. */
  readonly policies: Readonly<Record<string, string>>;
  /** Tracks sampled every month. */
  readonly tracks: readonly string[];
  /** A game to continue instead of starting afresh: a save's seed and actions. */
  readonly from: { readonly seed: number; readonly actions: readonly Action[] } | null;
}

export interface Chunk {
  readonly first: number;
  readonly count: number;
}

/** The runs cut into chunks of `size`, in seed order. */
export function chunksOf(runs: number, size: number): Chunk[] {
  const out: Chunk[] = [];
  for (let first = 0; first < runs; first += size)
    out.push({ first, count: Math.min(size, runs - first) });
  return out;
}

/** A spec made ready to play: policies resolved, the save replayed, look-ups built. */
export interface Prepared {
  readonly scenario: Scenario;
  readonly spec: AnalysisSpec;
  readonly policies: Readonly<Record<string, Policy>>;
  readonly index: TallyIndex;
  readonly counter: Counter;
  readonly start: Start | null;
}

export function prepare(scenario: Scenario, spec: AnalysisSpec): Prepared {
  const tracks = new Set(scenario.tracks.map((t) => t.id));
  const policies: Record<string, Policy> = {};
  for (const [faction, name] of Object.entries(spec.policies)) {
    const p = policyByName(name, tracks);
    if (!p) throw new Error(`unknown policy ${name}`);
    policies[faction] = p;
  }
  let start: Start | null = null;
  if (spec.from) {
    const r = replay(scenario, spec.from.seed, spec.from.actions);
    if (!r.ok)
      throw new Error(`the save does not replay: action ${r.error.index + 1} (${r.error.code})`);
    start = { state: r.value, actions: spec.from.actions };
  }
  const index = tallyIndex(tallyLayout(scenario, spec.tracks));
  return { scenario, spec, policies, index, counter: counterFor(index), start };
}

/** Plays campaigns `first .. first + count - 1` of the spec and tallies them (as their
 *  summaries would be tallied: see stats/count.ts).
 *
 *  From a save, the game's own generator is reseeded with `seed + i` on a copy of the saved
 *  state: otherwise every run would draw the same dice and differ only by the policies' choices.
 *  The runs are then the futures of that position under fresh luck (a save cannot replay them,
 *  since its seed no longer explains its dice). `onCampaign` is told of each campaign played. */
export function runChunk(p: Prepared, chunk: Chunk, onCampaign?: () => void): Tally {
  const tally = emptyTally(p.index.layout);
  for (let i = chunk.first; i < chunk.first + chunk.count; i++) {
    const seed = p.spec.seed + i;
    const from = p.start
      ? { state: { ...p.start.state, rng: seedRng(seed) }, actions: p.start.actions }
      : undefined;
    playCounted(p.counter, tally, p.scenario, seed, p.policies, from);
    onCampaign?.();
  }
  return tally;
}

/** Campaigns a worker takes at a time from a shared analysis (see `runShared`). */
export const SHARED_BATCH = 4;

/** Plays a spec's campaigns shared out between threads into one tally: each thread takes the
 *  next `SHARED_BATCH` campaigns from `taken[0]` (in shared memory) until none are left, and adds
 *  each one played to `taken[1]` (what a progress bar reads). Whoever plays a campaign, it counts
 *  the same: the threads' tallies add up to the tally of the seeds in order. Taken a few at a
 *  time, the campaigns leave no thread idle while another still has many to play, and no thread
 *  sends anything until it is done. */
export function runShared(p: Prepared, taken: Int32Array): Tally {
  const tally = emptyTally(p.index.layout);
  const { runs } = p.spec;
  for (let first = Atomics.add(taken, 0, SHARED_BATCH); first < runs;) {
    const end = Math.min(runs, first + SHARED_BATCH);
    for (let i = first; i < end; i++) {
      const seed = p.spec.seed + i;
      const from = p.start
        ? { state: { ...p.start.state, rng: seedRng(seed) }, actions: p.start.actions }
        : undefined;
      playCounted(p.counter, tally, p.scenario, seed, p.policies, from);
      Atomics.add(taken, 1, 1);
    }
    first = Atomics.add(taken, 0, SHARED_BATCH);
  }
  return tally;
}
