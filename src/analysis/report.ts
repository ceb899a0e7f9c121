// The result of an analysis as plain data: what the table, the CSV files, the JSON and the
// charts all print. Computed from a tally alone, so it is the same whatever ran the campaigns.
import { text, turnLabel, turnsUnit, type Scenario } from '../engine';
import { quantile } from './stats/histogram';
import type { AnalysisSpec } from './chunk';
import type { Tally, TallyLayout } from './stats/tally';
import { wilson } from './stats/wilson';

export interface EndingOdds {
  readonly id: string;
  readonly title: string;
  readonly count: number;
  readonly share: number;
  /** Wilson 95% interval of the share. */
  readonly ci95: readonly [number, number];
  /** Mean length of the games that end this way, in months from the scenario's start. */
  readonly meanMonths: number | null;
}

export interface EventFrequency {
  readonly id: string;
  readonly title: string;
  /** Campaigns in which it fired at least once, and their share. */
  readonly campaigns: number;
  readonly share: number;
  readonly ci95: readonly [number, number];
  /** Times it fired, over all campaigns. */
  readonly fires: number;
}

export interface OptionFrequency {
  readonly event: string;
  readonly option: string;
  readonly label: string;
  readonly count: number;
  /** Its share of the times this event's decision was taken. */
  readonly share: number;
}

export interface TrackMonth {
  readonly month: string;
  readonly turn: number;
  /** Campaigns still running at the end of that month: the percentiles are over them. */
  readonly n: number;
  readonly p10: number | null;
  readonly p50: number | null;
  readonly p90: number | null;
}

export interface TrackSeries {
  readonly id: string;
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly months: readonly TrackMonth[];
}

export interface AnalysisResult {
  readonly scenario: { readonly id: string; readonly contentHash: string; readonly title: string };
  readonly runs: number;
  readonly seed: number;
  readonly policies: Readonly<Record<string, string>>;
  /** The save the campaigns continue, if any: its turn and month. */
  readonly from: { readonly turn: number; readonly month: string } | null;
  /** Mean length of a campaign, in turns from the scenario's start (months, unless `turns`
   *  says otherwise). */
  readonly meanMonths: number;
  /** What a turn is: `months`, `days`, `weeks`, or `turns` of several days or months. */
  readonly turns: string;
  readonly endings: readonly EndingOdds[];
  readonly events: readonly EventFrequency[];
  readonly options: readonly OptionFrequency[];
  readonly neverFired: {
    readonly endings: readonly string[];
    readonly events: readonly string[];
    readonly options: readonly string[];
  };
  readonly tracks: readonly TrackSeries[];
}

const round = (x: number, digits = 6) => Math.round(x * 10 ** digits) / 10 ** digits;
const ci = (k: number, n: number): [number, number] => {
  const [lo, hi] = wilson(k, n);
  return [round(lo), round(hi)];
};

export function analysisResult(
  scenario: Scenario,
  spec: AnalysisSpec,
  layout: TallyLayout,
  tally: Tally,
  fromTurn: number | null,
): AnalysisResult {
  const n = tally.runs;
  const share = (k: number) => (n ? round(k / n) : 0);
  const endings = layout.endings.map((id, i) => {
    const count = tally.endings[i]!;
    return {
      id,
      title: text(scenario, `ending.${id}.title`),
      count,
      share: share(count),
      ci95: ci(count, n),
      meanMonths: count ? round(tally.endingMonths[i]! / count, 2) : null,
    };
  });
  const events = layout.events.map((id, i) => {
    const campaigns = tally.eventRuns[i]!;
    return {
      id,
      title: text(scenario, `event.${id}.title`),
      campaigns,
      share: share(campaigns),
      ci95: ci(campaigns, n),
      fires: tally.eventFires[i]!,
    };
  });
  const decided = new Map<string, number>();
  layout.options.forEach((key, i) => {
    const event = key.slice(0, key.indexOf('.'));
    decided.set(event, (decided.get(event) ?? 0) + tally.options[i]!);
  });
  const options = layout.options.map((key, i) => {
    const event = key.slice(0, key.indexOf('.'));
    const option = key.slice(key.indexOf('.') + 1);
    const count = tally.options[i]!;
    const total = decided.get(event)!;
    return {
      event,
      option,
      label: text(scenario, `event.${event}.choice.${option}.label`),
      count,
      share: total ? round(count / total) : 0,
    };
  });
  const tracks = layout.tracks.map(({ id, bins }, j) => {
    const hist = tally.tracks[j]!;
    const months: TrackMonth[] = [];
    for (let m = fromTurn ?? 0; m < layout.months; m++) {
      const at = m * bins.count;
      let count = 0;
      for (let b = 0; b < bins.count; b++) count += hist[at + b]!;
      if (count === 0) break;
      months.push({
        month: turnLabel(scenario, m),
        turn: m,
        n: count,
        p10: quantile(bins, hist, at, 0.1),
        p50: quantile(bins, hist, at, 0.5),
        p90: quantile(bins, hist, at, 0.9),
      });
    }
    return { id, name: text(scenario, `track.${id}.name`), min: bins.min, max: bins.max, months };
  });
  const totalMonths = tally.endingMonths.reduce((a, b) => a + b, 0);
  return {
    scenario: {
      id: scenario.id,
      contentHash: scenario.contentHash,
      title: text(scenario, 'scenario.title'),
    },
    runs: n,
    seed: spec.seed,
    policies: { ...spec.policies },
    from: fromTurn === null ? null : { turn: fromTurn, month: turnLabel(scenario, fromTurn) },
    meanMonths: n ? round(totalMonths / n, 2) : 0,
    turns: turnsUnit(scenario.calendar),
    endings,
    events,
    options,
    neverFired: {
      endings: endings.filter((e) => e.count === 0).map((e) => e.id),
      events: events.filter((e) => e.campaigns === 0).map((e) => e.id),
      options: options.filter((o) => o.count === 0).map((o) => `${o.event}.${o.option}`),
    },
    tracks,
  };
}
