// The mini fixture with a secret, for the tests of what each faction may know.
import {
  canSee,
  cloneState,
  generatorFrom,
  initialState,
  legalActions,
  nextFloat,
  parseScenario,
  seedRng,
  stepInPlace,
  viewFor,
  type Change,
  type GameState,
  type LogEntry,
  type Scenario,
} from '../src/engine';
import { randomPolicy } from '../src/ai';
import { miniFiles, replaceOnce } from './helpers';

/** The mini fixture with a plot only blue sees: a flag set by a hidden event of blue's, read by
 *  a drift of red's public support and by an option red chooses, which also sets in motion an
 *  event only blue sees. */
export function withPlot(): Scenario {
  const edits: Record<string, (text: string) => string> = {
    'scenario.yaml': (t) =>
      replaceOnce(
        replaceOnce(
          t,
          '  - { id: crisis }\n',
          '  - { id: crisis }\n  - { id: plot, visibleTo: [blue] }\n',
        ),
        '      - { id: weariness, value: -1 }\n',
        '      - { id: weariness, value: -1 }\n      - { id: plotters, when: "plot", value: -3 }\n',
      ),
    'events/main.yaml': (t) =>
      replaceOnce(
        replaceOnce(
          t,
          '      - id: refuse\n        effects:\n          - add: { support: -5 }\n',
          '      - id: refuse\n        effects:\n          - add: { support: -5 }\n' +
            '          - if: { when: "plot", then: [ { add: { support: -20 } } ], else: [ { add: { support: 4 } } ] }\n' +
            '          - trigger: { event: backlash_news, delay: 0 }\n',
        ),
        '  - id: backlash_news\n',
        '  - id: blue_plots\n    date: 1900-02\n    hidden: true\n    visibleTo: [blue]\n' +
          '    effects:\n      - set: { plot: true }\n  - id: backlash_news\n',
      ),
    'texts/en.yaml': (t) =>
      replaceOnce(
        replaceOnce(
          t,
          'weariness: War weariness,',
          'weariness: War weariness, plotters: Blue plotters in the army,',
        ),
        '  backlash_news:',
        '  blue_plots: { title: Blue plots, body: Blue recruits officers. }\n  backlash_news:',
      ),
  };
  const files = miniFiles().map((f) =>
    edits[f.path] ? { path: f.path, text: edits[f.path]!(f.text) } : f,
  );
  const r = parseScenario(files);
  if (!r.ok) throw new Error(`edited fixture does not load: ${JSON.stringify(r.errors)}`);
  return r.scenario;
}

/** A game played at random for `steps` actions from `seed`. */
export function playTo(scenario: Scenario, seed: number, steps: number): GameState {
  const state = initialState(scenario, seed);
  const rng = generatorFrom(seedRng(seed ^ 0x2545f491));
  for (let i = 0; i < steps && state.phase !== 'ended'; i++) {
    const f =
      state.phase === 'orders'
        ? scenario.index.playable.find((p) => state.orders[p] === null)
        : state.pending[0]?.faction;
    if (f === undefined) break;
    const view = viewFor(scenario, state, f);
    stepInPlace(
      scenario,
      state,
      randomPolicy.decide(scenario, view, legalActions(scenario, view), rng),
    );
  }
  return state;
}

/** Another state that `faction` cannot tell from `state`: everything it cannot see is redrawn
 *  (with `record: false`, all but the seed and the count of random numbers drawn, facts of the
 *  game's record that undo and the chronicle's label read). */
export function twin(
  scenario: Scenario,
  state: GameState,
  faction: string,
  seed: number,
  { record = true }: { readonly record?: boolean } = {},
): GameState {
  const rng = generatorFrom(seedRng(seed));
  const pick = (n: number) => Math.floor(nextFloat(rng) * n);
  const s = cloneState(state);
  s.rng = seedRng(seed + 1);
  if (record) {
    (s as { seed: number }).seed = seed + 2;
    s.draws += 1 + pick(50);
  }
  // what the faction may not see, from the scenario's own words (not from viewFor, under test)
  for (const t of scenario.tracks)
    if (t.private && t.owner !== faction) s.tracks[t.id] = t.min + pick(t.max - t.min + 1);
  for (const f of scenario.flags)
    if (f.visibleTo && !f.visibleTo.includes(faction)) s.flags[f.id] = pick(2) === 1;
  for (const f of scenario.index.playable) {
    const given = s.orders[f];
    if (f !== faction && given !== null && given !== undefined)
      s.orders[f] = given.length
        ? []
        : scenario.orders
            .filter((o) => o.faction === f && !o.targeted)
            .slice(0, 1)
            .map((o) => ({ order: o.id }));
  }
  const hidden = (e: LogEntry) => !canSee(e, faction);
  s.log = s.log.map((e) => (hidden(e) && e.kind === 'order' ? { ...e, success: !e.success } : e));
  const secretEvent = scenario.events.find(
    (e) => e.hidden && !e.visibleTo?.includes(faction) && e.decider !== faction,
  );
  const other = scenario.index.playable.find((f) => f !== faction)!;
  if (secretEvent) {
    const at = pick(s.log.length + 1);
    s.log.splice(at, 0, { kind: 'event', turn: s.turn, event: secretEvent.id, visibleTo: [other] });
    s.fired[secretEvent.id] = [s.turn];
  }
  // the month's changes it may not know the causes of: other causes, told in another order,
  // with one more that moved nothing; those of figures it cannot see, by other amounts
  const blindTo = (c: Change) => c.visibleTo !== undefined && !c.visibleTo.includes(faction);
  const unseenTrack = (c: Change) =>
    c.figure.startsWith('track:') &&
    scenario.index.track.get(c.figure.slice(6))!.private &&
    scenario.index.track.get(c.figure.slice(6))!.owner !== faction;
  const another = (): Change['cause'] =>
    secretEvent && pick(2)
      ? { kind: 'event', event: secretEvent.id }
      : { kind: 'cost', faction: other, order: 'x' };
  const told: Change[] = [];
  const untold: Change[] = [];
  for (const c of s.changes) {
    if (unseenTrack(c)) told.push({ ...c, delta: c.delta + 1 + pick(5), cause: another() });
    else if (blindTo(c)) {
      untold.push({ ...c, cause: another(), visibleTo: [other] });
      untold.push({ ...c, delta: 0, cause: another(), visibleTo: [other] });
    } else told.push(c);
  }
  s.changes = [...told, ...untold];
  const later = scenario.events[pick(scenario.events.length)]!;
  s.scheduled.push({ event: later.id, turn: s.turn + 1 + pick(3) });
  return s;
}
