// Balance probes for a scenario: one line-up of policies over fixed seeds, with what each faction
// scored, how often it had an order worth giving, and which orders it leaned on.
//   node --import tsx scripts/probe.ts [scenario] [runs] [faction=policy ...] [--progress] [--from N]
// `--from N` plays seeds N..N+runs-1 (default 1), so a slow line-up can be measured in parts.
// Policies: any the command knows (random, priority, search, search:N, canon, passive,
// greedy:<track>±), plus the scripted lines `free` and `iron` (Mexico's two temperaments) and
// `fixed:<pick>:<order>,<order>…` (the pick-th option at every decision, the same orders), and
// `timed:<guard>:<pick>:<orders>` (the same, holding the assassin back while the guard is high),
// `split:<policy>/<policy>` (one policy's choices at the decisions, another's orders), and
// `search-lines:<months>` (the hard search that also weighs lines of orders each month, in that
// many months of playouts a month: src/ai/lines.ts), and `search-plan:<every>:<months>` (the
// same, keeping the line chosen as a plan for seasons of `every` months: src/ai/plans.ts).
import { loadScenarioDir } from '../src/node/scenario-dir';
import { runCampaign } from '../src/analysis/campaign';
import { policyByName, searchPolicy, SEARCH_BUDGET, type Policy } from '../src/ai';
import { fixedPolicy, freeMexico, ironMexico } from '../src/ai/scripted';
import { endingScore, text, type GameState } from '../src/engine';
import { orderMonth } from './useful';

const [name = 'red-mexico-1945', runsArg = '500', ...rest] = process.argv.slice(2);
const progress = rest.includes('--progress');
const fromAt = rest.indexOf('--from');
const first = fromAt >= 0 ? Number(rest[fromAt + 1]) : 1;
if (!Number.isInteger(first) || first < 1) throw new Error('--from wants a seed, 1 or more');
const assignments = rest.filter(
  (a, i) => a !== '--progress' && (fromAt < 0 || (i !== fromAt && i !== fromAt + 1)),
);
const runs = Number(runsArg);
const last = first + runs - 1;
const loaded = loadScenarioDir(name);
if (!loaded.ok) throw new Error(`${name} does not load`);
const scenario = loaded.scenario;
const tracks = scenario.tracks.map((t) => t.id);

function policy(n: string): Policy {
  if (n === 'free') return freeMexico;
  // `split:<policy>/<policy>`: the first policy's choices at the decisions, the second's monthly
  // orders (to tell whether a line's edge lies in its choices or in its orders)
  const split = /^split:([^/]+)\/(.+)$/.exec(n);
  if (split) {
    const choices = policy(split[1]!);
    const orders = policy(split[2]!);
    return {
      name: n,
      decide: (sc, view, legal, rng) =>
        (legal.choices.length ? choices : orders).decide(sc, view, legal, rng),
    };
  }
  if (n === 'iron') return ironMexico;
  // `timed:<guard>:<pick>:<orders>`: a fixed line that holds its assassins back while the Old
  // Man's guard is above `guard` (the simplest line that times them; it reads the state)
  const timed = /^timed:(\d+):(-?\d+):(.*)$/.exec(n);
  if (timed) {
    const orders = timed[3] ? timed[3].split(',') : [];
    const all = fixedPolicy(n, Number(timed[2]), orders);
    const held = fixedPolicy(
      n,
      Number(timed[2]),
      orders.filter((o) => o !== 'send_an_assassin'),
    );
    return {
      name: n,
      readsHistory: false,
      decide: (sc, view, legal, rng) =>
        ((view.tracks.old_man_guard ?? 0) > Number(timed[1]) ? held : all).decide(
          sc,
          view,
          legal,
          rng,
        ),
    };
  }
  const lines = /^search-lines:(\d+)$/.exec(n);
  if (lines) return searchPolicy(n, { ...SEARCH_BUDGET, lines: Number(lines[1]) });
  const plan = /^search-plan:(\d+):(\d+)$/.exec(n);
  if (plan)
    return searchPolicy(n, { ...SEARCH_BUDGET, plan: Number(plan[1]), lines: Number(plan[2]) });
  const fixed = /^fixed:(-?\d+):(.*)$/.exec(n);
  if (fixed) return fixedPolicy(n, Number(fixed[1]), fixed[2] ? fixed[2].split(',') : []);
  const p = policyByName(n, tracks);
  if (!p) throw new Error(`unknown policy ${n}`);
  return p;
}

const lineup: Record<string, string> = Object.fromEntries(
  scenario.index.playable.map((f) => [f, 'priority']),
);
for (const a of assignments) {
  const [f, p] = a.split('=');
  if (!f || !p || !(f in lineup)) throw new Error(`bad assignment ${a}: faction=policy`);
  lineup[f] = p;
}
// Each faction's months of orders, and in how many it had an affordable, a useful (its effects
// would change a figure) and a worthwhile (its own bot values it above nothing) order to give.
const months = new Map<
  string,
  { total: number; active: number; afford: number; useful: number; worth: number }
>();
const month = (f: string) => {
  let m = months.get(f);
  if (!m) months.set(f, (m = { total: 0, active: 0, afford: 0, useful: 0, worth: 0 }));
  return m;
};
const watched = (inner: Policy): Policy => ({
  name: inner.name,
  ...(inner.readsHistory === false ? { readsHistory: false } : {}),
  decide(sc, view, legal, rng) {
    if (legal.orders && !legal.choices.length) {
      const ai = sc.ai.find((a) => a.faction === legal.faction);
      const o = orderMonth(sc, view, legal, ai);
      const m = month(legal.faction);
      if (o.affordable) m.afford++;
      if (o.useful) m.useful++;
      if (o.worth) m.worth++;
    }
    return inner.decide(sc, view, legal, rng);
  },
});
const policies = Object.fromEntries(
  Object.entries(lineup).map(([f, p]) => [f, watched(policy(p))]),
);

const endings = new Map<string, number>();
const scores = new Map<string, number[]>(scenario.index.playable.map((f) => [f, []]));
const orders = new Map<string, Map<string, number>>();
let freeAllGame = 0;
const fired = new Set<string>();
for (let seed = first; seed <= last; seed++) {
  let minDemocracy = Infinity;
  const { state, actions } = runCampaign(scenario, seed, policies, undefined, (s: GameState) => {
    minDemocracy = Math.min(minDemocracy, s.tracks.democracy ?? Infinity);
  });
  if (minDemocracy >= 50) freeAllGame++;
  // long runs (the search AI) print each game as it ends, so a run cut short still says something
  if (progress)
    console.log(
      `seed ${seed}: ${state.ending} ${scenario.index.playable.map((f) => `${f}=${endingScore(scenario, state, f)}`).join(' ')}`,
    );
  for (const id in state.fired) fired.add(id);
  endings.set(state.ending!, (endings.get(state.ending!) ?? 0) + 1);
  for (const f of scenario.index.playable) scores.get(f)!.push(endingScore(scenario, state, f)!);
  for (const a of actions) {
    if (a.type !== 'orders') continue;
    const m = month(a.faction);
    m.total++;
    if (a.orders.length) m.active++;
    const o = orders.get(a.faction) ?? new Map<string, number>();
    for (const x of a.orders) o.set(x.order, (o.get(x.order) ?? 0) + 1);
    orders.set(a.faction, o);
  }
}

const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
console.log(
  `${scenario.id} (content ${scenario.contentHash}), ${runs} campaigns, seeds ${first}..${last}: ${Object.entries(
    lineup,
  )
    .map(([f, p]) => `${f}=${p}`)
    .join(' ')}\n`,
);
console.log('Endings:');
for (const [e, n] of [...endings].sort((a, b) => b[1] - a[1]))
  console.log(`  ${pct(n, runs).padStart(6)}  ${text(scenario, `ending.${e}.title`)} (${e})`);
console.log(
  '\nfaction   score (95% CI)   months: ordered / affordable / useful / worth   top orders',
);
for (const f of scenario.index.playable) {
  const s = scores.get(f)!;
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  const sd = Math.sqrt(s.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, s.length - 1));
  const m = month(f);
  const o = [...(orders.get(f) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]);
  const all = o.reduce((a, [, n]) => a + n, 0);
  console.log(
    `${f.padEnd(9)} ${mean.toFixed(1).padStart(5)} ± ${((1.96 * sd) / Math.sqrt(s.length)).toFixed(1).padEnd(5)}   ${[m.active, m.afford, m.useful, m.worth].map((n) => pct(n, m.total).padStart(6)).join(' ')}   ${o
      .slice(0, 4)
      .map(([id, n]) => `${id} ${pct(n, all)}`)
      .join(', ')}`,
  );
}
console.log(`\nGames in which democracy stayed at 50 or more all game: ${pct(freeAllGame, runs)}`);
const never = scenario.events.filter((e) => !fired.has(e.id)).map((e) => e.id);
console.log(`Events that never fired: ${never.length ? never.join(', ') : 'none'}`);
