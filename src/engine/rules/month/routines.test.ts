import { describe, expect, it } from 'vitest';
import {
  believedFromView,
  initialState,
  legalActions,
  makeViewer,
  nextToAct,
  parseScenario,
  stateHash,
  step,
  stepInPlace,
  viewFor,
  type GameState,
  type Scenario,
  type ScenarioError,
  type ScenarioFileText,
} from '../../index';
import { generatorFrom, seedRng } from '../../rng';
import { randomPolicy, routinePolicy } from '../../../ai';
import { runCampaign } from '../../../analysis/campaign';
import { buildChronicle, chronicleMarkdown } from '../../../chronicle';
import { loadMini, miniFiles } from '../../../../test/helpers';

const STIR = `
  - id: stir
    faction: rebels
    target: region
    where: "not controls(rebels, target)"
    effects:
      - unrest: { target: 5 }
  - id: bribe
    faction: rebels
    when: "gold > 0"
    effects:
      - add: { tension: 10 }
`;

/** The mini fixture with a rebel order or two and routines for the rebels and for blue. */
function withRoutines(routines: string, orders = STIR): ScenarioFileText[] {
  const files = miniFiles().map((f) => {
    if (f.path === 'orders.yaml') return { ...f, text: f.text + orders };
    if (f.path === 'texts/en.yaml')
      return {
        ...f,
        text: f.text.replace(
          'order:\n',
          'order:\n  stir: { name: Stir, chronicle: The rebels stirred. }\n  bribe: { name: Bribe }\n',
        ),
      };
    return f;
  });
  return [...files, { path: 'routines.yaml', text: routines }];
}

const ROUTINES = `
routines:
  - faction: rebels
    rules:
      - order: bribe            # reads red's private gold: the rebels cannot see it
      - order: stir
        most: "unrest(target)"
  - faction: blue
    rules:
      - order: subvert
        where: "target != north"
        least: "unrest(target)"
`;

function load(files: ScenarioFileText[]): Scenario {
  const r = parseScenario(files);
  if (!r.ok) throw new Error(JSON.stringify(r.errors, null, 1));
  expect(r.warnings).toEqual([]);
  return r.scenario;
}

function errorsOf(files: ScenarioFileText[]): ScenarioError[] {
  const r = parseScenario(files);
  return r.ok ? r.warnings : r.errors;
}

/** Plays one month: every playable faction gives no order and takes the first option offered. */
function passMonth(s: Scenario, state: GameState): GameState {
  let next = state;
  const turn = state.turn;
  while (next.turn === turn && next.phase !== 'ended') {
    const faction = s.index.playable.find((f) => {
      const l = legalActions(s, viewFor(s, next, f));
      return l.orders || l.choices.length;
    })!;
    const legal = legalActions(s, viewFor(s, next, faction));
    const choice = legal.choices[0];
    const r = step(
      s,
      next,
      choice
        ? { type: 'choose', faction, turn, event: choice.event, option: choice.options[0]! }
        : { type: 'orders', faction, turn, orders: [] },
    );
    if (!r.ok) throw new Error(r.error);
    next = r.value.state;
  }
  return next;
}

describe('routines', () => {
  it('give a non-playable faction’s orders each month, at the region its rule ranks best', () => {
    const s = load(withRoutines(ROUTINES));
    expect(s.index.automated).toEqual(['rebels']);
    let state = initialState(s, 3);
    state = passMonth(s, state);
    // north has the most unrest (40) among regions the rebels do not hold
    const orders = state.log.filter((e) => e.kind === 'order');
    expect(orders).toEqual([
      { kind: 'order', turn: 0, faction: 'rebels', order: 'stir', target: 'north', success: true },
    ]);
    expect(state.regions.north!.unrest).toBe(45);
    // they follow it every month, at whatever region is then the most restless
    for (let i = 0; i < 5; i++) state = passMonth(s, state);
    expect(state.log.filter((e) => e.kind === 'order' && e.faction === 'rebels')).toHaveLength(6);
  });

  it('decide from what the faction may know: another’s private track reads as 0', () => {
    const s = load(withRoutines(ROUTINES));
    const state = passMonth(s, initialState(s, 3));
    expect(state.tracks.gold).toBeGreaterThan(0);
    expect(state.log.some((e) => e.kind === 'order' && e.order === 'bribe')).toBe(false);
    // the same rule, on a track the rebels can see, gives the order
    const open = load(
      withRoutines(ROUTINES, STIR.replace('when: "gold > 0"', 'when: "support > 0"')),
    );
    const next = passMonth(open, initialState(open, 3));
    expect(next.log.some((e) => e.kind === 'order' && e.order === 'bribe')).toBe(true);
  });

  it('play whole campaigns that the analysis and the chronicle read', () => {
    const s = load(withRoutines(ROUTINES));
    const policies = { red: randomPolicy, blue: routinePolicy };
    const a = runCampaign(s, 11, policies);
    const b = runCampaign(s, 11, policies);
    expect(a.state.phase).toBe('ended');
    expect(stateHash(a.state)).toBe(stateHash(b.state));
    const chronicle = buildChronicle(s, a.state);
    expect(chronicleMarkdown(chronicle)).toContain('The rebels stirred.');
  });

  it('leave games without routines as they were', () => {
    const s = load(miniFiles());
    expect(s.index.automated).toEqual([]);
    expect(s.index.acting).toEqual(s.index.playable);
  });

  it('play a playable faction through the routine policy, from its view', () => {
    const s = load(withRoutines(ROUTINES));
    const state = initialState(s, 3);
    const legal = legalActions(s, viewFor(s, state, 'blue'));
    const action = routinePolicy.decide(
      s,
      viewFor(s, state, 'blue'),
      legal,
      generatorFrom(seedRng(1)),
    );
    // valid targets: capital (20) and north (40); the rule leaves out the north, ranks by least
    expect(action).toEqual({
      type: 'orders',
      faction: 'blue',
      turn: 0,
      orders: [{ order: 'subvert', target: 'capital' }],
    });
    expect(step(s, state, action).ok).toBe(true);
  });

  it('are checked: names, owners, ranks, with hints', () => {
    const codes = (routines: string) =>
      errorsOf(withRoutines(routines)).map(
        (e) => `${e.code} ${e.path}${e.hint ? ` (${e.hint})` : ''}`,
      );
    expect(
      codes(`
routines:
  - faction: rebels
    rules:
      - { order: stri }
      - { order: rally }
      - { order: bribe, most: "1" }
      - { order: stir, most: "unrest(target)", least: "0" }
      - { order: stir, when: "suport > 1" }
`),
    ).toEqual([
      'E_UNKNOWN_REF routines/0/rules/0/order (did you mean `stir`?)',
      'E_NOT_YOUR_ORDER routines/0/rules/1/order (a routine gives only its own faction’s orders)',
      'E_BAD_VALUE routines/0/rules/2/most',
      'E_BAD_VALUE routines/0/rules/3/least',
      'E_UNKNOWN_NAME routines/0/rules/4/when (did you mean `support`?)',
    ]);
    expect(codes('routines:\n  - { faction: rebel, rules: [ { order: stir } ] }\n')).toContain(
      'E_UNKNOWN_REF routines/0/faction (did you mean `rebels`?)',
    );
  });

  it('are the only way a non-playable faction gives orders', () => {
    const errs = errorsOf(withRoutines('routines: []\n'));
    expect(errs.map((e) => `${e.code} ${e.file} ${e.path}`)).toEqual([
      expect.stringMatching(/^E_NOT_PLAYABLE orders.yaml orders\/\d+\/faction$/),
      expect.stringMatching(/^E_NOT_PLAYABLE orders.yaml orders\/\d+\/faction$/),
    ]);
    expect(errs[0]!.hint).toContain('routines.yaml');
  });
});

describe('a belief made from a view', () => {
  it('follows a transient viewer whose record of tracks changes in place', () => {
    const scenario = loadMini();
    const faction = scenario.index.playable[0]!;
    const look = makeViewer(scenario, faction, { transient: true });
    const state = initialState(scenario, 3);
    const rng = generatorFrom(seedRng(3));
    let looks = 0;
    while (state.phase !== 'ended') {
      const acting = nextToAct(scenario, state)!;
      if (acting === faction) {
        const view = look(state);
        // the same record each time, its values moved by the months between
        const believed = believedFromView(scenario, view).tracks;
        for (const id in view.tracks) expect([id, believed[id]]).toEqual([id, view.tracks[id]]);
        looks++;
      }
      const view = viewFor(scenario, state, acting);
      expect(
        stepInPlace(
          scenario,
          state,
          randomPolicy.decide(scenario, view, legalActions(scenario, view), rng),
        ),
      ).toBeNull();
    }
    expect(looks).toBeGreaterThan(5);
  });
});
