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

/** `total` plus the worth of unrest changes (by region, as an estimate lists them), which
 *  depends on who holds each region now. */
export function weighUnrest(
  view: GameView,
  ai: AiDef,
  unrest: readonly (readonly [string, number])[],
  total: number,
  parts: Part[] | null,
): number {
  for (const [id, delta] of unrest) {
    const w =
      view.regions[id]?.control === ai.faction ? ai.weights.unrest_own : ai.weights.unrest_rivals;
    if (!w || Math.abs(delta) < 1e-9) continue;
    parts?.push({ kind: 'unrest', id, delta, value: w * delta });
    total += w * delta;
  }
  return total;
}

/** The worth of an estimate: its tracks and flags, then its unrest, summed in that order. */
export function weigh(view: GameView, ai: AiDef, est: Estimate, parts: Part[] | null): number {
  return weighUnrest(view, ai, [...est.unrest], weighTracksAndFlags(ai, est, 0, parts), parts);
}
