// The flagship scenario: valid with no warning, faithful to the seed on the canon line, open
// everywhere else.
import { describe, expect, it } from 'vitest';
import { loadScenarioDir } from '../src/node/scenario-dir';
import { hasText, monthName, parseDate, replay, type Scenario } from '../src/engine';
import { runCampaign } from '../src/analysis/campaign';
import { searchReach } from '../src/analysis/reach';
import { canonPolicy, passivePolicy, greedyPolicy, randomPolicy, type Policy } from '../src/ai';

const loaded = loadScenarioDir('red-mexico-1945');
if (!loaded.ok)
  throw new Error(`red-mexico-1945 does not load: ${JSON.stringify(loaded.errors.slice(0, 5))}`);
const scenario: Scenario = loaded.scenario;
const lineup = (p: Policy) => Object.fromEntries(scenario.index.playable.map((f) => [f, p]));
const month = (d: string) => parseDate(d)!.month;

/** The seed's timeline, in order: event id and the date the seed gives it. */
const SEED_TIMELINE: readonly [string, string][] = scenario.events
  .filter((e) => e.canon)
  .sort((a, b) => a.date! - b.date! || (a.day ?? 0) - (b.day ?? 0))
  .map((e) => [e.id, `${monthName(e.date!, e.day)}`] as [string, string]);

describe('red-mexico-1945', () => {
  it('loads with no error and no warning', () => {
    const warnings = loaded.ok ? loaded.warnings : [];
    expect(loaded.ok && warnings).toEqual([]);
  });

  it('names every flag a preview or a locked order may show, never its id', () => {
    const unnamed = scenario.flags
      .map((f) => f.id)
      .filter((id) => !hasText(scenario, `flag.${id}.name`));
    expect(unnamed).toEqual([]);
  });

  it('has what the seed names: factions, people, places, tracks, a threat clock', () => {
    expect(scenario.index.playable).toEqual(expect.arrayContaining(['mexico', 'usa', 'ussr']));
    expect(scenario.player).toBe('mexico');
    for (const c of ['trotsky', 'stalin', 'truman', 'castro'])
      expect(scenario.index.character.has(c), c).toBe(true);
    const trotsky = scenario.index.character.get('trotsky')!;
    expect(Math.floor((month('1946-12') - trotsky.born) / 12)).toBe(67);
    expect(Math.floor((month('1950-03') - trotsky.born) / 12)).toBe(70);
    for (const r of [
      'mexico_city',
      'veracruz',
      'monterrey',
      'guadalajara',
      'merida',
      'chihuahua',
      'sonora',
      'chiapas',
      'northern_towns',
      'oil_fields',
      'minatitlan',
      'el_paso',
      'havana',
      'guatemala_city',
      'bogota',
      'buenos_aires',
      'rio_de_janeiro',
    ])
      expect(scenario.index.region.has(r), r).toBe(true);
    const clock = scenario.index.track.get('us_hostility')!;
    expect(clock.stages.map((s) => s.id)).toEqual([
      'covert_war',
      'brink_of_war',
      'blockade',
      'bombing',
      'invasion',
    ]);
  });

  it('marks the source timeline on the seed’s dates, in the seed’s order', () => {
    const canon = scenario.events.filter((e) => e.canon);
    const on = (id: string) => {
      const e = scenario.index.event.get(id);
      return e && e.date !== null ? `${monthName(e.date, e.day)}` : null;
    };
    expect(canon.length).toBeGreaterThanOrEqual(20);
    expect(SEED_TIMELINE.map(([, d]) => d)).toContain('9 November 1945');
    expect(SEED_TIMELINE.map(([, d]) => d)).toContain('12 June 1948');
    expect(SEED_TIMELINE.map(([, d]) => d)).toContain('7 March 1950');
    expect(on('texas_incident')).toBe('12 June 1948');
    expect(SEED_TIMELINE[0]![1]).toMatch(/1945$/);
    expect(SEED_TIMELINE[SEED_TIMELINE.length - 1]![1]).toMatch(/1950$/);
  });

  it('retells the seed’s timeline when every faction plays canon, whatever the dice', () => {
    for (const seed of [1, 2, 3, 17, 99, 123456]) {
      const { state } = runCampaign(scenario, seed, lineup(canonPolicy));
      const fired = state.log.filter(
        (e) => e.kind === 'event' && scenario.index.event.get(e.event)?.canon,
      );
      const ids = fired.map((e) => (e as { event: string }).event);
      expect(ids, `seed ${seed}`).toEqual(SEED_TIMELINE.map(([id]) => id));
      for (const e of fired)
        expect(scenario.start + e.turn, `${(e as { event: string }).event} on its date`).toBe(
          scenario.index.event.get((e as { event: string }).event)!.date,
        );
      expect(state.ending, `seed ${seed}`).toBe(scenario.endings.find((e) => e.canon)!.id);
      expect(state.characters.trotsky!.alive).toBe(false);
      expect(scenario.start + state.turn).toBeLessThanOrEqual(month('1950-06'));
    }
  });

  it('offers at least 8 real decisions and 6 endings', () => {
    const decisions = scenario.events.filter((e) => e.choices.length >= 2);
    expect(decisions.filter((e) => e.decider === 'mexico').length).toBeGreaterThanOrEqual(8);
    expect(scenario.endings.length).toBeGreaterThanOrEqual(6);
  });

  it('reaches every ending and every event by ordinary play', () => {
    const reach = searchReach(
      scenario,
      [
        lineup(randomPolicy),
        { ...lineup(randomPolicy), usa: canonPolicy },
        { ...lineup(canonPolicy), mexico: randomPolicy },
      ],
      4000,
    );
    expect(reach.unreachedEndings).toEqual([]);
    expect(reach.unreachedEvents).toEqual([]);
    // each playthrough is a real game: its actions replay, through the reducer, to that ending
    for (const [ending, p] of reach.endings) {
      const r = replay(scenario, p.seed, p.actions);
      expect(r.ok && r.value.ending, ending).toBe(ending);
    }
    // up to 12,000 campaigns: about 30 seconds alone, several times that on a busy machine
  }, 240_000);

  it('does not let a Mexico that does nothing, or only represses, win the best endings', () => {
    const best = new Set(
      // the free road's two wins: the Accords (68) and the hemisphere ablaze (90)
      scenario.endings.filter((e) => (e.score.mexico?.low ?? 0) >= 65).map((e) => e.id),
    );
    expect(best.size).toBeGreaterThanOrEqual(2);
    for (const mexico of [passivePolicy, greedyPolicy('democracy', -1)])
      for (const others of [canonPolicy, randomPolicy])
        for (let seed = 1; seed <= 400; seed++) {
          const { state } = runCampaign(scenario, seed, { ...lineup(others), mexico });
          expect(
            best.has(state.ending!),
            `${mexico.name} vs ${others.name}, seed ${seed}: ${state.ending}`,
          ).toBe(false);
        }
    // 1,600 whole campaigns: about 40 seconds alone, twice that on a busy machine
  }, 240_000);
});
