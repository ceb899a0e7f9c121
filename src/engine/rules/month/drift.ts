// A month's drift: every track moves by the sum of its modifiers that apply, worked out once per
// scenario as a plan, and kept by the state's memo while nothing a modifier reads changes.
import { ctxOf, moveTrack, trackOf, type Draft } from '../apply';
import { saturate } from '../../expr/numbers';
import { narrowed, record } from './ledger';
import {
  holds,
  keep,
  keptDriftOf,
  keptOf,
  trackSlotsOf,
  valueOf,
  type Kept,
  type Memo,
  type TrackSlot,
} from './memo';
import type { Cause, Modifier, Scenario } from '../../types';

/** A track's drift worked out once per scenario: its modifiers, who may know each one's share
 *  (those who may know both its condition and its value), and the causes its changes name. */
interface DriftTrack {
  readonly id: string;
  readonly slot: TrackSlot;
  readonly figure: string;
  readonly mods: readonly Modifier[];
  /** How the state's memo keeps each modifier's condition and value. */
  readonly keptWhen: readonly (Kept | null)[];
  readonly keptValue: readonly (Kept | null)[];
  readonly seers: readonly (readonly string[] | null)[];
  readonly causes: readonly Cause[];
  /** Where the track's bounds cut the sum: the doing of all its modifiers together. */
  readonly cut: Cause;
  /** How the state's memo keeps the sum of all its modifiers. */
  readonly kept: Kept | null;
}

const driftPlans = new WeakMap<Scenario, readonly DriftTrack[]>();

function driftPlan(scenario: Scenario): readonly DriftTrack[] {
  let plan = driftPlans.get(scenario);
  if (!plan) {
    plan = scenario.tracks
      .filter((t) => t.drift.length > 0)
      .map((t) => ({
        id: t.id,
        slot: trackSlotsOf(scenario).get(t.id)!,
        figure: `track:${t.id}`,
        mods: t.drift,
        keptWhen: t.drift.map((m) => keptOf(scenario, m.when)),
        keptValue: t.drift.map((m) => keptOf(scenario, m.value)),
        seers: t.drift.map((m) =>
          narrowed(scenario, m.when ? narrowed(scenario, null, m.when) : null, m.value),
        ),
        causes: t.drift.map((m) => ({ kind: 'drift', track: t.id, modifier: m.id }) as const),
        cut: { kind: 'drift', track: t.id, modifier: '' } as const,
        kept: keptDriftOf(scenario, t),
      }));
    driftPlans.set(scenario, plan);
  }
  return plan;
}

// What applies of the month's drift, kept between months rather than made anew: for each track
// in turn, the modifiers that apply (by their place in its list) and their values, each run
// ended by its track, and each track's sum. Drift never runs inside drift.
const driftOn: number[] = [];
const driftValues: number[] = [];
const driftEnds: number[] = [];
const driftDeltas: number[] = [];

/** Every track moves by the sum of its drift modifiers, all computed before any is applied. Each
 *  modifier is recorded as a cause; where the track's bounds cut the sum, the cut is recorded as
 *  the doing of all of them together. */
export function applyDrift(d: Draft, memo: Memo): void {
  const ctx = ctxOf(d);
  const s = d.state;
  const plan = driftPlan(d.scenario);
  const on = driftOn;
  const values = driftValues;
  const stale = memo.stale;
  const kept = memo.value;
  // Without a record of changes, a track whose drift reads nothing written since it was last
  // summed moves by that sum again, and its modifiers are not visited.
  const whole = !d.records;
  let k = 0;
  for (let i = 0; i < plan.length; i++) {
    const { mods, keptWhen, keptValue, kept: sum } = plan[i]!;
    if (whole && sum !== null && stale[sum.index] === 0) {
      driftDeltas[i] = kept[sum.index]!;
      continue;
    }
    let total = 0;
    for (let j = 0; j < mods.length; j++) {
      const m = mods[j]!;
      if (m.when && !holds(memo, keptWhen[j]!, m.when, ctx)) continue;
      const value = valueOf(memo, keptValue[j]!, m.value, ctx);
      total += value;
      if (value !== 0) {
        on[k] = j;
        values[k++] = value;
      }
    }
    const delta = saturate(total);
    driftDeltas[i] = delta;
    driftEnds[i] = k;
    if (sum !== null) keep(memo, sum, delta);
  }
  for (let i = 0; i < plan.length; i++) {
    const delta = driftDeltas[i]!;
    if (delta === 0) continue;
    const t = plan[i]!;
    const had = trackOf(d, t.slot);
    const was = had ?? 0;
    moveTrack(d, t.slot, had, was + delta, d.at.visibleTo);
    if (!d.records) continue;
    let told = 0;
    let everyone: readonly string[] | null = null;
    for (let j = i === 0 ? 0 : driftEnds[i - 1]!; j < driftEnds[i]!; j++) {
      const m = on[j]!;
      const visibleTo = t.seers[m]!;
      const value = values[j]!;
      s.changes.push(
        visibleTo === null
          ? { turn: s.turn, figure: t.figure, delta: value, cause: t.causes[m]! }
          : { turn: s.turn, figure: t.figure, delta: value, cause: t.causes[m]!, visibleTo },
      );
      told += value;
      if (visibleTo)
        everyone = everyone ? everyone.filter((f) => visibleTo.includes(f)) : visibleTo;
    }
    const cut = s.tracks[t.id]! - was - told;
    if (Math.abs(cut) > 1e-9) record(s, { cause: t.cut, visibleTo: null }, t.figure, cut, everyone);
  }
}
