// The cost of weighing lines of orders (SearchBudget.lines): one faction plays the search with
// lines against the search, and each of its searched months and decisions is timed in CPU time
// (the machine's other work takes nothing from it).
//   node bench/bundled.mjs bench/lines-time.ts <games> <faction> <months a month> [plan's season]
// With a season, the lines are kept as plans (SearchBudget.plan) and weighed at its turns only.
import { loadScenarioDir } from '../src/node/scenario-dir';
import { runCampaign } from '../src/analysis/campaign';
import { SEARCH_BUDGET, searchPolicy, type Policy } from '../src/ai';

const games = Number(process.argv[2] ?? 2);
const faction = process.argv[3] ?? 'usa';
const lines = Number(process.argv[4] ?? 600);
const plan = process.argv[5] ? Number(process.argv[5]) : undefined;
const loaded = loadScenarioDir('red-mexico-1945');
if (!loaded.ok) throw new Error('red-mexico-1945 does not load');
const scenario = loaded.scenario;
const inner = searchPolicy('lines', { ...SEARCH_BUDGET, lines, ...(plan ? { plan } : {}) });
const months: number[] = [];
const decisions: number[] = [];
const timed: Policy = {
  name: inner.name,
  decide(sc, view, legal, rng) {
    const t0 = process.cpuUsage();
    const action = inner.decide(sc, view, legal, rng);
    const t = process.cpuUsage(t0);
    (legal.choices.length ? decisions : months).push((t.user + t.system) / 1000);
    return action;
  },
};
const hard = searchPolicy('search', SEARCH_BUDGET);
for (let seed = 1; seed <= games; seed++)
  runCampaign(
    scenario,
    seed,
    Object.fromEntries(scenario.index.playable.map((f) => [f, f === faction ? timed : hard])),
  );
const say = (label: string, xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / Math.max(1, s.length);
  console.log(
    `${label}: ${s.length}, ${mean.toFixed(0)} ms mean, ${s[Math.floor(0.95 * s.length)]?.toFixed(0)} p95, ${s.at(-1)?.toFixed(0)} worst (CPU time)`,
  );
};
console.log(
  `${faction} on the search with lines of ${lines} months a month${plan ? `, kept as plans for ${plan} months` : ''}, ${games} games`,
);
say('months of orders', months);
say('decisions', decisions);
