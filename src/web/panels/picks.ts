// The orders the player has picked this month, and what is left to pick: plain functions, so the
// orders panel and the map's region card agree and are tested without a browser.
import type { OrderChoice } from '../../engine';
import type { OrderOptionModel, TrackModel } from '../protocol';

export const sameOption = (a: OrderChoice, b: OrderChoice): boolean =>
  a.order === b.order && a.target === b.target;

/** What the player's tracks hold after paying for the picks. */
export function leftToSpend(
  tracks: readonly TrackModel[],
  options: readonly OrderOptionModel[],
  picks: readonly OrderChoice[],
): Map<string, number> {
  const left = new Map(tracks.filter((t) => !t.derived).map((t) => [t.id, t.value]));
  for (const p of picks) {
    const o = options.find((x) => sameOption(x, p));
    for (const c of o?.cost ?? []) left.set(c.track, (left.get(c.track) ?? 0) - c.amount);
  }
  return left;
}

export type Blocked = null | 'picked' | 'full' | 'unaffordable';

/** Why an option cannot be added to the picks now, or null if it can. */
export function blocked(
  option: OrderOptionModel,
  picks: readonly OrderChoice[],
  max: number,
  left: ReadonlyMap<string, number>,
): Blocked {
  if (picks.some((p) => sameOption(p, option))) return 'picked';
  if (picks.length >= max) return 'full';
  if (!option.cost.every((c) => (left.get(c.track) ?? 0) >= c.amount)) return 'unaffordable';
  return null;
}

export const costText = (o: OrderOptionModel): string =>
  o.cost.length ? o.cost.map((c) => `${c.amount} ${c.name}`).join(', ') : 'free';

/** One string per option, for keys and for finding its line among the picks. */
export const pickKey = (o: OrderChoice): string => `${o.order}@${o.target ?? ''}`;

export const toChoice = (o: OrderChoice): OrderChoice =>
  o.target === undefined ? { order: o.order } : { order: o.order, target: o.target };
