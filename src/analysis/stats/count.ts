// Counts a campaign into a tally as it is played, with no summary between: the same counts as
// `addCampaign(index, tally, playSummarized(…))`, which stays the definition of what is counted.
// An analysis plays 100,000 campaigns and a campaign samples every track at every month's end:
// reading the tracks once into a histogram, rather than into a summary first, and finding events
// and options by index rather than by building records of names, keeps the analysis's own cost a
// small part of a campaign's.
import type { GameState, Scenario } from '../../engine';
import type { Policy } from '../../ai';
import { runMonthly } from '../campaign';
import type { Start } from '../summary';
import type { Tally, TallyIndex } from './tally';

/** What counting needs of a layout, in arrays: made once per analysis. */
export interface Counter {
  readonly index: TallyIndex;
  /** The sampled tracks' ids, and their bins' lower bound, width and count, in layout order. */
  readonly tracks: readonly string[];
  readonly mins: Float64Array;
  readonly widths: Float64Array;
  readonly counts: Int32Array;
  /** Event id → option id → the option's place in the layout. */
  readonly options: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

export function counterFor(index: TallyIndex): Counter {
  const { layout } = index;
  const options = new Map<string, Map<string, number>>();
  layout.options.forEach((key, i) => {
    const dot = key.indexOf('.');
    const event = key.slice(0, dot);
    if (!options.has(event)) options.set(event, new Map());
    options.get(event)!.set(key.slice(dot + 1), i);
  });
  return {
    index,
    tracks: layout.tracks.map((t) => t.id),
    mins: Float64Array.from(layout.tracks, (t) => t.bins.min),
    widths: Float64Array.from(layout.tracks, (t) => t.bins.width),
    counts: Int32Array.from(layout.tracks, (t) => t.bins.count),
    options,
  };
}

/** Plays one campaign and adds it to `tally`. */
export function playCounted(
  counter: Counter,
  tally: Tally,
  scenario: Scenario,
  seed: number,
  policies: Readonly<Record<string, Policy>>,
  from?: Start,
): void {
  const { index, tracks, mins, widths, counts } = counter;
  const months = index.layout.months;
  const histograms = tally.tracks;
  // each month's end values, counted in the month's bin of every sampled track (binOf, inlined)
  const sample = (month: number, state: GameState) => {
    if (month >= months) return;
    for (let j = 0; j < tracks.length; j++) {
      const count = counts[j]!;
      const bin = Math.round(((state.tracks[tracks[j]!] ?? 0) - mins[j]!) / widths[j]!);
      histograms[j]![month * count + (bin < 0 ? 0 : bin >= count ? count - 1 : bin)]!++;
    }
  };
  const { state } = runMonthly(
    scenario,
    seed,
    policies,
    from ? { state: from.state, actions: from.actions } : undefined,
    sample,
  );
  tally.runs++;
  const e = index.ending.get(state.ending!);
  if (e !== undefined) {
    tally.endings[e]!++;
    tally.endingMonths[e]! += state.turn + 1;
  }
  const events = index.layout.events;
  for (let i = 0; i < events.length; i++) {
    const times = state.fired[events[i]!];
    // (an array, not what a record inherits under the same name)
    if (!Array.isArray(times)) continue;
    tally.eventRuns[i]!++;
    tally.eventFires[i]! += times.length;
  }
  for (const entry of state.log) {
    if (entry.kind !== 'choice') continue;
    const i = counter.options.get(entry.event)?.get(entry.option);
    if (i !== undefined) tally.options[i]!++;
  }
}
