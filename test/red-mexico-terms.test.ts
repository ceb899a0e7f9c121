// The Cuernavaca Accords' terms for Washington: poor before the 1948 vote, better after it, and
// better for each province its clients hold; what Washington is told of them.
import { describe, expect, it } from 'vitest';
import { briefing, endingScore, initialState, type GameState } from '../src/engine';
import { loadBundled } from './helpers';

const scenario = loadBundled('red-mexico-1945');

function signed(turn: number, clients: string[], voted: boolean): GameState {
  const s = initialState(scenario, 1);
  s.turn = turn;
  s.phase = 'ended';
  s.ending = 'negotiated_survival';
  s.flags.accords_signed = true;
  if (voted) s.fired.election_of_1948 = [38];
  for (const r of clients) s.regions[r]!.control = 'insurgents';
  return s;
}

describe("the Accords' terms", () => {
  const regions = Object.keys(initialState(scenario, 1).regions).filter(
    (r) => initialState(scenario, 1).regions[r]!.control === 'mexico',
  );

  it('give Washington more after the 1948 vote, the more the longer it held out', () => {
    const usa = (turn: number, voted: boolean, clients: string[] = []) =>
      endingScore(scenario, signed(turn, clients, voted), 'usa')!;
    // the vote is in November 1948 (month 38): before it 20, in its month 28, then 2 a month
    expect(usa(36, false)).toBe(20);
    expect(usa(38, true)).toBe(28);
    expect(usa(41, true)).toBe(34);
    expect(usa(44, true)).toBe(40);
    expect(usa(50, true)).toBe(40);
    // 2 for each province its clients hold, up to three
    expect(usa(44, true, regions.slice(0, 2)) - usa(44, true)).toBe(4);
    expect(usa(44, true, regions.slice(0, 6)) - usa(44, true)).toBe(6);
    // Mexico's gain is the same whatever the terms
    expect(endingScore(scenario, signed(36, [], false), 'mexico')).toBe(
      endingScore(scenario, signed(44, regions.slice(0, 3), true), 'mexico'),
    );
  });

  it('are told to Washington: its briefing gives the least and the most', () => {
    const e = briefing(scenario, 'usa').endings.find((x) => x.id === 'negotiated_survival')!;
    expect(e.score).toBe(endingScore(scenario, signed(36, [], false), 'usa'));
    expect(e.upTo).toBeGreaterThan(e.score);
    expect(e.how).toMatch(/1948/);
  });
});
