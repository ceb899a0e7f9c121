import { describe, expect, it } from 'vitest';
import {
  briefing,
  endingWarnings,
  initialState,
  parseScenario,
  viewFor,
  type GameState,
} from '../index';
import { loadMini, replaceOnce, withEdit } from '../../../test/helpers';

describe('briefing', () => {
  it('tells a faction its aims, the endings it wants and fears, and what ends the game', () => {
    const b = briefing(loadMini(), 'red');
    expect(b.aims).toBe('Hold the capital and keep the people with you.');
    expect(b.endings.map((e) => [e.id, e.score])).toEqual([
      ['stalemate', 60],
      ['blue_strikes', 20],
      ['red_falls', 0],
    ]);
    expect(b.endings.find((e) => e.id === 'red_falls')!.how).toBe('Support reaches nothing.');
    expect(b.wants).toEqual(['stalemate']);
    expect(b.fears).toEqual(['blue_strikes', 'red_falls']);
    // blue has no aims of its own written: its description stands in
    const blue = briefing(loadMini(), 'blue');
    expect(blue.aims).toBe('The neighbour.');
    expect(blue.wants).toEqual(['red_falls', 'blue_strikes']);
  });
});

describe('endingWarnings', () => {
  const scenario = loadMini();
  const withSupport = (n: number): GameState => {
    const s = initialState(scenario, 1);
    s.tracks.support = n;
    return s;
  };

  it('warns each faction of an ending its condition says is near', () => {
    expect(endingWarnings(scenario, viewFor(scenario, withSupport(50), 'red'))).toEqual([]);
    const near = endingWarnings(scenario, viewFor(scenario, withSupport(10), 'red'));
    expect(near).toEqual([
      { ending: 'red_falls', title: 'Red falls', text: 'Support is about to give out.', score: 0 },
    ]);
    expect(endingWarnings(scenario, viewFor(scenario, withSupport(10), 'blue'))[0]!.score).toBe(
      100,
    );
  });

  it('judges from the faction’s view alone: another’s private track reads as 0', () => {
    const r = parseScenario(
      withEdit('endings.yaml', (t) =>
        replaceOnce(t, 'warning: "support < 15"', 'warning: "gold > 5"'),
      ),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const s = r.scenario;
    const state = initialState(s, 1); // gold 20, red's private track
    expect(endingWarnings(s, viewFor(s, state, 'red')).map((w) => w.ending)).toEqual(['red_falls']);
    expect(endingWarnings(s, viewFor(s, state, 'blue'))).toEqual([]);
  });

  it('is checked: its names, and the text it needs', () => {
    const bad = parseScenario(
      withEdit('endings.yaml', (t) =>
        replaceOnce(t, 'warning: "support < 15"', 'warning: "suport < 15"'),
      ),
    );
    expect(!bad.ok && bad.errors.map((e) => `${e.code} ${e.path}`)).toEqual([
      'E_UNKNOWN_NAME endings/0/warning',
    ]);
    const untold = parseScenario(
      withEdit('texts/en.yaml', (t) =>
        replaceOnce(t, '    warning: Support is about to give out.\n', ''),
      ),
    );
    expect(!untold.ok && untold.errors.map((e) => `${e.code} ${e.message}`)).toEqual([
      'E_MISSING_TEXT missing text `ending.red_falls.warning` in texts/en.yaml',
    ]);
  });
});
