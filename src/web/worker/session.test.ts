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
import { endingsNear } from '../../engine';

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

  it('refuses a save whose players ask for an AI past the bounds, saying which', () => {
    const r = newSession(sc, { faction: 'usa', seed: 3, policies: { mexico: 'passive' } });
    if (!r.ok) throw new Error(r.error);
    playOut(r.value);
    const save = update(r.value).save.replace('"mexico":"passive"', '"mexico":"search-all:99999"');
    expect(save).toContain('search-all:99999');
    const loaded = sessionFromSave(sc, save);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error).toMatch(/^mexico: the policy "search-all:99999" asks for/);
  });

  it("counts changes over the report's month, and reports it after the month ends", () => {
    const r = newSession(sc, { faction: 'mexico', seed: 11, policies: {} });
    if (!r.ok) throw new Error(r.error);
    const s = r.value;
    let sawDecision = false;
    let months = 0;
    let reported = 0;
    for (let i = 0; i < 200 && s.game.state.phase !== 'ended'; i++) {
      const m = turnModel(s);
      if (m.turn > 0 && m.phase === 'orders') {
        months++;
        if (m.news.length > 0) reported++;
      }
      const base =
        m.phase === 'choices' ? s.history.at(-1)!.tracks : (s.history.at(-2)?.tracks ?? null);
      for (const t of m.tracks)
        if (!t.derived && base && t.id in base)
          expect(t.change).toBeCloseTo(t.value - base[t.id]!, 1);
      sawDecision ||= m.phase === 'choices' && m.turn > 0;
      const turn = s.game.state.turn;
      playerAction(
        s,
        m.decision
          ? {
              type: 'choose',
              faction: s.human,
              turn,
              event: m.decision.event,
              option: m.decision.options[0]!.id,
            }
          : { type: 'orders', faction: s.human, turn, orders: [] },
      );
    }
    expect(sawDecision).toBe(true);
    expect(reported).toBeGreaterThan(months / 2);
  });

  it('says which options may end the game, and not those that only read a flag under `not`', () => {
    const choices = sc.index.event.get('washington_reassesses')!.choices;
    const talks = choices.find((c) => c.id === 'open_talks')!;
    expect(endingsNear(sc, talks.effects)).toEqual([
      expect.stringMatching(/^May lead to an ending: /),
    ]);
    const others = choices.filter((c) => c.id !== 'open_talks');
    for (const c of others)
      expect(endingsNear(sc, c.effects).every((l) => !/Accords/i.test(l))).toBe(true);
  });

  it('lists the orders locked this month with what they need', () => {
    const r = newSession(sc, { faction: 'mexico', seed: 1, policies: {} });
    if (!r.ok) throw new Error(r.error);
    const m = turnModel(r.value);
    const open = new Set(m.orders!.options.map((o) => o.order));
    const mine = sc.orders.filter((o) => o.faction === 'mexico').map((o) => o.id);
    expect(m.orders!.locked!.map((l) => l.order).sort()).toEqual(
      mine.filter((id) => !open.has(id)).sort(),
    );
    expect(m.orders!.locked!.length).toBeGreaterThan(0);
    for (const l of m.orders!.locked!) expect(l.needs).toMatch(/^(needs |costs |no region fits: )/);
    // in the player's words: the figures by their names, never their ids
    const ids = sc.tracks.map((t) => t.id).filter((id) => id.includes('_'));
    const said = m.orders!.locked!.map((l) => l.needs).join(' ');
    expect(said).toMatch(/Soviet Subversion|American Hostility|Red Unions/);
    for (const id of ids) expect(said).not.toMatch(new RegExp(`\\b${id}\\b`));
  });
});
