// Numbers a scenario may hold: finite, bounded, probabilities within 0..1, stages on their track,
// conditions that can hold. Each problem is a located error (or warning) with a code and a hint.
import { describe, expect, it } from 'vitest';
import { formatScenarioError, parseScenario, type ScenarioError } from '../../index';
import { miniFiles, replaceOnce, withEdit } from '../../../../test/helpers';

type Files = ReturnType<typeof miniFiles>;

function problemsOf(files: Files): { errors: ScenarioError[]; warnings: ScenarioError[] } {
  const r = parseScenario(files);
  return r.ok ? { errors: [], warnings: r.warnings } : { errors: r.errors, warnings: [] };
}
const lines = (list: readonly ScenarioError[]) => list.map(formatScenarioError);
const edit = (path: string, from: string, to: string) =>
  withEdit(path, (t) => replaceOnce(t, from, to));
const NINES = '9'.repeat(400);

describe('numbers beyond the finite range', () => {
  it('refuses a literal too large to be finite, located inside the expression', () => {
    const { errors } = problemsOf(
      edit('orders.yaml', 'add: { support: 3 }', `add: { support: "0 * ${NINES}" }`),
    );
    expect(lines(errors)).toEqual([
      expect.stringMatching(/^orders\.yaml:6:30 E_NUMBER_RANGE this number is too large/),
    ]);
    expect(errors[0]!.hint).toMatch(/1,000,000,000/);
  });

  it('refuses a constant subexpression that leaves the range, where it is', () => {
    const { errors } = problemsOf(
      edit(
        'orders.yaml',
        'add: { support: 3 }',
        'add: { support: "support + 1000000000 * 1000000000 - 1000000000 * 1000000000" }',
      ),
    );
    expect(lines(errors)).toEqual([
      expect.stringMatching(
        /^orders\.yaml:6:47 E_NUMBER_RANGE `1000000000 \* 1000000000` is 1\.00e\+18/,
      ),
      expect.stringMatching(/^orders\.yaml:6:73 E_NUMBER_RANGE /),
    ]);
  });

  it('refuses a YAML number beyond the range: track bounds, costs, weights', () => {
    const { errors } = problemsOf(edit('scenario.yaml', '    max: 200\n', '    max: 1e300\n'));
    expect(lines(errors)).toEqual([
      expect.stringMatching(/^scenario\.yaml:\d+:\d+ E_NUMBER_RANGE /),
    ]);
    expect(errors[0]!.path).toBe('tracks/1/max');
    // Where a number may be an expression too, it is reported once.
    const chance = problemsOf(
      edit('orders.yaml', 'chance: "0.5 + support / 200"', 'chance: 5e20'),
    ).errors;
    expect(chance.map((e) => [e.code, e.path])).toEqual([['E_NUMBER_RANGE', 'orders/1/chance']]);
    const cost = problemsOf(edit('orders.yaml', 'cost: { gold: 5 }', 'cost: { gold: 5e20 }'));
    expect(cost.errors.map((e) => [e.code, e.path])).toEqual([
      ['E_NUMBER_RANGE', 'orders/0/cost/gold'],
    ]);
  });
});

describe('probabilities outside 0..1', () => {
  it('refuses an order chance of 5, of -1, and of 60 with a hint for percentages', () => {
    const order = (chance: string) =>
      problemsOf(edit('orders.yaml', 'chance: "0.5 + support / 200"', `chance: ${chance}`)).errors;
    for (const [value, col] of [
      ['5', 13],
      ['-1', 13],
      ['"2 - 3"', 14],
    ] as const) {
      const errs = order(value);
      expect(lines(errs), value).toEqual([
        expect.stringMatching(new RegExp(`^orders\\.yaml:12:${col} E_PROBABILITY_RANGE `)),
      ]);
    }
    const sixty = order('60');
    expect(sixty[0]).toMatchObject({ code: 'E_PROBABILITY_RANGE', path: 'orders/1/chance' });
    expect(sixty[0]!.hint).toMatch(/0\.6 for 60%/);
  });

  it('refuses an exposure of 7 and a `chance` effect with p: 3', () => {
    expect(lines(problemsOf(edit('orders.yaml', 'exposure: 0.3', 'exposure: 7')).errors)).toEqual([
      expect.stringMatching(/^orders\.yaml:\d+:15 E_PROBABILITY_RANGE /),
    ]);
    const p = problemsOf(edit('events/main.yaml', 'chance: { p: 0.5,', 'chance: { p: 3,')).errors;
    expect(p.map((e) => [e.code, e.path])).toEqual([
      ['E_PROBABILITY_RANGE', 'events/4/effects/1/chance/p'],
    ]);
  });

  it('refuses a computed probability that can never lie within 0..1', () => {
    const errs = problemsOf(
      edit('orders.yaml', 'chance: "0.5 + support / 200"', 'chance: "2 + support / 200"'),
    ).errors;
    expect(errs.map((e) => e.code)).toEqual(['E_PROBABILITY_RANGE']);
    expect(errs[0]!.message).toMatch(/2\.\.2\.5/);
  });
});

describe('threat clock stages', () => {
  it('refuses a stage beyond its track’s bounds', () => {
    const { errors } = problemsOf(
      edit('scenario.yaml', '{ id: war, at: 70 }', '{ id: war, at: 7000 }'),
    );
    expect(lines(errors)).toEqual([
      expect.stringMatching(
        /^scenario\.yaml:\d+:\d+ E_OUT_OF_RANGE stage `war` at 7000 is outside the track’s 0\.\.100/,
      ),
    ]);
    expect(errors[0]!.path).toBe('tracks/3/stages/2/at');
  });
});

describe('conditions that can never hold', () => {
  it('warns of a comparison of a track with a constant beyond its bounds, with the reason', () => {
    const { errors, warnings } = problemsOf(
      edit('endings.yaml', 'when: "support <= 0"', 'when: "support > 150"'),
    );
    expect(errors).toEqual([]);
    expect(lines(warnings)).toEqual([
      'endings.yaml:4:20 W_NEVER_HOLDS `support > 150` can never hold: support stays within 0..100 (change the comparison, or the bounds (`min`, `max`) of what it reads)',
    ]);
  });

  it('follows and, or and not', () => {
    const warn = (when: string) =>
      problemsOf(edit('endings.yaml', 'when: "support <= 0"', `when: "${when}"`)).warnings.map(
        (w) => w.code,
      );
    expect(warn('crisis and gold < 0')).toEqual(['W_NEVER_HOLDS']);
    expect(warn('gold < 0 or spies > 50')).toEqual(['W_NEVER_HOLDS']);
    expect(warn('not (tension >= 0)')).toEqual(['W_NEVER_HOLDS']);
    expect(warn('unrest(capital) > 100 or crisis')).toEqual([]);
    expect(warn('gold < 0 or crisis')).toEqual([]);
    expect(warn('support > 99')).toEqual([]);
    expect(warn('support * 2 > 150')).toEqual([]);
    expect(warn('support + 99 < 100')).toEqual([]);
    expect(warn('support + 100 < 100')).toEqual(['W_NEVER_HOLDS']);
    expect(warn('support + 101 < 100')).toEqual(['W_NEVER_HOLDS']);
    expect(warn('unrest(capital) > 100')).toEqual(['W_NEVER_HOLDS']);
  });

  it('gives no warning on the fixture', () => {
    expect(problemsOf(miniFiles()).warnings).toEqual([]);
  });
});
