// What an option is worth to a faction's priority bot: the changes it expects, weighed with the
// weights its scenario gives it in ai.yaml.
import type { AiDef, GameView } from '../../engine';
import type { Estimate } from './estimate';

/** One reason an option is worth something: what it changes, and that change's value. */
export interface Part {
  readonly kind: 'track' | 'flag' | 'unrest' | 'preference';
  readonly id: string;
  readonly delta: number;
  readonly value: number;
}

/** A faction's weights as the bot reads them at every option: its ai.yaml weights, with the two
 *  of unrest (its own regions', its rivals') read out of them once. */
export interface Weights {
  readonly ai: AiDef;
  readonly faction: string;
  readonly unrestOwn: number | undefined;
  readonly unrestRivals: number | undefined;
}

export function weightsOf(ai: AiDef): Weights {
  return {
    ai,
    faction: ai.faction,
    unrestOwn: ai.weights.unrest_own,
    unrestRivals: ai.weights.unrest_rivals,
  };
}

/** `total` plus the worth of the estimate's track and flag changes; each one that counts goes
 *  into `parts` when given. */
export function weighTracksAndFlags(
  ai: AiDef,
  est: Estimate,
  total: number,
  parts: Part[] | null,
): number {
  for (const [id, delta] of est.tracks) {
    const w = ai.weights[id];
    if (!w || Math.abs(delta) < 1e-9) continue;
    parts?.push({ kind: 'track', id, delta, value: w * delta });
    total += w * delta;
  }
  for (const [id, delta] of est.flags) {
    const w = ai.flags[id];
    if (!w || Math.abs(delta) < 1e-9) continue;
    parts?.push({ kind: 'flag', id, delta, value: w * delta });
    total += w * delta;
  }
  return total;
}

/** `total` plus the worth of a change of unrest in region `id`, whose weight depends on who
 *  holds it now; the change goes into `parts` when given and it counts. */
function withUnrest(
  view: GameView,
  w: Weights,
  id: string,
  delta: number,
  total: number,
  parts: Part[] | null,
): number {
  const weight = view.regions[id]?.control === w.faction ? w.unrestOwn : w.unrestRivals;
  if (!weight || Math.abs(delta) < 1e-9) return total;
  parts?.push({ kind: 'unrest', id, delta, value: weight * delta });
  return total + weight * delta;
}

/** `total` plus the worth of unrest changes (by region, as an estimate lists them). */
export function weighUnrest(
  view: GameView,
  w: Weights,
  unrest: readonly (readonly [string, number])[],
  total: number,
  parts: Part[] | null,
): number {
  for (let i = 0; i < unrest.length; i++) {
    const [id, delta] = unrest[i]!;
    total = withUnrest(view, w, id, delta, total, parts);
  }
  return total;
}

/** The worth of an estimate: its tracks and flags, then its unrest, summed in that order. */
export function weigh(view: GameView, w: Weights, est: Estimate, parts: Part[] | null): number {
  let total = weighTracksAndFlags(w.ai, est, 0, parts);
  for (const [id, delta] of est.unrest) total = withUnrest(view, w, id, delta, total, parts);
  return total;
}
