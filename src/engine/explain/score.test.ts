import { describe, expect, it } from 'vitest';
import {
  briefing,
  endingScore,
  initialState,
  parseScenario,
  viewFor,
  viewedScore,
  type GameState,
  type Scenario,
} from '../index';
import { replaceOnce, withEdit } from '../../../test/helpers';

// The fixture's fallback, scored by the game: red by its support (seen by all), blue by red's
// private gold (which blue never sees) and by support.
const scored = (red: string, blue: string) =>
  withEdit('endings.yaml', (t) =>
    replaceOnce(t, 'score: { red: 60, blue: 40 }', `score: { red: "${red}", blue: "${blue}" }`),
  );

function load(red: string, blue: string): Scenario {
  const r = parseScenario(scored(red, blue));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

function ended(scenario: Scenario, support: number, gold: number): GameState {
  const s = initialState(scenario, 1);
  s.tracks.support = support;
  s.tracks.gold = gold;
  s.phase = 'ended';
  s.ending = 'stalemate';
  return s;
}

describe('an ending scored by an expression', () => {
  const scenario = load('support + 20', '70 - support / 2 + gold');

  it('scores the last month, held to 0..100 and whole', () => {
    expect(endingScore(scenario, ended(scenario, 30, 0), 'red')).toBe(50);
    expect(endingScore(scenario, ended(scenario, 95, 0), 'red')).toBe(100);
    expect(endingScore(scenario, ended(scenario, 45, 0), 'blue')).toBe(48);
    expect(endingScore(scenario, initialState(scenario, 1), 'red')).toBeNull();
  });

  it("reads it as the faction sees the game: another's secrets count for nothing", () => {
    // blue cannot see red's gold: it reads as 0 whatever red holds
    expect(endingScore(scenario, ended(scenario, 40, 150), 'blue')).toBe(50);
    expect(endingScore(scenario, ended(scenario, 40, 0), 'blue')).toBe(50);
    const s = ended(scenario, 40, 150);
    expect(viewedScore(scenario, viewFor(scenario, s, 'blue'))).toBe(50);
    expect(viewedScore(scenario, viewFor(scenario, s, 'red'))).toBe(60);
  });

  it('is told in the briefing as the least and the most it can be', () => {
    const e = briefing(scenario, 'red').endings.find((x) => x.id === 'stalemate')!;
    expect([e.score, e.upTo]).toEqual([20, 100]);
    const fixed = briefing(scenario, 'red').endings.find((x) => x.id === 'red_falls')!;
    expect([fixed.score, fixed.upTo]).toEqual([0, 0]);
  });

  it('is refused, with its place, when it cannot land within 0..100 or does not compile', () => {
    const errors = (red: string) => {
      const r = parseScenario(scored(red, '40'));
      return r.ok ? [] : r.errors.map((e) => `${e.code} ${e.file} ${e.path}`);
    };
    expect(errors('support + 200')).toEqual(['E_SCORE_RANGE endings.yaml endings/2/score/red']);
    expect(errors('suport + 1')).toHaveLength(1);
    expect(errors('suport + 1')[0]).toMatch(/ endings\.yaml endings\/2\/score\/red$/);
    const r = parseScenario(
      withEdit('endings.yaml', (t) =>
        replaceOnce(t, 'score: { red: 60, blue: 40 }', 'score: { red: 150, blue: 40 }'),
      ),
    );
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toEqual(['E_SCORE_RANGE']);
  });
});
