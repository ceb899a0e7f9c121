// The one rule for building a month's orders, shared by the engine's check and by every front end
// that lets a player pick orders one by one: an order may be given once per target, no more than
// the faction's orders a month, and all of them paid for together.
import type { OrderChoice } from '../../types';

/** Why `option` cannot join `picks` now: already given (this order at this target), no orders
 *  left, or the picks and it together cost more than `funds` holds; null when it can. */
export type PickRefusal = 'given' | 'full' | 'unaffordable';

/** The key under which an order counts once: the same order may go to different targets. */
export const pickKey = (o: Pick<OrderChoice, 'order' | 'target'>): string =>
  `${o.order}@${o.target ?? ''}`;

export function pickRefusal<O extends OrderChoice>(
  option: O,
  picks: readonly OrderChoice[],
  max: number,
  costOf: (o: OrderChoice) => readonly (readonly [string, number])[],
  funds: Readonly<Record<string, number>> | ReadonlyMap<string, number>,
): PickRefusal | null {
  const key = pickKey(option);
  if (picks.some((p) => pickKey(p) === key)) return 'given';
  if (picks.length >= max) return 'full';
  const spent = new Map<string, number>();
  for (const o of [...picks, option])
    for (const [track, n] of costOf(o)) spent.set(track, (spent.get(track) ?? 0) + n);
  const has = (t: string) =>
    (funds instanceof Map ? funds.get(t) : (funds as Record<string, number>)[t]) ?? 0;
  for (const [track, n] of spent) if (n > has(track)) return 'unaffordable';
  return null;
}
