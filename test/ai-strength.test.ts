// The priority bot plays Red Mexico better than chance, as every faction, against random
// opponents and against its own kind, over fixed seeds.
import { describe, expect, it } from 'vitest';
import { loadScenarioDir } from '../src/node/scenario-dir';
import { runCampaign } from '../src/analysis/campaign';
import { priorityPolicy, randomPolicy, type Policy } from '../src/ai';
import {
  endingScore,
  generatorFrom,
  initialState,
  legalActions,
  seedRng,
  viewFor,
  type Scenario,
} from '../src/engine';

const loaded = loadScenarioDir('red-mexico-1945');
if (!loaded.ok) throw new Error('red-mexico-1945 does not load');
const scenario: Scenario = loaded.scenario;

/** Mean score of `faction`'s endings, and the half-width of its 95% confidence interval. */
function meanScore(
  faction: string,
  policy: Policy,
  opponents: Policy,
  runs: number,
): { mean: number; half: number } {
  const policies = Object.fromEntries(
    scenario.index.playable.map((f) => [f, f === faction ? policy : opponents]),
  );
  const scores: number[] = [];
  for (let seed = 1; seed <= runs; seed++) {
    const { state } = runCampaign(scenario, seed, policies);
    scores.push(endingScore(scenario, state, faction)!);
  }
  const mean = scores.reduce((a, b) => a + b, 0) / runs;
  const sd = Math.sqrt(scores.reduce((a, b) => a + (b - mean) ** 2, 0) / (runs - 1));
  return { mean, half: (1.96 * sd) / Math.sqrt(runs) };
}

/** Line-ups where the scenario leaves the bot no better than chance, to be won back
 *  (docs/red-mexico-balance.md, "Current figures"). None at present: Moscow's bot, which keeps
 *  money back for its assassins, now beats random play against its own kind. */
const KNOWN_GAPS = new Set<string>([]);

describe('the priority bot', () => {
  for (const opponents of [randomPolicy, priorityPolicy])
    for (const faction of ['mexico', 'usa', 'ussr'])
      if (!KNOWN_GAPS.has(`${faction} against ${opponents.name}`))
        it(`beats random play as ${faction} against ${opponents.name} opponents, beyond the 95% intervals`, () => {
          const bot = meanScore(faction, priorityPolicy, opponents, 300);
          const random = meanScore(faction, randomPolicy, opponents, 300);
          expect(
            bot.mean - bot.half,
            `priority ${bot.mean.toFixed(1)}±${bot.half.toFixed(1)} vs random ${random.mean.toFixed(1)}±${random.half.toFixed(1)}`,
          ).toBeGreaterThan(random.mean + random.half);
        });

  it('says why it gives its orders', () => {
    const state = initialState(scenario, 1);
    const legal = legalActions(scenario, viewFor(scenario, state, 'mexico'));
    const decision = priorityPolicy.explain!(
      scenario,
      viewFor(scenario, state, 'mexico'),
      legal,
      generatorFrom(seedRng(1)),
    );
    expect(decision.action.type).toBe('orders');
    const orders = decision.action.type === 'orders' ? decision.action.orders : [];
    expect(orders.length).toBeGreaterThan(0);
    expect(decision.reasons).toHaveLength(orders.length);
    for (const reason of decision.reasons) expect(reason).toMatch(/^[^:]+: .*\([+-]\d/);
  });

  it('follows the standing preferences its scenario gives it', () => {
    // ai.yaml makes the bot's Trotsky leave the capital before the raid, or meet it with the
    // militia, where history has him stay and die
    const games = Array.from(
      { length: 60 },
      (_, i) =>
        runCampaign(scenario, i + 1, {
          mexico: priorityPolicy,
          usa: randomPolicy,
          ussr: randomPolicy,
        }).state,
    );
    const speeches = games.filter((s) => s.fired.last_speech);
    expect(speeches.length).toBeGreaterThan(0);
    for (const s of speeches) expect(s.chosen.last_speech).not.toBe('stay_in_the_palace');
  });
});
