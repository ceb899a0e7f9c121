// Moscow's second road in the flagship: the party that rules from within. The general strike and
// the succession are contests, each of which either side can win.
import { describe, expect, it } from 'vitest';
import { loadBundled } from './helpers';
import { runCampaign } from '../src/analysis/campaign';
import { priorityPolicy } from '../src/ai';
import { fixedPolicy } from '../src/ai/scripted';
import {
  endingWarnings,
  initialState,
  viewFor,
  type GameState,
  type Scenario,
} from '../src/engine';

const scenario: Scenario = loadBundled('red-mexico-1945');
const normal = { mexico: priorityPolicy, usa: priorityPolicy, ussr: priorityPolicy };
// the party's line: unions and barracks every month, and the strike whenever it can be called
const partyLine = fixedPolicy('party', -1, [
  'recruit_in_the_unions',
  'infiltrate_the_army',
  'call_out_the_workers',
]);

function games(policies: typeof normal | Record<string, unknown>, seeds: number): GameState[] {
  const out: GameState[] = [];
  for (let seed = 1; seed <= seeds; seed++)
    out.push(runCampaign(scenario, seed, policies as typeof normal).state);
  return out;
}

describe("red-mexico-1945: Moscow's party", () => {
  it('wins the republic by a general strike with the Old Man alive, and loses strikes Mexico breaks', () => {
    const played = games({ ...normal, ussr: partyLine }, 60);
    const struck = played.filter((s) => s.fired.general_strike);
    const won = struck.filter((s) => s.ending === 'kremlin_shadow' && s.characters.trotsky!.alive);
    const broken = struck.filter((s) => !s.flags.shadow_government);
    expect(won.length).toBeGreaterThanOrEqual(10);
    expect(broken.length).toBeGreaterThanOrEqual(3);
    // a strike that is broken bans the party
    for (const s of broken.filter((g) => g.chosen.general_strike === 'break_the_strike'))
      expect(s.flags.pcm_outlawed).toBe(true);
    // 60 campaigns: a few seconds
  }, 120_000);

  it('contests the succession: his lieutenants hold it, or the party takes it', () => {
    const played = games(normal, 150).filter((s) => s.fired.the_succession);
    const heirs = played.filter((s) => s.ending === 'the_heirs');
    const party = played.filter((s) => s.ending === 'kremlin_shadow');
    expect(heirs.length).toBeGreaterThanOrEqual(10);
    expect(party.length).toBeGreaterThanOrEqual(2);
    for (const s of [...heirs, ...party]) expect(s.characters.trotsky!.alive).toBe(false);
  }, 120_000);
});

describe("red-mexico-1945: the succession's warnings", () => {
  const failing = (health: number, unions: number): GameState => {
    const s = initialState(scenario, 1);
    s.characters.trotsky!.health = health;
    s.tracks.red_unions = unions;
    return s;
  };
  const near = (s: GameState, faction: string) =>
    endingWarnings(scenario, viewFor(scenario, s, faction)).map((w) => w.ending);

  it('warns every faction when a stroke could end the game in a succession', () => {
    for (const faction of ['mexico', 'usa', 'ussr']) {
      expect(near(failing(60, 20), faction)).toEqual([]);
      // a failing Old Man: his lieutenants may inherit, and with strong unions the party may
      expect(near(failing(15, 20), faction)).toEqual(['the_heirs']);
      expect(near(failing(15, 32), faction)).toEqual(['the_heirs', 'kremlin_shadow']);
    }
    // in the mountains he is beyond the stroke's reach: no succession is near
    const hiding = failing(15, 20);
    hiding.flags.trotsky_in_hiding = true;
    expect(near(hiding, 'mexico')).not.toContain('the_heirs');
  });
});
