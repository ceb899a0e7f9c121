import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  civilFromDays,
  daysFromCivil,
  MONTHLY,
  parseTurn,
  tickName,
  tickOf,
  turnName,
  turnOfTick,
  turnsWord,
  turnTick,
} from './calendar';
import { initialState, parseScenario, type EvalContext, type Scenario } from './index';
import { runCampaign } from '../analysis/campaign';
import { canonPolicy, randomPolicy } from '../ai';
import { eventsOfMonth } from './rules/month/turn';
import { withEdit, replaceOnce, loadMini } from '../../test/helpers';

describe('the turn length', () => {
  it('reads day, week and month, alone or counted, and nothing else', () => {
    expect(parseTurn('month')).toEqual(MONTHLY);
    expect(parseTurn('day')).toEqual({ unit: 'day', length: 1 });
    expect(parseTurn('3 days')).toEqual({ unit: 'day', length: 3 });
    expect(parseTurn('2 weeks')).toEqual({ unit: 'week', length: 2 });
    for (const bad of ['0 days', '13 days', 'fortnight', '1.5 days', '-1 day', 'days 2', ''])
      expect(parseTurn(bad)).toBeNull();
  });

  it('counts days as the proleptic Gregorian calendar does', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(1962, 10, 16)).toBe(-2634);
    expect(civilFromDays(daysFromCivil(2000, 2, 29))).toEqual({ year: 2000, month: 2, day: 29 });
    fc.assert(
      fc.property(fc.integer({ min: -800_000, max: 800_000 }), (n) => {
        const d = civilFromDays(n);
        expect(daysFromCivil(d.year, d.month, d.day)).toBe(n);
        expect(civilFromDays(n + 1)).not.toEqual(d);
      }),
    );
  });

  it('gives each turn its first day, its name and the turn a day falls in', () => {
    const day = {
      calendar: { unit: 'day', length: 1 },
      start: tickOf({ unit: 'day', length: 1 }, 1962 * 12 + 9, 16),
    } as const;
    expect(turnName(day, 0)).toBe('16 October 1962');
    expect(turnName(day, 16)).toBe('1 November 1962');
    const week = { calendar: { unit: 'week', length: 1 }, start: day.start } as const;
    expect(turnName(week, 0)).toBe('16–22 October 1962');
    expect(turnName(week, 2)).toBe('30 October – 5 November 1962');
    expect(turnOfTick(week, turnTick(week, 3) + 6)).toBe(3);
    expect(turnOfTick(week, turnTick(week, 3) + 7)).toBe(4);
    expect(turnsWord(week.calendar, 2)).toBe('2 weeks');
    // A monthly calendar keeps month indices, so every old save replays unchanged.
    const month = { calendar: MONTHLY, start: 1945 * 12 + 8 } as const;
    expect(turnTick(month, 4)).toBe(1945 * 12 + 12);
    expect(turnName(month, 4)).toBe('January 1946');
    expect(tickName(MONTHLY, 1945 * 12 + 9, 20)).toBe('20 October 1945');
  });
});

describe('a scenario played by the day or the week', () => {
  const daily = (turn: string, end = '1901-12-31') =>
    withEdit('scenario.yaml', (t) =>
      replaceOnce(
        replaceOnce(t, 'start: 1900-01\n', `turn: ${turn}\nstart: 1900-01-01\n`),
        'end: 1901-12',
        `end: ${end}`,
      ),
    ).map((f) =>
      f.path === 'events/main.yaml'
        ? { ...f, text: f.text.replace('months_since(founding) > 6', 'turns_since(founding) > 6') }
        : f,
    );
  const load = (turn: string, end?: string): Scenario => {
    const r = parseScenario(daily(turn, end));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return r.scenario;
  };
  const both = { red: randomPolicy, blue: randomPolicy };

  it('refuses a turn length it cannot read, and months_since where turns are not months', () => {
    const r = parseScenario(
      withEdit('scenario.yaml', (t) => replaceOnce(t, 'start:', 'turn: 20 days\nstart:')),
    );
    expect(r.ok ? [] : r.errors.map((e) => [e.code, e.path])).toEqual([['E_BAD_TURN', 'turn']]);
    const f = parseScenario(
      withEdit('scenario.yaml', (t) => replaceOnce(t, 'start:', 'turn: fortnight\nstart:')),
    );
    expect(f.ok ? [] : f.errors.map((e) => e.path)).toEqual(['turn']);
    const m = parseScenario(
      withEdit('scenario.yaml', (t) =>
        replaceOnce(
          replaceOnce(t, 'start: 1900-01\n', 'turn: day\nstart: 1900-01-01\n'),
          'end: 1901-12',
          'end: 1901-12-31',
        ),
      ),
    );
    expect(m.ok ? [] : m.errors.map((e) => e.code)).toEqual(['E_CALENDAR']);
  });

  it('fires a dated event in the turn that holds its day', () => {
    // 5 January is day 4 of the year, 10 March day 68.
    for (const [turn, founding, debate] of [
      ['day', 4, 68],
      ['week', 0, 9],
      ['3 days', 1, 22],
    ] as const) {
      const s = load(turn);
      const game = runCampaign(s, 7, { red: canonPolicy, blue: canonPolicy });
      expect(game.state.fired['founding']).toEqual([founding]);
      const dated = (t: number) => eventsOfMonth(s, turnTick(s, t)).filter((e) => e.date !== null);
      expect(dated(debate).map((e) => e.id)).toEqual(['reform_debate']);
      expect(dated(debate - 1).map((e) => e.id)).toEqual([]);
      expect(dated(debate + 1).map((e) => e.id)).toEqual([]);
    }
  });

  it('reads dates, year, month, after, before and age by the day', () => {
    const s = load('day');
    const at = (turn: number): EvalContext => ({
      scenario: s,
      state: { ...initialState(s, 1), turn },
      target: null,
    });
    // `date >= 1900-06 and year < 1902 and month != 13`: from 1 June (day 151) on.
    const border = s.index.track.get('tension')!.drift[0]!.when!;
    expect([150, 151, 700, 729].map((t) => border.run(at(t)))).toEqual([false, true, true, true]);
    // `after(1900-03) and before(1901-10)`: 1 March 1900 (day 59) to 30 September 1901 (day 637).
    const when = s.index.order.get('provoke')!.when!;
    expect([58, 59, 637, 638].map((t) => when.run(at(t)))).toEqual([false, true, true, false]);
    // The leader, born 15 March 1850, is 50 on 15 March 1900 (day 73).
    const ill = s.index.event.get('leader_ill')!.when!;
    expect([72, 73].map((t) => ill.run(at(t)))).toEqual([false, true]);
    // A week that holds 1 March has reached it.
    const weekly = load('week');
    const w = weekly.index.order.get('provoke')!.when!;
    const wat = (turn: number): EvalContext => ({
      scenario: weekly,
      state: { ...initialState(weekly, 1), turn },
      target: null,
    });
    // Week 8 is 26 February – 4 March.
    expect([7, 8].map((t) => w.run(wat(t)))).toEqual([false, true]);
  });

  it('ends with the fallback after the turn that holds the last day', () => {
    const s = load('week');
    // 31 December 1901 is day 729 of the calendar, in its 105th week.
    const last = turnOfTick(s, s.end);
    expect(last).toBe(Math.floor(729 / 7));
    for (let seed = 1; seed <= 20; seed++) {
      const game = runCampaign(s, seed, both);
      expect(game.state.turn).toBeLessThanOrEqual(last);
      if (game.state.ending === 'stalemate') expect(game.state.turn).toBe(last);
    }
  });

  it('leaves a monthly scenario as it was', () => {
    expect(loadMini().calendar).toEqual(MONTHLY);
  });
});
