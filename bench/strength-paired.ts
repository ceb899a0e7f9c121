// Two or more versions of a policy, paired by seed: each plays the scenario's player against the
// priority bot on the same seeds, taking turns game by game so that the machine's noise falls on
// all alike. For each: the mean ending score (0-100) with a 95% confidence interval, the time of
// its searched decisions (the story's choices; monthly orders are the priority bot's), mean and
// worst; and its difference from the first, seed by seed, with a 95% confidence interval.
//   node bench/bundled.mjs bench/strength-paired.ts <games> <engine>=<policy> <engine>=<policy>…
// <engine> is `now` (the working tree), `before` (bench/frozen/) or the folder of another bundle
// made by bench/freeze.mjs (its bench/frozen/ of another commit, moved elsewhere); e.g.
// `now=search before=search:60`. STRENGTH_FIRST_SEED moves the seeds (default 1),
// STRENGTH_SCENARIO the scenario (default red-mexico-1945), STRENGTH_REPORT_EVERY=n prints the
// figures so far every n games, STRENGTH_SCORES=1 every game's score.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { endingScore, type Scenario } from '../src/engine';
import { contenders, type Engine } from './engines';

const games = Number(process.argv[2] ?? 40);
const specs = process.argv.slice(3);
if (specs.length < 2) throw new Error('usage: strength-paired.ts <games> <engine>=<policy> …');
const name = process.env.STRENGTH_SCENARIO ?? 'red-mexico-1945';
const firstSeed = Number(process.env.STRENGTH_FIRST_SEED ?? 1);
const { now, before } = await contenders();

async function engineOf(label: string): Promise<Engine> {
  if (label === 'now') return now.engine;
  if (label === 'before') return before.engine;
  return (await import(pathToFileURL(join(process.cwd(), label, 'engine.mjs')).href)) as Engine;
}

interface Side {
  readonly label: string;
  readonly e: Engine;
  readonly scenario: Scenario;
  readonly policy: string;
  readonly scores: number[];
  readonly times: number[];
}

const sides: Side[] = [];
for (const spec of specs) {
  const at = spec.indexOf('=');
  const e = await engineOf(spec.slice(0, at));
  const loaded = e.loadScenarioDir(name);
  if (!loaded.ok) throw new Error(`${name} does not load on ${spec}`);
  sides.push({
    label: spec,
    e,
    scenario: loaded.scenario,
    policy: spec.slice(at + 1),
    scores: [],
    times: [],
  });
}

function play(s: Side, seed: number): void {
  const faction = s.scenario.player;
  const policy = s.e.policyByName(s.policy);
  if (!policy) throw new Error(`no policy ${s.policy}`);
  const timed = {
    ...policy,
    decide: (...args: Parameters<typeof policy.decide>) => {
      const t0 = performance.now();
      const action = policy.decide(...args);
      if (args[2].choices.length) s.times.push(performance.now() - t0);
      return action;
    },
  };
  const policies = Object.fromEntries(
    s.scenario.index.playable.map((f) => [f, f === faction ? timed : s.e.priorityPolicy]),
  );
  const { state } = s.e.runCampaign(s.scenario, seed, policies);
  s.scores.push(endingScore(s.scenario, state, faction)!);
}

const meanOf = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const halfWidth = (xs: readonly number[]) => {
  const m = meanOf(xs);
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / Math.max(1, xs.length - 1));
  return (1.96 * sd) / Math.sqrt(Math.max(1, xs.length));
};

/** The figures so far, after `played` games. */
function report(played: number): void {
  console.log(
    `${name}, as ${sides[0]!.scenario.player} against the priority bot, seeds ${firstSeed}..${firstSeed + played - 1}`,
  );
  const first = sides[0]!;
  for (const s of sides) {
    const sorted = s.times.slice().sort((a, b) => a - b);
    const diff = s.scores.map((x, i) => x - first.scores[i]!);
    const changed = diff.filter((d) => d !== 0).length;
    console.log(
      `  ${s.label.padEnd(24)} score ${meanOf(s.scores).toFixed(1)} ± ${halfWidth(s.scores).toFixed(1)}` +
        `, searched decision ${meanOf(s.times).toFixed(0)} ms mean, ${sorted[Math.floor(0.95 * sorted.length)]?.toFixed(0)} p95, ${sorted[sorted.length - 1]?.toFixed(0)} worst (${s.times.length})` +
        (s === first
          ? ''
          : `; − first: ${meanOf(diff) >= 0 ? '+' : ''}${meanOf(diff).toFixed(2)} ± ${halfWidth(diff).toFixed(2)} (${changed} games differ)`),
    );
  }
}

// every REPORT_EVERY games the figures so far, for a long run
const REPORT_EVERY = Number(process.env.STRENGTH_REPORT_EVERY ?? 0);
for (let g = 0; g < games; g++) {
  // the order of the sides turns with each seed, so none always plays after a warm-up
  for (let k = 0; k < sides.length; k++) play(sides[(g + k) % sides.length]!, firstSeed + g);
  if (REPORT_EVERY && (g + 1) % REPORT_EVERY === 0 && g + 1 < games) report(g + 1);
}
report(games);
if (process.env.STRENGTH_SCORES)
  for (const s of sides) console.log(`  scores ${s.label}: ${s.scores.join(' ')}`);
