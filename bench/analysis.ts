// `npm run bench` (analysis part): campaigns per second through the analysis pipeline, per
// policy, and 100,000 campaigns of the flagship on 2 workers against DESIGN.md's 30 s budget.
import { loadavg } from 'node:os';
import { analyzeHere } from '../src/analysis/run';
import type { AnalysisSpec } from '../src/analysis/chunk';
import { analyzeOnPool } from '../src/cli/analyze/analyze-pool';
import { loadScenarioDir, resolveScenarioDir } from '../src/node/scenario-dir';

const BUDGET_S = 30;
const RUNS = Number(process.env.BENCH_ANALYSIS_RUNS ?? 100_000);
const NAME = 'red-mexico-1945';

const loaded = loadScenarioDir(NAME);
if (!loaded.ok) throw new Error(`${NAME} does not load`);
const scenario = loaded.scenario;
const tracks = scenario.tracks.map((t) => t.id);
const specFor = (policy: string, runs: number, seed = 1): AnalysisSpec => ({
  seed,
  runs,
  policies: Object.fromEntries(scenario.index.playable.map((f) => [f, policy])),
  tracks,
  from: null,
});

console.log(`Analysis (${NAME}, node ${process.version})\n`);
for (const policy of ['random', 'canon', 'passive']) {
  analyzeHere(scenario, specFor(policy, 200, 1_000_000)); // warm up
  const t0 = performance.now();
  let runs = 0;
  while (performance.now() - t0 < 3000)
    runs += analyzeHere(scenario, specFor(policy, 250, 1 + runs)).runs;
  const perSec = runs / ((performance.now() - t0) / 1000);
  console.log(
    `  campaigns/s, ${policy.padEnd(8)} ${perSec.toFixed(0).padStart(6)} on one core, summaries and tallies included`,
  );
}

const cpu0 = process.cpuUsage();
const t0 = performance.now();
let last = 0;
const tally = await analyzeOnPool(
  resolveScenarioDir(NAME),
  scenario,
  specFor('random', RUNS),
  2,
  (done) => {
    const now = performance.now();
    if (process.stdout.isTTY && now - last > 1000) {
      process.stdout.write(
        `\r  ${done.toLocaleString('en-US')} / ${RUNS.toLocaleString('en-US')} campaigns…`,
      );
      last = now;
    }
  },
);
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
if (process.stdout.isTTY) process.stdout.write('\r\x1b[K');
console.log(
  `  ${tally.runs.toLocaleString('en-US')} campaigns, random, 2 workers: ${seconds.toFixed(1)} s wall (${(tally.runs / seconds).toFixed(0)}/s); budget ${BUDGET_S} s for 100,000: ${((BUDGET_S * (RUNS / 100_000)) / seconds).toFixed(2)}× budget`,
);
// Other work on the machine stretches wall time; CPU time says what two free cores would take.
console.log(
  `  CPU time ${cpuSeconds.toFixed(1)} s (all threads): on two otherwise idle cores about ${(cpuSeconds / 2).toFixed(1)} s; load average during the run ${loadavg()[0]!.toFixed(1)}`,
);
