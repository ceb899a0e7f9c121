// Prints the Monte Carlo tables of docs/red-mexico-balance.md:
//   node --import tsx scripts/balance.ts [scenario] [runs]
import { loadScenarioDir } from '../src/node/scenario-dir';
import { runCampaign } from '../src/analysis/campaign';
import { policyByName, type Policy } from '../src/ai';
import { endingScore, text } from '../src/engine';

const name = process.argv[2] ?? 'red-mexico-1945';
const runs = Number(process.argv[3] ?? 2000);
const loaded = loadScenarioDir(name);
if (!loaded.ok) throw new Error(`${name} does not load`);
const scenario = loaded.scenario;
const tracks = scenario.tracks.map((t) => t.id);
const policy = (n: string): Policy =>
  policyByName(n, tracks) ??
  (() => {
    throw new Error(`unknown policy ${n}`);
  })();

const LINEUPS: [string, Record<string, string>][] = [
  ['everyone random', { mexico: 'random', usa: 'random', ussr: 'random' }],
  ['everyone canon', { mexico: 'canon', usa: 'canon', ussr: 'canon' }],
  ['everyone priority', { mexico: 'priority', usa: 'priority', ussr: 'priority' }],
  ['Mexico random, others canon', { mexico: 'random', usa: 'canon', ussr: 'canon' }],
  ['USA random, others canon', { mexico: 'canon', usa: 'random', ussr: 'canon' }],
  ['USSR random, others canon', { mexico: 'canon', usa: 'canon', ussr: 'random' }],
  ['Mexico canon, others random', { mexico: 'canon', usa: 'random', ussr: 'random' }],
  ['Mexico does nothing, others canon', { mexico: 'passive', usa: 'canon', ussr: 'canon' }],
  ['Mexico does nothing, others random', { mexico: 'passive', usa: 'random', ussr: 'random' }],
  [
    'Mexico always represses, others canon',
    { mexico: 'greedy:democracy-', usa: 'canon', ussr: 'canon' },
  ],
  [
    'Mexico always represses, others random',
    { mexico: 'greedy:democracy-', usa: 'random', ussr: 'random' },
  ],
];

const endings = scenario.endings.map((e) => e.id);
const fired = new Map<string, number>();
console.log(
  `Scenario ${scenario.id} (content ${scenario.contentHash}), ${runs} campaigns per line-up, seeds 1..${runs}.\n`,
);
const header = `| line-up | ${endings.map((e) => text(scenario, `ending.${e}.title`)).join(' | ')} | Mexico's mean score |`;
console.log(header);
console.log(`| --- | ${endings.map(() => '---:').join(' | ')} | ---: |`);
for (const [label, lineup] of LINEUPS) {
  const policies = Object.fromEntries(Object.entries(lineup).map(([f, p]) => [f, policy(p)]));
  const counts = new Map<string, number>();
  let score = 0;
  for (let seed = 1; seed <= runs; seed++) {
    const { state } = runCampaign(scenario, seed, policies);
    counts.set(state.ending!, (counts.get(state.ending!) ?? 0) + 1);
    score += endingScore(scenario, state, 'mexico')!;
    for (const id in state.fired) fired.set(id, (fired.get(id) ?? 0) + 1);
  }
  const cells = endings.map((e) => {
    const n = counts.get(e) ?? 0;
    return n === 0 ? '·' : `${((100 * n) / runs).toFixed(1)}%`;
  });
  console.log(`| ${label} | ${cells.join(' | ')} | ${(score / runs).toFixed(1)} |`);
}
const never = scenario.events.filter((e) => !fired.has(e.id)).map((e) => e.id);
console.log(
  `\nEvents that never fired in ${runs * LINEUPS.length} campaigns: ${never.length ? never.join(', ') : 'none'}.`,
);
console.log(
  `Scores for Mexico by ending: ${scenario.endings.map((e) => `${text(scenario, `ending.${e.id}.title`)} ${e.score.mexico?.low === e.score.mexico?.high ? e.score.mexico?.low : `${e.score.mexico?.low}–${e.score.mexico?.high}`}`).join(', ')}.`,
);
