import { describe, expect, it } from 'vitest';
import {
  describeEffects,
  initialState,
  parseScenario,
  viewFor,
  type Effect,
  type Scenario,
} from '../index';
import { loadBundled, loadMini, miniFiles, replaceOnce } from '../../../test/helpers';

/** The mini fixture with drifts that read the `crisis` and `reform` flags: one on the public
 *  tension track, one on blue's private spies. */
function withFlagDrifts(): Scenario {
  const files = miniFiles().map((f) => {
    if (f.path === 'scenario.yaml')
      return {
        path: f.path,
        text: replaceOnce(
          replaceOnce(
            f.text,
            '      - { id: recruits, value: 3 }\n',
            '      - { id: recruits, value: 3 }\n' +
              '      - { id: curfew, when: "crisis and not reform", value: -2 }\n',
          ),
          '      - { id: border, when:',
          '      - { id: alarm_bells, when: "crisis == true or fired(reform_debate) and tension < 0", value: 2 }\n' +
            '      - { id: border, when:',
        ),
      };
    if (f.path === 'texts/en.yaml')
      return {
        path: f.path,
        text: replaceOnce(
          replaceOnce(f.text, '{ recruits: Recruits }', '{ recruits: Recruits, curfew: Curfew }'),
          '{ border: Border incidents }',
          '{ border: Border incidents, alarm_bells: Alarm bells }',
        ),
      };
    return f;
  });
  const r = parseScenario(files);
  if (!r.ok) throw new Error(`edited fixture does not load: ${JSON.stringify(r.errors)}`);
  return r.scenario;
}

const setFlag = (id: string, value: boolean): Effect[] => [
  { op: 'set', tracks: [], flags: [[id, value]] },
];

describe('describeEffects: conditions and costs', () => {
  const scenario = loadMini();
  const state = initialState(scenario, 1);
  const at = (f: string) => ({ view: viewFor(scenario, state, f), target: 'north' });
  it('lists a conditional effect with its condition, and whether it holds now', () => {
    const subvert = scenario.index.order.get('subvert')!;
    expect(describeEffects(scenario, subvert.effects, at('blue'))).toEqual([
      'Unrest in The North +10',
      'If unrest(target) >= 90 (it does not now): The North passes to Rebels',
    ]);
    expect(describeEffects(scenario, subvert.effects, { viewer: 'blue' })[1]).toBe(
      'If unrest(target) >= 90: the target passes to Rebels',
    );
  });
  it('names the figures a condition reads, as the player knows them', () => {
    const when = { source: 'tension < 60 and not crisis', run: () => true };
    const gain: Effect[] = [
      { op: 'add', entries: [['support', { constant: 2, source: '2', run: () => 2 }]] },
    ];
    const iff: Effect[] = [{ op: 'if', when, then: gain, else: [] }];
    expect(describeEffects(scenario, iff, at('red'))).toEqual([
      'If Tension < 60 and not crisis (it does now): Support +2',
    ]);
  });
  it('says when a cost is more than the track holds', () => {
    const cost: Effect[] = [
      { op: 'add', entries: [['gold', { constant: -30, source: '-30', run: () => -30 }]] },
    ];
    expect(describeEffects(scenario, cost, at('red'))).toEqual([
      'Gold -30 (only 20 left: it stops at 0)',
    ]);
  });
});

describe('describeEffects: what a flag changes each month', () => {
  const scenario = withFlagDrifts();
  const state = initialState(scenario, 1);

  it('lists the drifts a flag switches on, and those it stops', () => {
    expect(
      describeEffects(scenario, setFlag('crisis', true), {
        view: viewFor(scenario, state, 'blue'),
      }),
    ).toEqual([
      'crisis: yes — each month while it holds: Spies -2 (Curfew), Tension +2 (Alarm bells)' +
        ' — stops: Support varies (Calm capital)',
    ]);
    expect(
      describeEffects(scenario, setFlag('crisis', false), {
        view: viewFor(scenario, state, 'blue'),
      }),
    ).toEqual([
      'crisis: no — each month while it holds: Support varies (Calm capital)' +
        ' — stops: Spies -2 (Curfew), Tension +2 (Alarm bells)',
    ]);
    // a flag read under `not` switches the drift on when cleared, while the crisis lasts
    const inCrisis = { ...state, flags: { ...state.flags, crisis: true } };
    expect(
      describeEffects(scenario, setFlag('reform', false), {
        view: viewFor(scenario, inCrisis, 'blue'),
      }),
    ).toEqual(['reform: no — each month while it holds: Spies -2 (Curfew)']);
    // with no crisis, clearing the reform switches nothing on now; without a game at hand, every
    // drift that reads the flag is listed
    expect(
      describeEffects(scenario, setFlag('reform', false), {
        view: viewFor(scenario, state, 'blue'),
      }),
    ).toEqual(['reform: no']);
    expect(describeEffects(scenario, setFlag('reform', false), { viewer: 'blue' })).toEqual([
      'reform: no — each month while it holds: Spies -2 (Curfew)',
    ]);
  });

  it('never shows a drift of a private track the viewer may not see', () => {
    const red = describeEffects(scenario, setFlag('crisis', true), {
      view: viewFor(scenario, state, 'red'),
    });
    expect(red).toEqual([
      'crisis: yes — each month while it holds: Tension +2 (Alarm bells)' +
        ' — stops: Support varies (Calm capital)',
    ]);
    // read only by blue's private track: to red it is a bare flag
    expect(
      describeEffects(scenario, setFlag('reform', true), { view: viewFor(scenario, state, 'red') }),
    ).toEqual(['reform: yes']);
    // inside a chance, too
    const chance: Effect[] = [
      {
        op: 'chance',
        p: { source: '0.5', constant: 0.5, run: () => 0.5 },
        then: setFlag('reform', true),
        else: [],
      },
    ];
    expect(describeEffects(scenario, chance, { view: viewFor(scenario, state, 'red') })).toEqual([
      '50% chance: reform: yes',
    ]);
  });

  it('shows a flag that no drift reads as before', () => {
    const mini = loadMini();
    const s = initialState(mini, 1);
    // `reform` is read by a derived figure's term and an event, but by no drift
    expect(
      describeEffects(mini, setFlag('reform', true), { view: viewFor(mini, s, 'red') }),
    ).toEqual(['reform: yes']);
  });
});

describe('describeEffects: a decision set in motion for another faction', () => {
  const scenario = loadBundled('red-mexico-1945');
  const strike = scenario.index.event
    .get('committees_ready')
    ?.choices.find((c) => c.id === 'call_the_general_strike');

  it('tells its options and their odds as the viewer can work them out, and no more', () => {
    const base = initialState(scenario, 1);
    const state = {
      ...base,
      tracks: {
        ...base.tracks,
        armed_strength: 100,
        fear: 100,
        red_unions: 40,
        soviet_subversion: 0,
      },
    };
    const lines = describeEffects(scenario, strike!.effects, {
      view: viewFor(scenario, state, 'ussr'),
    });
    const motion = lines.find((l) => l.startsWith('Sets in motion: The Country Stops'))!;
    expect(motion).toContain('where Revolutionary Mexico chooses (odds as things stand)');
    // the militia: 0.25 + (100 + 50 - 40 - 0) / 100, at most 0.85
    expect(motion).toMatch(/Send the militia against the pickets: 85% chance: .*Red Unions -35/);
    // bargaining costs Mexico's treasury, which Moscow cannot see
    expect(motion).toMatch(/bargain[^|]*: \d+% chance: Red Unions -25.*effects you cannot see/);
    expect(motion).not.toMatch(/Treasury/);
  });
});
