import { describe, expect, it } from 'vitest';
import { readScenarioFiles, resolveScenarioDir } from '../../node/scenario-dir';
import { parseScenario, type Scenario } from '../../engine';
import {
  advance,
  forkAt,
  newSession,
  playerAction,
  sessionFromSave,
  turnModel,
  undoLast,
  update,
  type WebSession,
} from './session';

function scenario(): Scenario {
  const r = parseScenario(readScenarioFiles(resolveScenarioDir('red-mexico-1945')));
  if (!r.ok) throw new Error('scenario does not load');
  return r.scenario;
}
const sc = scenario();

/** Plays as the player: no orders, the first option of every decision. */
function playOut(s: WebSession, maxMoves = 1000): void {
  for (let i = 0; i < maxMoves && s.game.state.phase !== 'ended'; i++) {
    const m = turnModel(s);
    const turn = s.game.state.turn;
    const r = m.decision
      ? playerAction(s, {
          type: 'choose',
          faction: s.human,
          turn,
          event: m.decision.event,
          option: m.decision.options[0]!.id,
        })
      : playerAction(s, { type: 'orders', faction: s.human, turn, orders: [] });
    expect(r.ok).toBe(true);
  }
}

describe('web session', () => {
  it('starts a game waiting for the player, with orders and tracks', () => {
    const r = newSession(sc, {
      faction: 'mexico',
      seed: 1,
      policies: { usa: 'random', ussr: 'canon' },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const m = turnModel(r.value);
    expect(m.human).toBe('mexico');
    expect(m.orders?.options.length).toBeGreaterThan(0);
    expect(m.tracks.some((t) => t.clock)).toBe(true);
    expect(m.tracks.some((t) => t.id === 'cia_funds')).toBe(false);
    expect(m.players).toEqual({ mexico: 'human', usa: 'random', ussr: 'canon' });
  });

  it('plays to an ending, and a save of it loads to the same place', () => {
    const r = newSession(sc, { faction: 'usa', seed: 3, policies: {} });
    if (!r.ok) throw new Error(r.error);
    playOut(r.value);
    const m = turnModel(r.value);
    expect(m.ending).not.toBeNull();
    expect(m.history.length).toBeGreaterThan(2);
    const loaded = sessionFromSave(sc, update(r.value).save);
    expect(loaded.ok && loaded.value.game.state.ending).toBe(m.ending!.id);
  });

  it('tells the player when a changed scenario left the saved state unchecked', () => {
    const r = newSession(sc, { faction: 'usa', seed: 3, policies: {} });
    if (!r.ok) throw new Error(r.error);
    playOut(r.value, 10);
    const text = update(r.value).save;
    const intact = sessionFromSave(sc, text);
    expect(intact.ok && intact.notices).toEqual([]);
    const changed = sessionFromSave(
      sc,
      text.replace(/"contentHash":"[0-9a-f]+"/, '"contentHash":"0123456789abcdef"'),
    );
    expect(changed.ok && changed.notices).toEqual([
      expect.stringMatching(/^The scenario has changed since this game was saved: .*checked\.$/),
    ]);
  });

  it('refuses a corrupt save with a message', () => {
    const r = sessionFromSave(sc, '{"format":"uchronia-save", nope');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/damaged|cut short/);
  });

  it('forks at an earlier decision and can undo what revealed no randomness', () => {
    const r = newSession(sc, { faction: 'mexico', seed: 2, policies: {} });
    if (!r.ok) throw new Error(r.error);
    const s = r.value;
    playOut(s, 40);
    const d = turnModel(s).decisions[0];
    expect(d).toBeDefined();
    const f = forkAt(s, d!.index);
    expect(f.ok).toBe(true);
    if (f.ok) {
      advance(f.value);
      expect(turnModel(f.value).decision).not.toBeNull();
    }
    const u = undoLast(s);
    if (turnModel(s).undoable) expect(u.ok).toBe(true);
    else expect(u.ok).toBe(false);
  });
});
