// `npm run bench` (analysis part): campaigns per second through the analysis pipeline, per
// policy, and 100,000 campaigns of the flagship on 2 workers against DESIGN.md's 15 s budget,
// each measured on the engine now and on the engine before the compiled core (bench/frozen/),
// in the same run, taking turns; with the analysis's own cost (what it adds to the campaigns it
// plays) and how well its work spreads over the 2 workers, both in CPU time.
//   BENCH_ANALYSIS_RUNS=20000 node bench/bundled.mjs bench/analysis.ts   (fewer campaigns)
import { loadavg } from 'node:os';
import { Piscina } from 'piscina';
import { prepare, runChunk, type AnalysisSpec } from '../src/analysis/chunk';
import type { Tally } from '../src/analysis/stats/tally';
import { analyzeOnPool } from '../src/cli/analyze/analyze-pool';
import { resolveScenarioDir } from '../src/node/scenario-dir';
import type { Scenario } from '../src/engine';
import { contenders, scenarioDirFor, speedup, type Contender } from './engines';

const BUDGET_S = 15;
const RUNS = Number(process.env.BENCH_ANALYSIS_RUNS ?? 100_000);
const NAME = 'red-mexico-1945';
const dir = resolveScenarioDir(NAME);

const { now, before } = await contenders();
// each engine's folder of the flagship: the engine before may need a copy it can read (see
// scenarioDirFor); the frozen workers load it themselves
const dirOf = (c: Contender): string => {
  const at = scenarioDirFor(c, dir);
  if (at === null) throw new Error(`${NAME} does not load on the engine ${c.name}`);
  return at;
};
const dirs = new Map([now, before].map((c) => [c, dirOf(c)]));
const scenarioOf = (c: Contender): Scenario => {
  const loaded = c.engine.loadScenarioDir(dirs.get(c)!);
  if (!loaded.ok) throw new Error(`${NAME} does not load on the engine ${c.name}`);
  return loaded.scenario;
};
const scenarios = new Map([now, before].map((c) => [c, scenarioOf(c)]));
const specFor = (scenario: Scenario, policy: string, runs: number, seed = 1): AnalysisSpec => ({
  seed,
  runs,
  policies: Object.fromEntries(scenario.index.playable.map((f) => [f, policy])),
  tracks: scenario.tracks.map((t) => t.id),
  from: null,
});

/** The analysis of `spec` on 2 worker threads of an engine: the command's own pool for the
 *  engine now, the same chunks and merge on the frozen worker for the engine before. */
async function onTwoWorkers(c: Contender, spec: AnalysisSpec, onProgress: (done: number) => void) {
  const scenario = scenarios.get(c)!;
  if (!c.worker) return analyzeOnPool(dir, scenario, spec, 2, onProgress);
  const e = c.engine;
  const pool = new Piscina<unknown, Tally>({
    filename: c.worker,
    minThreads: 2,
    maxThreads: 2,
    idleTimeout: 1000,
    execArgv: [],
  });
  const merge = new e.OrderedMerge(e.tallyLayout(scenario, spec.tracks));
  let done = 0;
  // the workers count the campaigns played in shared memory (workers of engines before that
  // leave it be)
  const played = new Int32Array(new SharedArrayBuffer(4));
  try {
    await Promise.all(
      e.chunksOf(spec.runs, e.chunkSize(spec.runs)).map(async (chunk, i) => {
        merge.add(i, await pool.run({ dir: dirs.get(c)!, spec, chunk, played }));
        onProgress((done += chunk.count));
      }),
    );
  } finally {
    await pool.destroy();
  }
  return merge.total;
}

console.log(
  `Analysis (${NAME}, node ${process.version}): now, and ${before.name} in the same run\n`,
);
const median = (xs: readonly number[]) => xs.slice().sort((a, b) => a - b)[xs.length >> 1]!;

/** This thread's CPU time in ms: unlike the wall clock, the other work on the machine leaves it be. */
const threadMs = () => {
  const u = process.threadCpuUsage();
  return (u.user + u.system) / 1000;
};
/** The process's CPU time in ms: its threads', and V8's own helpers' (its compilers and the
 *  collector's threads), which a thread's time leaves out; a worker's share counts them. */
const processMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

// One core's rate through the analysis (the campaigns played, sampled and tallied), per policy;
// for the engine now, the same seeds' campaigns played alone too, taking turns with it: what the
// analysis adds to them, in CPU time, is its own cost (the tallies), a chunk's as a worker plays
// it, the analysis made ready once.
const oneCore = new Map<Contender, number>();
for (const policy of ['random', 'canon', 'passive']) {
  const perSec = new Map<Contender, number>();
  for (const c of [now, before]) {
    const scenario = scenarios.get(c)!;
    c.engine.analyzeHere(scenario, specFor(scenario, policy, 200, 1_000_000)); // warm up
  }
  const runs = new Map([now, before].map((c) => [c, 0]));
  const ms = new Map([now, before].map((c) => [c, 0]));
  const cpuMs = new Map([now, before].map((c) => [c, 0]));
  const nowScenario = scenarios.get(now)!;
  const alone = Object.fromEntries(
    nowScenario.index.playable.map((f) => [f, now.engine.policyByName(policy)!]),
  );
  // the analysis's own share of each batch's CPU time, and its µs a campaign
  const prepared = prepare(nowScenario, specFor(nowScenario, policy, 1));
  const overheads: number[] = [];
  const perCampaign: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const c of [now, before]) {
      const scenario = scenarios.get(c)!;
      const t0 = performance.now();
      const c0 = processMs();
      while (performance.now() - t0 < 1000)
        runs.set(
          c,
          runs.get(c)! +
            c.engine.analyzeHere(scenario, specFor(scenario, policy, 250, 1 + runs.get(c)!)).runs,
        );
      ms.set(c, ms.get(c)! + performance.now() - t0);
      cpuMs.set(c, cpuMs.get(c)! + processMs() - c0);
    }
    // the campaigns of this round's last 250, in batches of 25: alone and through the analysis,
    // taking turns, the order turning with each batch
    const first = runs.get(now)! - 250;
    for (let batch = 0; batch < 10; batch++) {
      const from = 1 + first + 25 * batch;
      const sides = [
        () => {
          for (let i = 0; i < 25; i++) now.engine.runCampaign(nowScenario, from + i, alone);
        },
        () => runChunk(prepared, { first: from - 1, count: 25 }),
      ];
      const took = [0, 0];
      for (const k of batch % 2 ? [1, 0] : [0, 1]) {
        const t0 = threadMs();
        sides[k]!();
        took[k] = threadMs() - t0;
      }
      overheads.push((took[1]! - took[0]!) / took[1]!);
      perCampaign.push(((took[1]! - took[0]!) * 1000) / 25);
    }
  }
  for (const c of [now, before]) perSec.set(c, runs.get(c)! / (ms.get(c)! / 1000));
  // campaigns per CPU-second (this thread's and V8's helpers'), what the pool's workers are
  // measured against below
  if (policy === 'random')
    for (const c of [now, before]) oneCore.set(c, runs.get(c)! / (cpuMs.get(c)! / 1000));
  console.log(
    `  campaigns/s, ${policy.padEnd(8)} ${perSec.get(now)!.toFixed(0).padStart(6)} on one core, summaries and tallies included | before ${perSec.get(before)!.toFixed(0)}, ${speedup(perSec.get(now)!, perSec.get(before)!, true).toFixed(2)}× as fast` +
      ` | the analysis's own cost: ${(100 * median(overheads)).toFixed(1)}% of its CPU time, ${median(perCampaign).toFixed(0)} µs a campaign (medians of 30 batches)`,
  );
}

// A pool's start, in its workers' CPU time: each loads the scenario and plays one campaign, cold.
const startMs = new Map<Contender, number>();
for (const c of [now, before]) {
  const cpu0 = processMs();
  const main0 = threadMs();
  await onTwoWorkers(c, specFor(scenarios.get(c)!, 'random', 2), () => {});
  startMs.set(c, processMs() - cpu0 - (threadMs() - main0));
}

const wall = new Map<Contender, number>();
for (const c of [now, before]) {
  const cpu0 = process.cpuUsage();
  const main0 = process.threadCpuUsage();
  const t0 = performance.now();
  let last = 0;
  const tally = await onTwoWorkers(c, specFor(scenarios.get(c)!, 'random', RUNS), (done) => {
    const t = performance.now();
    if (process.stdout.isTTY && t - last > 1000) {
      process.stdout.write(
        `\r  ${c.name}: ${done.toLocaleString('en-US')} / ${RUNS.toLocaleString('en-US')} campaigns…`,
      );
      last = t;
    }
  });
  const seconds = (performance.now() - t0) / 1000;
  wall.set(c, seconds);
  const cpu = process.cpuUsage(cpu0);
  const main = process.threadCpuUsage(main0);
  if (process.stdout.isTTY) process.stdout.write('\r\x1b[K');
  const per100k = (seconds * 100_000) / RUNS;
  console.log(
    `  ${c.name.padEnd(6)} ${tally.runs.toLocaleString('en-US')} campaigns, random, 2 workers: ${seconds.toFixed(1)} s wall (${(tally.runs / seconds).toFixed(0)}/s), ${per100k.toFixed(1)} s per 100,000` +
      (c === now
        ? ` (budget ${BUDGET_S} s: ${per100k <= BUDGET_S ? 'within budget' : `OVER BUDGET, ${(per100k / BUDGET_S).toFixed(1)}× short`})`
        : `; now ${speedup(wall.get(now)!, seconds, false).toFixed(2)}× as fast`),
  );
  // Other work on the machine stretches wall time; CPU time says what two free cores would take.
  // The workers' CPU time a campaign against one core's says how well the work spreads over them
  // (starting them, messages, merging on this thread cost the difference).
  const cpuS = (cpu.user + cpu.system) / 1e6;
  const mainS = (main.user + main.system) / 1e6;
  const perWorkerCpu = tally.runs / (cpuS - mainS);
  const started = tally.runs / (cpuS - mainS - startMs.get(c)! / 1000);
  console.log(
    `         CPU time ${cpuS.toFixed(1)} s (this thread and its workers' share), ${((100 * mainS) / cpuS).toFixed(1)}% of it on this thread (merging, progress);` +
      ` the workers play ${perWorkerCpu.toFixed(0)} campaigns per CPU-second, ${((100 * perWorkerCpu) / oneCore.get(c)!).toFixed(0)}% of one thread's rate above;` +
      ` less their start (${(startMs.get(c)! / 1000).toFixed(1)} s of CPU: loading the scenario, a first campaign, cold), ${((100 * started) / oneCore.get(c)!).toFixed(0)}%; load average ${loadavg()[0]!.toFixed(1)}`,
  );
}
