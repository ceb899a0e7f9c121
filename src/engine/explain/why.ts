// The "why" of any figure as the list of named parts that make it, a threat clock's stage and an
// order's odds, as the viewer may know them.
import { readsHidden } from '../rules/view/secrecy';
import type { GameView } from '../rules/view/view';
import type { EvalContext, Modifier, OrderDef, Scenario } from '../types';
import { capitalise, nameOf, text, UNSEEN } from './words';

export interface Part {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly active: boolean;
  /** Set on the one part that stands for the causes the viewer cannot see: its value is not
   *  known to the viewer (it reads 0, and is not in the total). */
  readonly unseen?: true;
}

export interface Explanation {
  readonly id: string;
  readonly name: string;
  /** For a derived figure whose terms read what the viewer cannot see: the sum of the terms
   *  it can see. */
  readonly value: number;
  /** For a track: its monthly drift, part by part. For a derived figure: its terms. */
  readonly parts: readonly Part[];
  /** The sum of the parts the viewer can see. */
  readonly total: number;
}

/** The parts the viewer can work out, then one part for all those it cannot (never named: the
 *  rule's name would tell what it reads). */
function parts(
  ctx: EvalContext,
  viewer: string,
  mods: readonly Modifier[],
  labelPrefix: string,
  lang?: string,
): Part[] {
  const out: Part[] = [];
  let unseen = false;
  for (const m of mods) {
    if (
      (m.when && readsHidden(ctx.scenario, viewer, m.when)) ||
      readsHidden(ctx.scenario, viewer, m.value)
    ) {
      unseen = true;
      continue;
    }
    const active = !m.when || m.when.run(ctx);
    out.push({
      id: m.id,
      label: text(ctx.scenario, `${labelPrefix}.${m.id}`, lang),
      value: active ? m.value.run(ctx) : 0,
      active,
    });
  }
  if (unseen)
    out.push({ id: '', label: capitalise(UNSEEN.causes), value: 0, active: false, unseen: true });
  return out;
}

/** Why a track or derived figure is what it is, and where it is heading, as `view`'s faction may
 *  know it. Null for an unknown id or a track the faction cannot see. */
export function explain(
  scenario: Scenario,
  view: GameView,
  id: string,
  lang?: string,
): Explanation | null {
  const ctx: EvalContext = { scenario, state: view, target: null };
  const track = scenario.index.track.get(id);
  if (track) {
    if (!Object.hasOwn(view.tracks, id)) return null;
    const p = parts(ctx, view.viewer, track.drift, `track.${id}.drift`, lang);
    return {
      id,
      name: nameOf(scenario, 'track', id, lang),
      value: view.tracks[id] ?? 0,
      parts: p,
      total: p.reduce((a, b) => a + b.value, 0),
    };
  }
  const derived = scenario.index.derived.get(id);
  if (derived) {
    const p = parts(ctx, view.viewer, derived.terms, `derived.${id}.term`, lang);
    const value = p.reduce((a, b) => a + b.value, 0);
    return { id, name: nameOf(scenario, 'derived', id, lang), value, parts: p, total: value };
  }
  return null;
}

/** The stage a threat clock is at. */
export function clockStage(
  scenario: Scenario,
  view: GameView,
  id: string,
): { index: number; id: string; label: string } | null {
  const track = scenario.index.track.get(id);
  if (!track || track.stages.length === 0 || !Object.hasOwn(view.tracks, id)) return null;
  const v = view.tracks[id] ?? 0;
  let index = 0;
  track.stages.forEach((s, i) => {
    if (v >= s.at) index = i;
  });
  const stage = track.stages[index]!;
  return { index, id: stage.id, label: text(scenario, `track.${id}.stage.${stage.id}`) };
}

/** An order's chance of success as `view`'s faction may know it (between 0 and 1), or null when
 *  it has none or its odds read what the faction cannot see. */
export function orderChance(
  scenario: Scenario,
  order: OrderDef,
  view: GameView,
  target: string | null,
): number | null {
  if (!order.chance || readsHidden(scenario, view.viewer, order.chance)) return null;
  const p = order.chance.run({ scenario, state: view, target });
  return Math.max(0, Math.min(1, p));
}
