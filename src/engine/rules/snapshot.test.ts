// An action is read once: what the reducer checks is what it applies, even when an in-process
// caller hands it an object whose fields change under it (getters, callbacks, a proxy).
import { describe, expect, it } from 'vitest';
import {
  initialState,
  legalActions,
  step,
  stepInPlace,
  stepLegal,
  type Action,
  viewFor,
} from '../index';
import { checkAction } from './step';
import { loadMini } from '../../../test/helpers';

const mini = loadMini();

/** An action that reads as `honest` for its first `reads` field reads, then as `forged`. */
function shifty(
  honest: Action,
  forged: Action,
  reads: number,
): { action: Action; count: () => number } {
  let n = 0;
  const pick = (k: string) => (++n <= reads ? honest : forged)[k as keyof Action];
  const action = {} as Record<string, unknown>;
  for (const k of new Set([...Object.keys(honest), ...Object.keys(forged)]))
    Object.defineProperty(action, k, { get: () => pick(k), enumerable: true });
  return { action: action as unknown as Action, count: () => n };
}

const honest: Action = { type: 'orders', faction: 'red', turn: 0, orders: [] };
// Five rallies cost 25 gold; red has 20, and may give two orders a month.
const forged: Action = {
  type: 'orders',
  faction: 'red',
  turn: 0,
  orders: Array.from({ length: 5 }, () => ({ order: 'rally' })),
};

/** How many field reads the check makes, so that the forged fields appear only after it. */
function readsOfCheck(): number {
  const probe = shifty(honest, honest, Infinity);
  expect(checkAction(mini, initialState(mini, 1), probe.action)).toBeNull();
  return probe.count();
}

describe('an action whose fields change between the check and the apply', () => {
  it('is applied as it was checked, by step', () => {
    const { action } = shifty(honest, forged, readsOfCheck());
    const r = step(mini, initialState(mini, 1), action);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.state.orders.red).toEqual([]);
    expect(r.value.state.tracks.gold).toBe(20);
  });

  it('is applied as it was checked, by stepInPlace and stepLegal', () => {
    for (const run of [
      (a: Action) => {
        const s = initialState(mini, 1);
        return { error: stepInPlace(mini, s, a), s };
      },
      (a: Action) => {
        const s = initialState(mini, 1);
        return { error: stepLegal(mini, s, legalActions(mini, viewFor(mini, s, 'red')), a), s };
      },
    ]) {
      const { action } = shifty(honest, forged, readsOfCheck());
      const { error, s } = run(action);
      expect(error).toBeNull();
      expect(s.orders.red).toEqual([]);
      expect(s.tracks.gold).toBe(20);
    }
  });

  it('keeps the orders it checked when a getter changes the list while it is read', () => {
    const orders: { order: string }[] = [{ order: 'rally' }];
    const sneaky = {
      type: 'orders',
      faction: 'red',
      turn: 0,
      get orders() {
        const list = [...orders];
        orders.push({ order: 'rally' }, { order: 'rally' });
        return list;
      },
    } as unknown as Action;
    const r = step(mini, initialState(mini, 1), sneaky);
    expect(r.ok && r.value.state.orders.red).toEqual([{ order: 'rally' }]);
    expect(r.ok && r.value.state.tracks.gold).toBe(15);
  });

  it('is refused, not thrown, when reading it throws', () => {
    const throwing = {
      type: 'orders',
      faction: 'red',
      turn: 0,
      get orders(): never {
        throw new Error('boom');
      },
    } as unknown as Action;
    const proxy = new Proxy({} as Action, {
      get() {
        throw new Error('boom');
      },
    });
    for (const a of [throwing, proxy]) {
      expect(step(mini, initialState(mini, 1), a)).toEqual({
        ok: false,
        error: 'action/malformed',
      });
      expect(checkAction(mini, initialState(mini, 1), a)).toBe('action/malformed');
    }
  });

  it('leaves no part of the caller’s object in the state', () => {
    const mine = {
      type: 'orders',
      faction: 'red',
      turn: 0,
      orders: [{ order: 'rally', extra: 1 }],
    };
    const r = step(mini, initialState(mini, 1), mine as unknown as Action);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    mine.orders[0]!.order = 'police';
    expect(r.value.state.orders.red).toEqual([{ order: 'rally' }]);
  });
});
