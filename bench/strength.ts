// How strong each policy plays each faction of a scenario: mean ending score for that faction
// against opponents played by the priority bot (or random ones), with a 95% confidence
// interval, over fixed seeds.
//   node --import tsx bench/strength.ts [scenario] [games for search] [games for the others] [opponents]
import { loadScenarioDir } from '../src/node/scenario-dir';
import { runCampaign } from '../src/analysis/campaign';
import { policyByName } from '../src/ai';
import { endingScore } from '../src/engine';

const name = process.argv[2] ?? 'red-mexico-1945';
const searchGames = Number(process.argv[3] ?? 30);
const otherGames = Number(process.argv[4] ?? 300);
const opponents = process.argv[5] ?? 'priority';
const loaded = loadScenarioDir(name);
if (!loaded.ok) throw new Error(`${name} does not load`);
const scenario = loaded.scenario;

function measure(faction: string, policyName: string, games: number) {
  const policy = policyByName(policyName)!;
  const opponent = policyByName(opponents)!;
  const scores: number[] = [];
  const t0 = performance.now();
  let decisions = 0;
  for (let seed = 1; seed <= games; seed++) {
    const policies = Object.fromEntries(
      scenario.index.playable.map((f) => [f, f === faction ? policy : opponent]),
    );
    const { state, actions } = runCampaign(scenario, seed, policies);
    decisions += actions.filter((a) => a.faction === faction).length;
    scores.push(endingScore(scenario, state, faction)!);
  }
  const ms = performance.now() - t0;
  const mean = scores.reduce((a, b) => a + b, 0) / games;
  const sd = Math.sqrt(scores.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, games - 1));
  return {
    mean,
    half: (1.96 * sd) / Math.sqrt(games),
    msPerDecision: ms / Math.max(1, decisions),
    games,
  };
}

console.log(
  `Policy strength on ${name}: mean ending score for the faction (0-100) against ${opponents} opponents, 95% CI\n`,
);
console.log('faction   policy      games   score          ms per decision (mean)');
for (const faction of scenario.index.playable)
  for (const [policy, games] of [
    ['random', otherGames],
    ['priority', otherGames],
    ['search', searchGames],
  ] as const) {
    const r = measure(faction, policy, games);
    console.log(
      `${faction.padEnd(9)} ${policy.padEnd(11)} ${String(r.games).padStart(5)}   ${r.mean.toFixed(1).padStart(5)} ± ${r.half.toFixed(1).padEnd(5)}   ${r.msPerDecision.toFixed(2)}`,
    );
  }
