// The Kremlin's Shadow's worth to Moscow: as deep as the party's reach on the day it comes to
// rule (the deeper of its roads, the unions or the cells, and subversion's lead over the
// government's support); what Moscow is told of it.
import { describe, expect, it } from 'vitest';
import {
  briefing,
  endingScore,
  initialState,
  viewedScore,
  viewFor,
  type GameState,
} from '../src/engine';
import { loadBundled } from './helpers';

const scenario = loadBundled('red-mexico-1945');

function ruled(unions: number, subversion: number, support: number): GameState {
  const s = initialState(scenario, 1);
  s.turn = 30;
  s.phase = 'ended';
  s.ending = 'kremlin_shadow';
  s.flags.shadow_government = true;
  s.tracks.red_unions = unions;
  s.tracks.soviet_subversion = subversion;
  s.tracks.support = support;
  return s;
}

describe("the Kremlin's Shadow's hold", () => {
  const ussr = (u: number, v: number, p: number) => endingScore(scenario, ruled(u, v, p), 'ussr')!;

  it('is worth more to Moscow the deeper the unions and the party reach', () => {
    // committees just ready (40 or so): twice the unions less 25, a fifth of subversion's lead
    expect(ussr(41, 50, 30)).toBe(61);
    expect(ussr(50, 50, 30)).toBe(79);
    // a party whose reach runs past a government that has lost its people holds more firmly
    expect(ussr(45, 60, 10)).toBe(75);
    expect(ussr(45, 20, 60)).toBe(57);
    // the cells' road (subversion at 60 or more in the autumn of 1950, few unions) by subversion
    expect(ussr(6, 76, 48)).toBe(82);
    // never less than 45 (a succession won with few unions), never more than 90
    expect(ussr(20, 10, 70)).toBe(45);
    expect(ussr(80, 100, 0)).toBe(90);
    // Mexico's and Washington's shares are the same whatever the hold
    for (const f of ['mexico', 'usa'])
      expect(endingScore(scenario, ruled(41, 50, 30), f)).toBe(
        endingScore(scenario, ruled(70, 90, 5), f),
      );
  });

  it("is read from what Moscow sees, and told to it: the briefing's least and most", () => {
    const s = ruled(47, 62, 21);
    expect(viewedScore(scenario, viewFor(scenario, s, 'ussr'))).toBe(
      endingScore(scenario, s, 'ussr'),
    );
    const e = briefing(scenario, 'ussr').endings.find((x) => x.id === 'kremlin_shadow')!;
    expect(e.score).toBe(45);
    expect(e.upTo).toBe(90);
    expect(e.how).toMatch(/unions/);
  });
});
