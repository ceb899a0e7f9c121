import { describe, expect, it } from 'vitest';
import { disclose, prune } from './ledger';
import type { Change, GameState } from '../../types';

const change = (
  turn: number,
  figure = 'track:x',
  cause: Change['cause'] = { kind: 'drift', track: 'x', modifier: 'm' },
): Change => ({
  turn,
  figure,
  delta: 1,
  cause,
});
const stateWith = (turn: number, changes: Change[]) => ({ turn, changes }) as unknown as GameState;

describe("the month's record of changes", () => {
  it("keeps only this month's and last month's changes at the turn of a month", () => {
    const s = stateWith(5, [change(2), change(3), change(3), change(4), change(5)]);
    prune(s);
    expect(s.changes.map((c) => c.turn)).toEqual([4, 5]);
  });

  it('drops older changes wherever they stand in a record made by hand', () => {
    const s = stateWith(5, [change(2), change(4), change(1), change(5), change(3)]);
    prune(s);
    expect(s.changes.map((c) => c.turn)).toEqual([4, 5]);
  });

  it('tells a cost paid this month, among the changes before the bound given, to all', () => {
    const cost = { kind: 'cost', faction: 'usa', order: 'o' } as const;
    const hidden = { ...change(5, 'track:funds', cost), visibleTo: ['usa'] };
    const s = stateWith(5, [change(4), hidden, change(5), { ...hidden }]);
    disclose(s, 'usa', 'o', 2);
    expect(s.changes.map((c) => c.visibleTo)).toEqual([undefined, undefined, undefined, ['usa']]);
    disclose(s, 'usa', 'o');
    expect(s.changes.every((c) => c.visibleTo === undefined)).toBe(true);
  });
});
