// The orders the player has picked this month, and what is left to pick: plain functions, so the
// orders panel and the map's region card agree and are tested without a browser.
import { pickKey, pickRefusal, type OrderChoice, type PickRefusal } from '../../engine';

export { pickKey };
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

export type Blocked = PickRefusal | null;

/** Why an option cannot be added to the picks now, or null if it can: the engine's rule. */
export function blocked(
  option: OrderOptionModel,
  picks: readonly OrderChoice[],
  max: number,
  options: readonly OrderOptionModel[],
  tracks: readonly TrackModel[],
): Blocked {
  const costOf = (o: OrderChoice) =>
    (options.find((x) => sameOption(x, o)) ?? option).cost.map((c) => [c.track, c.amount] as const);
  const funds = new Map(tracks.filter((t) => !t.derived).map((t) => [t.id, t.value]));
  return pickRefusal(option, picks, max, costOf, funds);
}

export const costText = (o: OrderOptionModel): string =>
  o.cost.length ? o.cost.map((c) => `${c.amount} ${c.name}`).join(', ') : 'free';

export const toChoice = (o: OrderChoice): OrderChoice =>
  o.target === undefined ? { order: o.order } : { order: o.order, target: o.target };
