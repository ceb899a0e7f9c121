// `npm run bench`: the engine's figures against the budgets in DESIGN.md, each measured side by
// side on the engine before the compiled core (bench/frozen/) and reported as a ratio to it.
// Reports, never asserts.
import { execFileSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { listBundledScenarios, resolveScenarioDir } from '../src/node/scenario-dir';
import type { GameState, Scenario } from '../src/engine';
import type { Policy } from '../src/ai';
import {
  contenders,
  frozenCli,
  scenarioDirFor,
  speedup,
  type Contender,
  type Engine,
} from './engines';
import { printWork, workPerCampaign } from './work-counts';

const BUDGET = {
  readyMs: 30,
  validateS: 0.5,
  stepP99Ms: 0.5,
  randomCampaignsPerSec: 10_000,
  priorityCampaignsPerSec: 2_500,
  normalDecisionMs: 50,
  hardDecisionMs: 300,
};
const FLAGSHIP = 'red-mexico-1945';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}
const median = (xs: number[]) =>
  percentile(
    xs.slice().sort((a, b) => a - b),
    0.5,
  );

/** Parse, check and compile from the files' text, as a first load does. */
function parseMs(e: Engine, dir: string): { scenario: Scenario; ms: number } {
  const files = e.readScenarioFiles(dir);
  let scenario: Scenario | null = null;
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    const r = e.parseScenario(files);
    times.push(performance.now() - t0);
    if (!r.ok) throw new Error(`${dir} does not load`);
    scenario = r.scenario;
  }
  return { scenario: scenario!, ms: median(times) };
}

/** From the folder to a scenario ready to play, as the command line loads it. */
function readyMs(e: Engine, dir: string): number {
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    if (!e.loadScenarioDir(dir).ok) throw new Error(`${dir} does not load`);
    times.push(performance.now() - t0);
  }
  return median(times);
}

function stepLatency(e: Engine, scenario: Scenario, games: number) {
  const samples: number[] = [];
  for (let g = 0; g < games; g++) {
    const state = e.initialState(scenario, g);
    const rng = e.generatorFrom(e.seedRng(g));
    while (state.phase !== 'ended') {
      const faction = e.waitingFor(scenario, state)[0]!;
      const view = e.viewFor(scenario, state, faction);
      const action = e.randomPolicy.decide(scenario, view, e.legalActions(scenario, view), rng);
      const t0 = performance.now();
      const err = e.stepInPlace(scenario, state, action);
      samples.push(performance.now() - t0);
      if (err) throw new Error(err);
    }
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 0.5), p99: percentile(samples, 0.99), steps: samples.length };
}

/** The CPU time this process has spent, in ms: unlike the wall clock, it leaves out the time
 *  other work on the machine's cores takes from it. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Campaigns a second of CPU time, the two engines taking turns of `slice` seconds, `rounds`
 *  each: short turns, so that a burst of other work on the machine falls on both. Besides each
 *  engine's rate over all its turns, the ratio of the two is the median of the ratios of the
 *  turns taken one after the other: a burst that falls on one turn moves it little. */
function campaignsPerSecond(
  sides: readonly { e: Engine; scenario: Scenario }[],
  policyOf: (e: Engine) => Policy,
  rounds = 24,
  slice = 0.1,
): { rates: number[]; ratio: number | null } {
  const runs = sides.map(() => 0);
  const ms = sides.map(() => 0);
  const policies = sides.map(({ e, scenario }) =>
    Object.fromEntries(scenario.index.playable.map((f) => [f, policyOf(e)])),
  );
  sides.forEach(({ e, scenario }, i) => {
    for (let s = 0; s < 40; s++) e.runCampaign(scenario, s, policies[i]!); // warm up
  });
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const rates = sides.map(({ e, scenario }, i) => {
      const t0 = performance.now();
      const c0 = cpuMs();
      let n = 0;
      while (performance.now() - t0 < slice * 1000) {
        e.runCampaign(scenario, 1000 + runs[i]!++, policies[i]!);
        n++;
      }
      const took = Math.max(cpuMs() - c0, 1e-3);
      ms[i]! += took;
      return n / took;
    });
    if (rates.length === 2) ratios.push(rates[0]! / rates[1]!);
  }
  return {
    rates: runs.map((n, i) => n / (ms[i]! / 1000)),
    ratio: ratios.length ? median(ratios) : null,
  };
}

/** How long a difficulty takes to decide, at the states of a game played by the priority bots,
 *  in CPU time. */
function decisionLatency(e: Engine, scenario: Scenario, policy: Policy, seed: number) {
  const faction = scenario.player;
  const state: GameState = e.initialState(scenario, seed);
  const rng = e.generatorFrom(e.seedRng(seed));
  const times: number[] = [];
  while (state.phase !== 'ended') {
    const f = e.waitingFor(scenario, state)[0]!;
    const view = e.viewFor(scenario, state, f);
    const legal = e.legalActions(scenario, view);
    if (f === faction) {
      // CPU time: on a busy machine the wall clock adds the time other work takes the core
      const c0 = cpuMs();
      policy.decide(scenario, view, legal, rng);
      times.push(cpuMs() - c0);
    }
    e.stepInPlace(scenario, state, e.priorityPolicy.decide(scenario, view, legal, rng));
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), worst: times[times.length - 1] ?? 0, n: times.length };
}

/** `uchronia validate` of the flagship, from start to end of the process, the best of a few. */
function validateSeconds(cli: readonly string[], scenario: string): number {
  let best = Infinity;
  for (let i = 0; i < 4; i++) {
    const t0 = performance.now();
    execFileSync(process.execPath, [...cli, 'validate', scenario], { stdio: 'ignore' });
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return best;
}

const fmt = (n: number, digits = 2) => n.toFixed(digits);
/** How a figure stands against its budget: the headroom when within it, the shortfall if not. */
const budget = (value: number, limit: number, higherIsBetter: boolean) => {
  const r = higherIsBetter ? value / limit : limit / value;
  return r >= 1 ? `within budget, ${fmt(r, 1)}× headroom` : `OVER BUDGET, ${fmt(1 / r, 1)}× short`;
};
/** One figure's line: now, its budget, then before and the speed-up (`ratio`, where it was
 *  measured otherwise than as the ratio of the two figures). */
function line(
  label: string,
  now: number,
  before: number | null,
  unit: string,
  limit: number | null,
  higherIsBetter: boolean,
  digits = 2,
  ratio: number | null = null,
): void {
  const parts = [`${label.padEnd(34)}${fmt(now, digits)} ${unit}`];
  if (limit !== null)
    parts.push(`(budget ${limit} ${unit}: ${budget(now, limit, higherIsBetter)})`);
  if (before !== null)
    parts.push(
      `| before ${fmt(before, digits)} ${unit}, ${fmt(ratio ?? speedup(now, before, higherIsBetter), 2)}× as fast`,
    );
  console.log(`  ${parts.join(' ')}`);
}

const { now, before } = await contenders();
const dirs = [
  ...listBundledScenarios().map(resolveScenarioDir),
  resolve('test/fixtures/mini'), // npm runs the bench from the package folder
];
console.log(
  `Uchronia benchmarks (node ${process.version}, one core; load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(
      ' ',
    )} on ${availableParallelism()} cores): now, and ${before.name} in the same run; campaigns a second and decisions are timed in CPU time\n`,
);
for (const dir of dirs) {
  const name = dir.split('/').pop()!;
  const a = parseMs(now.engine, dir);
  // the flagship as the engine before can read it (see scenarioDirFor), if it can
  const dirBefore = scenarioDirFor(before, dir);
  const b = dirBefore === null ? null : parseMs(before.engine, dirBefore);
  const sides: { c: Contender; e: Engine; scenario: Scenario; dir: string }[] = [
    { c: now, e: now.engine, scenario: a.scenario, dir },
    ...(b && dirBefore
      ? [{ c: before, e: before.engine, scenario: b.scenario, dir: dirBefore }]
      : []),
  ];
  const pair = <T>(f: (s: (typeof sides)[number]) => T): [T, T | null] => [
    f(sides[0]!),
    sides[1] ? f(sides[1]) : null,
  ];
  const told =
    dirBefore === null
      ? ' (the engine before cannot load it: figures of now only)'
      : dirBefore === dir
        ? ''
        : ' (the engine before plays a copy that scores its endings by numbers alone)';
  console.log(`${name}${told}`);
  line('parse + check + compile', a.ms, b?.ms ?? null, 'ms', null, false);
  const [ready, readyBefore] = pair((s) => readyMs(s.e, s.dir));
  line('ready (as the CLI loads it)', ready, readyBefore, 'ms', BUDGET.readyMs, false);
  const [lat, latBefore] = pair((s) => stepLatency(s.e, s.scenario, 100));
  line(
    'step p99',
    lat.p99 * 1000,
    latBefore && latBefore.p99 * 1000,
    'µs',
    BUDGET.stepP99Ms * 1000,
    false,
    1,
  );
  const random = campaignsPerSecond(sides, (e) => e.randomPolicy);
  line(
    'campaigns/s, random',
    random.rates[0]!,
    random.rates[1] ?? null,
    '/s',
    BUDGET.randomCampaignsPerSec,
    true,
    0,
    random.ratio,
  );
  const canon = campaignsPerSecond(sides, (e) => e.canonPolicy);
  line(
    'campaigns/s, canon',
    canon.rates[0]!,
    canon.rates[1] ?? null,
    '/s',
    null,
    true,
    0,
    canon.ratio,
  );
  if (a.scenario.ai.length) {
    const pri = campaignsPerSecond(sides, (e) => e.priorityPolicy);
    line(
      'campaigns/s, priority',
      pri.rates[0]!,
      pri.rates[1] ?? null,
      '/s',
      BUDGET.priorityCampaignsPerSec,
      true,
      0,
      pri.ratio,
    );
    for (const [level, policy] of Object.entries(now.engine.DIFFICULTIES)) {
      const limit = level === 'hard' ? BUDGET.hardDecisionMs : BUDGET.normalDecisionMs;
      const [d, dBefore] = pair((s) =>
        decisionLatency(s.e, s.scenario, s.e.policyByName(policy)!, 7),
      );
      line(
        `${level} (${policy}) worst decision`,
        d.worst,
        dBefore?.worst ?? null,
        'ms',
        limit,
        false,
      );
    }
  }
  if (name === FLAGSHIP) {
    // what the timings above are made of, counted: exact, whatever the machine's load
    for (const policy of ['random', 'priority']) {
      console.log(`  work per campaign, ${policy} play (seeds 0-99):`);
      printWork(
        workPerCampaign(now.engine, dir, now.engine.policyByName(policy)!, 100),
        dirBefore
          ? workPerCampaign(before.engine, dirBefore, before.engine.policyByName(policy)!, 100)
          : null,
        '    ',
      );
    }
    const v = validateSeconds(['bin/uchronia.js'], FLAGSHIP);
    const vBefore = dirBefore === null ? null : validateSeconds([frozenCli()], dirBefore);
    line('uchronia validate', v, vBefore, 's', BUDGET.validateS, false);
  }
  console.log('');
}
