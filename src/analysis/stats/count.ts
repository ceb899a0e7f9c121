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
  /** The campaign being played's samples, not yet added to its tally. */
  readonly samples: Samples;
}

/**
 * A campaign's month-end samples, kept as bins until the campaign ends and then added to the
 * tally track by track. The tally's histograms are large (a track's bins for every month) and a
 * month's samples fall into as many of them as there are tracks: added as they come, between
 * the engine's steps, each write finds its histogram out of the cache; added together at the
 * end, one track's months follow one another. The counts are the same: each sample is added
 * once, whenever it is.
 */
class Samples {
  /** Samples held: `month[s]`, and the bin of track j in `bins[s * tracks + j]`. */
  n = 0;
  readonly month: Int32Array;
  readonly bins: Int32Array;
  /** The sampling of a month's end, handed to `runMonthly`; made once, not per campaign. */
  readonly take: (month: number, state: GameState) => void;
  /** The tally the samples are added to. */
  private into: Tally | null = null;

  constructor(
    private readonly counter: Omit<Counter, 'samples'>,
    capacity: number,
  ) {
    const k = counter.tracks.length;
    this.month = new Int32Array(capacity);
    this.bins = new Int32Array(capacity * k);
    const { tracks, mins, widths, counts } = counter;
    const months = counter.index.layout.months;
    // each month's end values, in the month's bin of every sampled track (binOf, inlined)
    this.take = (month, state) => {
      if (month >= months) return;
      if (this.n === this.month.length) this.flush();
      const at = this.n++;
      this.month[at] = month;
      const row = at * k;
      const values = state.tracks;
      for (let j = 0; j < k; j++) {
        const count = counts[j]!;
        const bin = Math.round(((values[tracks[j]!] ?? 0) - mins[j]!) / widths[j]!);
        this.bins[row + j] = bin < 0 ? 0 : bin >= count ? count - 1 : bin;
      }
    };
  }

  /** Starts a campaign's samples, to be added to `tally`. */
  start(tally: Tally): void {
    this.n = 0;
    this.into = tally;
  }

  /** Adds the samples held to the tally, track by track. */
  flush(): void {
    const { n, month, bins } = this;
    const histograms = this.into!.tracks;
    const { counts } = this.counter;
    const k = counts.length;
    for (let j = 0; j < k; j++) {
      const hist = histograms[j]!;
      const count = counts[j]!;
      for (let s = 0; s < n; s++) hist[month[s]! * count + bins[s * k + j]!]!++;
    }
    this.n = 0;
  }
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
  const counter = {
    index,
    tracks: layout.tracks.map((t) => t.id),
    mins: Float64Array.from(layout.tracks, (t) => t.bins.min),
    widths: Float64Array.from(layout.tracks, (t) => t.bins.width),
    counts: Int32Array.from(layout.tracks, (t) => t.bins.count),
    options,
  };
  // a campaign samples each month once: room for every month of the calendar, and one more
  return { ...counter, samples: new Samples(counter, layout.months + 1) };
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
  const { index, samples } = counter;
  samples.start(tally);
  const { state } = runMonthly(scenario, seed, policies, from, samples.take);
  samples.flush();
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
  const { log } = state;
  for (let i = 0; i < log.length; i++) {
    const entry = log[i]!;
    if (entry.kind !== 'choice') continue;
    const at = counter.options.get(entry.event)?.get(entry.option);
    if (at !== undefined) tally.options[at]!++;
  }
}
