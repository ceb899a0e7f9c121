import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  gameFromReplay,
  loadSave,
  makeSave,
  parseSave,
  saveGame,
  stateHash,
  type Scenario,
} from '../index';
import { runCampaign } from '../../analysis/campaign';
import { randomPolicy } from '../../ai';
import { loadMini, replaceOnce, withEdit } from '../../../test/helpers';
import { parseScenario } from '../format/load';

const scenario: Scenario = loadMini();
const all = Object.fromEntries(scenario.index.playable.map((f) => [f, randomPolicy]));

function savedGame(seed: number, cut?: number): string {
  const { actions } = runCampaign(scenario, seed, all);
  const r = gameFromReplay(scenario, seed, actions.slice(0, cut ?? actions.length));
  if (!r.ok) throw new Error('replay failed');
  return saveGame(r.value, { red: 'human', blue: 'random' });
}

describe('saves', () => {
  it('round-trip byte for byte, and load back to the same state (property)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.nat(60), (seed, cut) => {
        const text = savedGame(seed, cut);
        const parsed = parseSave(text);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(makeSave(parsed.value)).toBe(text);
        const loaded = loadSave(scenario, parsed.value);
        expect(loaded.ok && stateHash(loaded.value)).toBe(parsed.value.stateHash);
      }),
      { numRuns: 40 },
    );
  });

  it('stay small', () => {
    expect(savedGame(1).length).toBeLessThan(50 * 1024);
  });

  it('explain what is wrong with a corrupt, truncated or foreign file', () => {
    const text = savedGame(5);
    expect(parseSave(text.slice(0, text.length / 2))).toMatchObject({
      ok: false,
      error: { code: 'save/corrupt' },
    });
    expect(parseSave('{"hello": 1}')).toMatchObject({ ok: false, error: { code: 'save/foreign' } });
    expect(parseSave('\u0000\u0001garbage')).toMatchObject({
      ok: false,
      error: { code: 'save/corrupt' },
    });
    expect(parseSave(text.replace('"minReaderVersion":1', '"minReaderVersion":7'))).toMatchObject({
      ok: false,
      error: {
        code: 'save/version',
        message: expect.stringContaining('needs a reader of version 7'),
      },
    });
    expect(parseSave(text.replace(/"faction":"red"/, '"faction":5'))).toMatchObject({
      ok: false,
      error: { code: 'save/corrupt', message: expect.stringContaining('actions/') },
    });
  });

  it('detect tampering with a replayed action or the recorded hash', () => {
    const parsed = parseSave(savedGame(9));
    if (!parsed.ok) throw new Error('save did not parse');
    const forged = {
      ...parsed.value,
      actions: parsed.value.actions.map((a, i) => (i === 3 ? { ...a, faction: 'rebels' } : a)),
    };
    expect(loadSave(scenario, forged)).toMatchObject({
      ok: false,
      error: { code: 'save/replay', message: expect.stringContaining('action 4 of') },
    });
    expect(loadSave(scenario, { ...parsed.value, stateHash: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'save/mismatch' },
    });
    expect(
      loadSave(scenario, { ...parsed.value, scenario: { id: 'other', contentHash: '' } }),
    ).toMatchObject({ ok: false, error: { code: 'save/wrong-scenario' } });
  });

  it('outlive a content patch that keeps the actions valid', () => {
    const patched = parseScenario(
      withEdit('texts/en.yaml', (t) => replaceOnce(t, 'title: Mini', 'title: Mini, revised')),
    );
    if (!patched.ok) throw new Error('patched scenario invalid');
    const parsed = parseSave(savedGame(11));
    if (!parsed.ok) throw new Error('save did not parse');
    expect(patched.scenario.contentHash).not.toBe(scenario.contentHash);
    expect(loadSave(patched.scenario, parsed.value).ok).toBe(true);
  });
});

describe('a save’s summary and a changed scenario', () => {
  const patch = (from: string, to: string, file = 'texts/en.yaml') => {
    const r = parseScenario(withEdit(file, (t) => replaceOnce(t, from, to)));
    if (!r.ok) throw new Error('patched scenario invalid');
    return r.scenario;
  };
  const saved = () => {
    const parsed = parseSave(savedGame(9, 30));
    if (!parsed.ok) throw new Error('save did not parse');
    return parsed.value;
  };

  it('refuses a `turn` that the replay does not reach, naming both', () => {
    const save = saved();
    const r = loadSave(scenario, { ...save, turn: save.turn + 3 });
    expect(r).toMatchObject({ ok: false, error: { code: 'save/mismatch' } });
    expect(!r.ok && r.error.message).toContain(`turn ${save.turn + 3}`);
    expect(!r.ok && r.error.message).toContain(`turn ${save.turn}`);
    // The text of a save with another turn is refused the same way.
    const text = makeSave({ ...save, turn: save.turn + 1 });
    const again = parseSave(text);
    expect(again.ok && loadSave(scenario, again.value)).toMatchObject({
      ok: false,
      error: { code: 'save/mismatch' },
    });
  });

  it('loads an intact save with no notice', () => {
    expect(loadSave(scenario, saved())).toMatchObject({ ok: true, notices: [] });
  });

  it('says so when a changed scenario means the saved state could not be checked', () => {
    const patched = patch('title: Mini', 'title: Mini, revised');
    const save = saved();
    const r = loadSave(patched, { ...save, stateHash: 'anything' });
    expect(r.ok).toBe(true);
    expect(r.ok && r.notices).toEqual([
      {
        code: 'save/content-changed',
        message: expect.stringMatching(/scenario has changed.*not be checked/),
      },
    ]);
  });

  it('reports a turn that differs on a changed scenario as a discrepancy', () => {
    const patched = patch('title: Mini', 'title: Mini, revised');
    const save = saved();
    const r = loadSave(patched, { ...save, turn: save.turn + 2 });
    expect(r.ok && r.notices.map((n) => n.code)).toEqual([
      'save/content-changed',
      'save/turn-differs',
    ]);
    expect(r.ok && r.notices[1]!.message).toContain(`turn ${save.turn + 2}`);
  });
});
