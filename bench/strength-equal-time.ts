// The hard AI's strength at equal time, on the engine before the compiled core (bench/frozen/)
// and now: the search policy plays the scenario's player against the priority bot, at its hard
// budget on the engine before, and now at the playouts that fit in the same time. Mean ending
// score for the player (0-100) with a 95% confidence interval, and time per decision.
//   node bench/bundled.mjs bench/strength-equal-time.ts [scenario] [games] [playouts before]
import { endingScore, type Scenario } from '../src/engine';
import { resolveScenarioDir } from '../src/node/scenario-dir';
import { contenders, scenarioDirFor, type Contender } from './engines';

const name = process.argv[2] ?? 'red-mexico-1945';
const games = Number(process.argv[3] ?? 20);
const playoutsBefore = Number(process.argv[4] ?? 60);
const { now, before } = await contenders();
// Both engines play the scenario as the engine before can read it (see scenarioDirFor: where
// the content scores an ending by an expression, a copy scoring it by the middle score), so
// that both searches aim at the same scores.
const dir = scenarioDirFor(before, resolveScenarioDir(name));
if (dir === null) throw new Error(`${name} does not load on the engine ${before.name}`);

function scenarioOf(c: Contender): Scenario {
  const r = c.engine.loadScenarioDir(dir!);
  if (!r.ok) throw new Error(`${name} does not load on the engine ${c.name}`);
  return r.scenario;
}

function measure(c: Contender, playouts: number, seeds: readonly number[]) {
  const scored = scenarioOf(now);
  const e = c.engine;
  const scenario = scenarioOf(c);
  const faction = scenario.player;
  const search = e.policyByName(`search:${playouts}`)!;
  const scores: number[] = [];
  let ms = 0;
  let decisions = 0;
  for (const seed of seeds) {
    // the searching faction's decisions are timed one by one
    const timed = {
      ...search,
      decide: (...args: Parameters<typeof search.decide>) => {
        const t0 = performance.now();
        const action = search.decide(...args);
        ms += performance.now() - t0;
        decisions++;
        return action;
      },
    };
    const policies = Object.fromEntries(
      scenario.index.playable.map((f) => [f, f === faction ? timed : e.priorityPolicy]),
    );
    const { state } = e.runCampaign(scenario, seed, policies);
    // scored on the scenario as this engine reads it: the copy's every score is a number
    scores.push(endingScore(scored, state, faction)!);
  }
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  const sd = Math.sqrt(
    scores.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, scores.length - 1),
  );
  return { mean, half: (1.96 * sd) / Math.sqrt(scores.length), msPerDecision: ms / decisions };
}

// How many playouts now take the time `playoutsBefore` took before: the ratio of the time per
// decision of both at the same playouts, on a few games played alternately.
const probe = [101, 102, 103];
let tBefore = 0;
let tNow = 0;
for (const seed of probe) {
  tBefore += measure(before, playoutsBefore, [seed]).msPerDecision;
  tNow += measure(now, playoutsBefore, [seed]).msPerDecision;
}
const playoutsNow = Math.max(playoutsBefore, Math.round((playoutsBefore * tBefore) / tNow));
console.log(
  `Search strength at equal time on ${name}, as ${scenarioOf(now).player} against the priority bot, ${games} games\n` +
    `  the same playouts take ${(tNow / tBefore).toFixed(2)}× the time now: search:${playoutsBefore} before ≈ search:${playoutsNow} now`,
);
const seeds = Array.from({ length: games }, (_, i) => i + 1);
for (const [c, playouts] of [
  [before, playoutsBefore],
  [now, playoutsBefore],
  [now, playoutsNow],
] as const) {
  const r = measure(c, playouts, seeds);
  console.log(
    `  ${c.name.padEnd(20)} search:${String(playouts).padEnd(5)} score ${r.mean.toFixed(1)} ± ${r.half.toFixed(1)}, ${r.msPerDecision.toFixed(1)} ms per decision`,
  );
}
