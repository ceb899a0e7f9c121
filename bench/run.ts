// `npm run bench`: the engine's figures against the budgets in DESIGN.md. Reports, never asserts.
import { resolve } from 'node:path';
import {
  readScenarioFiles,
  listBundledScenarios,
  resolveScenarioDir,
} from '../src/node/scenario-dir';
import {
  initialState,
  legalActions,
  parseScenario,
  stepInPlace,
  viewFor,
  waitingFor,
  type Scenario,
} from '../src/engine';
import { runCampaign } from '../src/analysis/campaign';
import {
  canonPolicy,
  DIFFICULTIES,
  policyByName,
  priorityPolicy,
  randomPolicy,
  type Policy,
} from '../src/ai';
import { generatorFrom, seedRng } from '../src/engine';

const BUDGET = {
  parseMs: 50,
  stepP99Ms: 0.5,
  randomCampaignsPerSec: 10_000,
  priorityCampaignsPerSec: 2_000,
  normalDecisionMs: 50,
  hardDecisionMs: 1_000,
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function timeParse(dir: string): { scenario: Scenario; ms: number } {
  const files = readScenarioFiles(dir);
  let scenario: Scenario | null = null;
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    const r = parseScenario(files);
    times.push(performance.now() - t0);
    if (!r.ok) throw new Error(`${dir} does not load`);
    scenario = r.scenario;
  }
  times.sort((a, b) => a - b);
  return { scenario: scenario!, ms: percentile(times, 0.5) };
}

function stepLatency(
  scenario: Scenario,
  games: number,
): { p50: number; p99: number; steps: number } {
  const samples: number[] = [];
  for (let g = 0; g < games; g++) {
    const state = initialState(scenario, g);
    const rng = generatorFrom(seedRng(g));
    while (state.phase !== 'ended') {
      const faction = waitingFor(scenario, state)[0]!;
      const view = viewFor(scenario, state, faction);
      const action = randomPolicy.decide(scenario, view, legalActions(scenario, view), rng);
      const t0 = performance.now();
      const err = stepInPlace(scenario, state, action);
      samples.push(performance.now() - t0);
      if (err) throw new Error(err);
    }
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 0.5), p99: percentile(samples, 0.99), steps: samples.length };
}

function campaignsPerSecond(scenario: Scenario, policy: Policy, seconds = 2): number {
  const policies = Object.fromEntries(scenario.index.playable.map((f) => [f, policy]));
  for (let i = 0; i < 50; i++) runCampaign(scenario, i, policies); // warm up
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < seconds * 1000) runCampaign(scenario, 1000 + n++, policies);
  return n / ((performance.now() - t0) / 1000);
}

/** How long each difficulty takes to decide, at the states of a game played by the priority bots. */
function decisionLatency(
  scenario: Scenario,
  policy: Policy,
  faction: string,
  seed: number,
): { p50: number; p99: number; worst: number; n: number } {
  const state = initialState(scenario, seed);
  const rng = generatorFrom(seedRng(seed));
  const times: number[] = [];
  while (state.phase !== 'ended') {
    const f = waitingFor(scenario, state)[0]!;
    const view = viewFor(scenario, state, f);
    const legal = legalActions(scenario, view);
    if (f === faction) {
      const t0 = performance.now();
      policy.decide(scenario, view, legal, rng);
      times.push(performance.now() - t0);
    }
    stepInPlace(scenario, state, priorityPolicy.decide(scenario, view, legal, rng));
  }
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 0.5),
    p99: percentile(times, 0.99),
    worst: times[times.length - 1] ?? 0,
    n: times.length,
  };
}

const fmt = (n: number, digits = 2) => n.toFixed(digits);
/** How a figure stands against its budget: the headroom when within it, the shortfall if not. */
const ratio = (value: number, budget: number, higherIsBetter: boolean) => {
  const r = higherIsBetter ? value / budget : budget / value;
  return r >= 1
    ? `within budget, ${fmt(r, 1)}× headroom`
    : `OVER BUDGET, ${fmt(1 / r, 1)}× short of it`;
};

const dirs = [
  ...listBundledScenarios().map(resolveScenarioDir),
  resolve('test/fixtures/mini'), // npm runs the bench from the package folder
];
console.log(`Uchronia benchmarks (node ${process.version}, one core)\n`);
for (const dir of dirs) {
  const name = dir.split('/').pop();
  const { scenario, ms } = timeParse(dir);
  console.log(`${name}`);
  console.log(
    `  parse + check + compile   ${fmt(ms)} ms (budget ${BUDGET.parseMs} ms: ${ratio(ms, BUDGET.parseMs, false)})`,
  );
  const lat = stepLatency(scenario, 200);
  console.log(
    `  step latency              p50 ${fmt(lat.p50 * 1000, 1)} µs, p99 ${fmt(lat.p99 * 1000, 1)} µs over ${lat.steps} steps (budget p99 ${BUDGET.stepP99Ms * 1000} µs: ${ratio(lat.p99, BUDGET.stepP99Ms, false)})`,
  );
  const random = campaignsPerSecond(scenario, randomPolicy);
  console.log(
    `  campaigns/s, random       ${fmt(random, 0)} (budget ${BUDGET.randomCampaignsPerSec}: ${ratio(random, BUDGET.randomCampaignsPerSec, true)})`,
  );
  const canon = campaignsPerSecond(scenario, canonPolicy);
  console.log(`  campaigns/s, canon        ${fmt(canon, 0)}`);
  if (scenario.ai.length) {
    const priority = campaignsPerSecond(scenario, priorityPolicy);
    console.log(
      `  campaigns/s, priority     ${fmt(priority, 0)} (budget ${BUDGET.priorityCampaignsPerSec}: ${ratio(priority, BUDGET.priorityCampaignsPerSec, true)})`,
    );
    for (const [level, name] of Object.entries(DIFFICULTIES)) {
      const lat = decisionLatency(scenario, policyByName(name)!, scenario.player, 7);
      const budget = level === 'hard' ? BUDGET.hardDecisionMs : BUDGET.normalDecisionMs;
      console.log(
        `  decision, ${level.padEnd(6)} (${name})`.padEnd(35) +
          `p50 ${fmt(lat.p50)} ms, p99 ${fmt(lat.p99)} ms, worst ${fmt(lat.worst)} ms over ${lat.n} decisions as ${scenario.player} (budget ${budget} ms: ${ratio(lat.worst, budget, false)})`,
      );
    }
  }
  console.log('');
}
