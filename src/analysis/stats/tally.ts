// Mergeable counts over many campaigns. Every figure is a whole-number count, so merging is
// plain addition: any split of the seeds into chunks, merged in any order, gives the same tally.
import { turnCount, type Scenario } from '../../engine';
import { binOf, binsFor, type Bins } from './histogram';
import type { CampaignSummary } from '../summary';

/** What is counted, in a fixed order derived from the scenario and the sampled tracks. */
export interface TallyLayout {
  readonly endings: readonly string[];
  readonly events: readonly string[];
  /** `event.option` of every option of every decision. */
  readonly options: readonly string[];
  readonly tracks: readonly { readonly id: string; readonly bins: Bins }[];
  /** Turns in the scenario's calendar (turns 0 .. months - 1). */
  readonly months: number;
}

export interface Tally {
  runs: number;
  /** Campaigns by ending, and the months they lasted, summed (layout order). */
  readonly endings: number[];
  readonly endingMonths: number[];
  /** Campaigns in which each event fired, and how many times it fired in all. */
  readonly eventRuns: number[];
  readonly eventFires: number[];
  /** Times each option was taken. */
  readonly options: number[];
  /** Per sampled track: for each month, a histogram of its end-of-month values over the
   *  campaigns still running then (`month * bins.count + bin`). */
  readonly tracks: Uint32Array[];
}

export function tallyLayout(scenario: Scenario, tracks: readonly string[]): TallyLayout {
  return {
    endings: scenario.endings.map((e) => e.id),
    events: scenario.events.map((e) => e.id),
    options: scenario.events.flatMap((e) => e.choices.map((c) => `${e.id}.${c.id}`)),
    tracks: tracks.map((id) => {
      const t = scenario.index.track.get(id);
      if (!t) throw new Error(`no track ${id}`);
      return { id, bins: binsFor(t.min, t.max) };
    }),
    months: turnCount(scenario),
  };
}

export function emptyTally(layout: TallyLayout): Tally {
  const zeros = (n: number) => new Array<number>(n).fill(0);
  return {
    runs: 0,
    endings: zeros(layout.endings.length),
    endingMonths: zeros(layout.endings.length),
    eventRuns: zeros(layout.events.length),
    eventFires: zeros(layout.events.length),
    options: zeros(layout.options.length),
    tracks: layout.tracks.map((t) => new Uint32Array(layout.months * t.bins.count)),
  };
}

/** Index look-ups for adding summaries quickly; build once per layout. */
export interface TallyIndex {
  readonly layout: TallyLayout;
  readonly ending: ReadonlyMap<string, number>;
  readonly event: ReadonlyMap<string, number>;
  readonly option: ReadonlyMap<string, number>;
}

export function tallyIndex(layout: TallyLayout): TallyIndex {
  const indexOf = (ids: readonly string[]) => new Map(ids.map((id, i) => [id, i]));
  return {
    layout,
    ending: indexOf(layout.endings),
    event: indexOf(layout.events),
    option: indexOf(layout.options),
  };
}

export function addCampaign(index: TallyIndex, tally: Tally, c: CampaignSummary): void {
  const { layout } = index;
  tally.runs++;
  const e = index.ending.get(c.ending);
  if (e !== undefined) {
    tally.endings[e]!++;
    tally.endingMonths[e]! += c.turn + 1;
  }
  for (const id in c.fired) {
    const i = index.event.get(id);
    if (i === undefined) continue;
    tally.eventRuns[i]!++;
    tally.eventFires[i]! += c.fired[id]!;
  }
  for (const key in c.options) {
    const i = index.option.get(key);
    if (i !== undefined) tally.options[i]! += c.options[key]!;
  }
  const k = layout.tracks.length;
  const months = k === 0 ? 0 : c.tracks.length / k;
  for (let j = 0; j < k; j++) {
    const { bins } = layout.tracks[j]!;
    const hist = tally.tracks[j]!;
    for (let m = 0; m < months; m++) {
      const month = c.firstTurn + m;
      if (month >= layout.months) break;
      hist[month * bins.count + binOf(bins, c.tracks[m * k + j]!)]!++;
    }
  }
}

/** Adds `from` into `into`. */
export function mergeTally(into: Tally, from: Tally): Tally {
  into.runs += from.runs;
  const add = (a: number[] | Uint32Array, b: ArrayLike<number>) => {
    for (let i = 0; i < a.length; i++) a[i]! += b[i]!;
  };
  add(into.endings, from.endings);
  add(into.endingMonths, from.endingMonths);
  add(into.eventRuns, from.eventRuns);
  add(into.eventFires, from.eventFires);
  add(into.options, from.options);
  into.tracks.forEach((h, j) => add(h, from.tracks[j]!));
  return into;
}
