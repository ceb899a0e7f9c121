import { describe, expect, it } from 'vitest';
import { readScenarioFiles, resolveScenarioDir } from '../../node/scenario-dir';
import { parseScenario, type Action, type Scenario } from '../../engine';
import {
  hotSeatReveal,
  newHotSeat,
  seatAct,
  seatModel,
  seatToPlay,
  type HotSeat,
} from './hot-seat';

function scenario(): Scenario {
  const r = parseScenario(readScenarioFiles(resolveScenarioDir('red-mexico-1945')));
  if (!r.ok) throw new Error('scenario does not load');
  return r.scenario;
}
const sc = scenario();

function start(): HotSeat {
  const r = newHotSeat(sc, { humans: ['mexico', 'usa'], seed: 4, policies: { ussr: 'random' } });
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** The seat to play's move: no orders, or the first option of its decision. */
function move(s: HotSeat): Action {
  const f = seatToPlay(s)!;
  const m = seatModel(s, f);
  if (!m.ok) throw new Error(m.error);
  const d = m.value.model.decision;
  const turn = s.game.state.turn;
  return d
    ? { type: 'choose', faction: f, turn, event: d.event, option: d.options[0]!.id }
    : { type: 'orders', faction: f, turn, orders: [] };
}

describe('hot-seat', () => {
  it('needs two people among the playable factions', () => {
    expect(newHotSeat(sc, { humans: ['mexico'], seed: 1, policies: {} }).ok).toBe(false);
    expect(newHotSeat(sc, { humans: ['mexico', 'atlantis'], seed: 1, policies: {} }).ok).toBe(
      false,
    );
  });

  it('gives a seat its model only on its turn, its own view, and nothing saved', () => {
    const s = start();
    const first = seatToPlay(s)!;
    const other = first === 'mexico' ? 'usa' : 'mexico';
    expect(seatModel(s, other).ok).toBe(false);
    const m = seatModel(s, first);
    if (!m.ok) throw new Error(m.error);
    expect(m.value.save).toBe('');
    const ids = m.value.model.tracks.map((t) => t.id);
    expect(ids).toContain(first === 'mexico' ? 'treasury' : 'cia_funds');
    expect(ids).not.toContain(first === 'mexico' ? 'cia_funds' : 'treasury');
    // another seat's action is refused and changes nothing
    const before = s.game.actions.length;
    expect(
      seatAct(s, { type: 'orders', faction: other, turn: s.game.state.turn, orders: [] }).ok,
    ).toBe(false);
    expect(s.game.actions.length).toBe(before);
  });

  it('plays to the end, both seats in turn and the bot between; then reveals every faction', () => {
    const s = start();
    const seen = new Set<string>();
    expect(hotSeatReveal(s)).toBeNull();
    for (let i = 0; i < 2000 && seatToPlay(s) !== null; i++) {
      seen.add(seatToPlay(s)!);
      const r = seatAct(s, move(s));
      if (!r.ok) throw new Error(r.error);
    }
    expect(s.game.state.phase).toBe('ended');
    expect([...seen].sort()).toEqual(['mexico', 'usa']);
    expect(s.game.actions.some((a) => a.faction === 'ussr')).toBe(true);
    const revealed = hotSeatReveal(s)!;
    expect(revealed.find((r) => r.faction === 'ussr')!.tracks.map((t) => t.id)).toContain(
      'nkvd_networks',
    );
    expect(seatModel(s, 'usa').ok).toBe(true);
  });
});
