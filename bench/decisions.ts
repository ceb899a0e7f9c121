// The priority bots' decisions by themselves, in CPU time: every decision of the flagship's
// priority campaigns (seeds 0 to N-1) is kept as its view, legal actions and generator, then
// decided again and again, taking turns between the engine now and the one before
// (bench/frozen/, or BENCH_BEFORE). Each side's decisions are digested: the digests must agree
// (the same games, decision for decision), or the bots no longer play as they did.
//   node bench/bundled.mjs bench/decisions.ts [campaigns]
import { createHash } from 'node:crypto';
import { resolveScenarioDir } from '../src/node/scenario-dir';
import type { GameView, Generator, Legal, Scenario } from '../src/engine';
import { contenders, scenarioDirFor, type Contender } from './engines';

const N = Number(process.argv[2] ?? 40);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const dir = resolveScenarioDir('red-mexico-1945');

interface Kept {
  readonly view: GameView;
  readonly legal: Legal;
  readonly rng: Generator;
}

/** Every decision of `N` priority campaigns on one engine, and the scenario they were played on. */
function keep(c: Contender): { scenario: Scenario; kept: Kept[] } {
  const at = scenarioDirFor(c, dir);
  const loaded = at === null ? null : c.engine.loadScenarioDir(at);
  if (!loaded?.ok) throw new Error(`the flagship does not load on the engine ${c.name}`);
  const { scenario } = loaded;
  const priority = c.engine.priorityPolicy;
  const kept: Kept[] = [];
  const keeping = {
    ...priority,
    decide(s: Scenario, view: GameView, legal: Legal, rng: Generator) {
      // a campaign's views and legal actions are transient: the engine fills them in again at
      // the next look
      kept.push({ view: structuredClone(view), legal: structuredClone(legal), rng: rng.clone() });
      return priority.decide(s, view, legal, rng);
    },
  };
  const policies = Object.fromEntries(scenario.index.playable.map((f) => [f, keeping]));
  for (let seed = 0; seed < N; seed++) c.engine.runCampaign(scenario, seed, policies);
  return { scenario, kept };
}

const threadMs = () => {
  const u = process.threadCpuUsage();
  return (u.user + u.system) / 1000;
};

/** Decides every kept decision once; the CPU time it took, and a digest of the actions. */
function decideAll(c: Contender, scenario: Scenario, kept: readonly Kept[]) {
  const priority = c.engine.priorityPolicy;
  const rngs = kept.map((k) => k.rng.clone());
  const actions = new Array<unknown>(kept.length);
  const t0 = threadMs();
  for (let i = 0; i < kept.length; i++)
    actions[i] = priority.decide(scenario, kept[i]!.view, kept[i]!.legal, rngs[i]!);
  const ms = threadMs() - t0;
  return { ms, digest: createHash('sha256').update(JSON.stringify(actions)).digest('hex') };
}

const { now, before } = await contenders();
const sides = [now, before].map((c) => ({ c, ...keep(c), ms: [] as number[], digest: '' }));
console.log(
  `priority decisions of ${N} campaigns: now ${sides[0]!.kept.length}, ${before.name} ${sides[1]!.kept.length}`,
);
for (let round = 0; round < ROUNDS; round++)
  for (const s of round % 2 ? [...sides].reverse() : sides) {
    const r = decideAll(s.c, s.scenario, s.kept);
    if (round > 0) s.ms.push(r.ms); // the first round warms up
    s.digest = r.digest;
  }
const median = (xs: readonly number[]) => xs.slice().sort((a, b) => a - b)[xs.length >> 1]!;
for (const s of sides) {
  const ms = median(s.ms);
  console.log(
    `  ${s.c.name.padEnd(18)} ${ms.toFixed(1)} ms CPU for all, ${((1000 * ms) / s.kept.length).toFixed(2)} µs a decision, ${(ms / N).toFixed(3)} ms a campaign; digest ${s.digest.slice(0, 16)}`,
  );
}
const [a, b] = sides;
console.log(
  `  now takes ${(median(a!.ms) / median(b!.ms)).toFixed(2)}× the time of before; decisions ${a!.digest === b!.digest ? 'the same' : 'DIFFERENT'}`,
);
