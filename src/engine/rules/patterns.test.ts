// The patterns scenario-format.md teaches, played on the mini fixture: a policy taken and undone,
// and a campaign over several months made of a staged track, events and counter-orders.
import { describe, expect, it } from 'vitest';
import {
  describeEffects,
  initialState,
  legalActions,
  parseScenario,
  step,
  viewFor,
  type GameState,
  type Scenario,
} from '../index';
import { miniFiles, replaceOnce } from '../../../test/helpers';

const ORDERS = `
  - id: lift_crisis
    faction: red
    cost: { gold: 6 }
    when: "crisis"
    effects:
      - set: { crisis: false }
  - id: hold_the_walls
    faction: red
    when: "siege_on and stage(siege) == 1"
    effects:
      - add: { siege: -15 }
`;
const EVENTS = `
  - id: walls_breached
    when: "siege_on and stage(siege) >= 1"
  - id: capital_falls
    when: "siege_on and siege >= 100"
    effects:
      - control: { capital: blue }
      - set: { siege_on: false }
`;

function patterned(): Scenario {
  const files = miniFiles().map((f) => {
    let text = f.text;
    if (f.path === 'orders.yaml') text += ORDERS;
    if (f.path === 'events/main.yaml') text += EVENTS;
    if (f.path === 'scenario.yaml')
      text = replaceOnce(
        replaceOnce(text, '  - { id: crisis }', '  - { id: crisis }\n  - { id: siege_on }'),
        'flags:',
        `  - id: siege
    initial: 0
    drift:
      - { id: advance, when: "siege_on", value: "clamp(30 - support / 5, 0, 40)" }
    stages:
      - { id: lines, at: 0 }
      - { id: breach, at: 40 }
flags:`,
      );
    if (f.path === 'texts/en.yaml')
      text = replaceOnce(
        replaceOnce(
          replaceOnce(
            text,
            'order:\n',
            'order:\n  lift_crisis: { name: Lift }\n  hold_the_walls: { name: Hold }\n',
          ),
          'event:\n',
          'event:\n  walls_breached: { title: Breach, body: The walls are breached. }\n  capital_falls: { title: Fall, body: The capital falls. }\n',
        ),
        'track:\n',
        'track:\n  siege: { name: Siege, drift: { advance: Advance }, stage: { lines: Lines, breach: Breach } }\n',
      );
    return { ...f, text };
  });
  const r = parseScenario(files);
  if (!r.ok) throw new Error(JSON.stringify(r.errors, null, 1));
  return r.scenario;
}

const orders = (s: Scenario, st: GameState, faction: string) =>
  legalActions(s, viewFor(s, st, faction)).orders?.options.map((o) => o.order) ?? [];

function month(s: Scenario, st: GameState, red: { order: string }[] = []): GameState {
  let next = st;
  for (const [faction, list] of [
    ['red', red],
    ['blue', []],
  ] as const) {
    const r = step(s, next, { type: 'orders', faction, turn: next.turn, orders: list });
    if (!r.ok) throw new Error(r.error);
    next = r.value.state;
  }
  // decisions of the month: the first option
  while (next.phase === 'choices') {
    const p = next.pending[0]!;
    const option = legalActions(s, viewFor(s, next, p.faction)).choices[0]!.options[0]!;
    const r = step(s, next, {
      type: 'choose',
      faction: p.faction,
      turn: next.turn,
      event: p.event,
      option,
    });
    if (!r.ok) throw new Error(r.error);
    next = r.value.state;
  }
  return next;
}

describe('a policy taken and undone', () => {
  it('is lifted at a price by an order open only while it holds, its preview saying so', () => {
    const s = patterned();
    const st = initialState(s, 1);
    expect(orders(s, st, 'red')).not.toContain('lift_crisis');
    st.flags.crisis = true;
    expect(orders(s, st, 'red')).toContain('lift_crisis');
    const lift = s.index.order.get('lift_crisis')!;
    expect(
      describeEffects(s, lift.effects, { view: viewFor(s, st, 'red'), target: null })[0],
    ).toMatch(/^crisis: no/);
    const after = month(s, st, [{ order: 'lift_crisis' }]);
    expect(after.flags.crisis).toBe(false);
    expect(after.tracks.gold).toBeLessThan(st.tracks.gold! + 10);
  });
});

describe('a campaign over several months', () => {
  it('advances each month, fires its stage, offers its counter, and ends in its outcome', () => {
    const s = patterned();
    let st = initialState(s, 1);
    st.flags.siege_on = true;
    st.tracks.support = 50; // advance: 30 - 10 = 20 a month
    st = month(s, st);
    // the advance is worked out against support, which drifts too: about 20 a month
    expect(st.tracks.siege).toBeGreaterThan(15);
    expect(st.tracks.siege).toBeLessThan(40);
    expect(orders(s, st, 'red')).not.toContain('hold_the_walls');
    while (st.tracks.siege! < 40) st = month(s, st);
    expect(st.fired.walls_breached).toEqual([st.turn - 1]);
    expect(orders(s, st, 'red')).toContain('hold_the_walls');
    // the counter holds it back for a month; without it the capital falls
    const held = month(s, st, [{ order: 'hold_the_walls' }]);
    expect(held.tracks.siege).toBeLessThan(st.tracks.siege! + 20);
    let open = st;
    while (!open.fired.capital_falls && open.phase !== 'ended' && open.turn < 10)
      open = month(s, open);
    expect(open.regions.capital!.control).toBe('blue');
    expect(open.flags.siege_on).toBe(false);
  });
});
