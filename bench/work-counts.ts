// The work a campaign does, counted rather than timed: how many compiled expressions the engine
// runs (by what they decide), and how many log entries, records of changes and view copies it
// makes. A count is exact: the same seeds give the same counts on any machine under any load, so
// a change that removes work shows here however noisy the timings are.
//   node bench/bundled.mjs bench/work.ts [policy] [campaigns]   (bench/run.ts prints them too)
// Counting wraps the scenario's compiled expressions (a fresh load of it, never the one a game
// is timed on), so the engine itself carries no counter.
import type {
  CompiledBool,
  CompiledNum,
  Effect,
  GameState,
  GameView,
  Scenario,
} from '../src/engine';
import type { Policy } from '../src/ai';
import type { Engine } from './engines';

export type Counts = Record<string, number>;

type Expr = CompiledBool | CompiledNum;

/** Wraps every compiled expression of `scenario` (each once, by the first place it is found in)
 *  so that running it adds to `counts[kind]`; a region's test of an order's target counts as a
 *  run of its condition. */
function countRuns(scenario: Scenario, counts: Counts): void {
  const wrapped = new Set<object>();
  const wrap = (kind: string, e: Expr | null) => {
    if (!e || wrapped.has(e)) return;
    wrapped.add(e);
    counts[kind] ??= 0;
    const w = e as { run: (...a: never[]) => unknown; onTarget?: unknown; split?: unknown };
    const run = w.run;
    w.run = ((ctx: never) => {
      counts[kind]!++;
      return run(ctx);
    }) as typeof w.run;
    const b = e as CompiledBool;
    if (b.onTarget) {
      const test = b.onTarget;
      (w as { onTarget: typeof test }).onTarget = (r, id) => {
        counts[kind]!++;
        return test(r, id);
      };
    }
    if (b.split?.rest) {
      const { fixed, rest } = b.split;
      (w as { split: typeof b.split }).split = {
        fixed,
        rest: (r, id) => {
          counts[kind]!++;
          return rest(r, id);
        },
      };
    }
  };
  const effects = (list: readonly Effect[]) => {
    for (const e of list) {
      if (e.op === 'add' || e.op === 'unrest' || e.op === 'health')
        for (const [, n] of e.entries) wrap('effect values', n);
      else if (e.op === 'set') for (const [, n] of e.tracks) wrap('effect values', n);
      else if (e.op === 'chance') {
        wrap('effect values', e.p);
        effects(e.then);
        effects(e.else);
      } else if (e.op === 'if') {
        wrap('effect values', e.when);
        effects(e.then);
        effects(e.else);
      }
    }
  };
  for (const t of scenario.tracks)
    for (const m of t.drift) {
      wrap('drift conditions', m.when);
      wrap('drift values', m.value);
    }
  for (const e of scenario.events) {
    wrap('event conditions', e.when);
    effects(e.effects);
    for (const c of e.choices) {
      wrap('option conditions', c.when);
      effects(c.effects);
    }
  }
  for (const o of scenario.orders) {
    wrap('order conditions (when)', o.when);
    wrap('order targets (where)', o.where);
    wrap('order chances', o.chance);
    wrap('order chances', o.exposure);
    effects(o.effects);
    effects(o.failure);
  }
  for (const r of scenario.routines)
    for (const rule of r.rules) {
      wrap('routine rules', rule.when);
      wrap('routine rules', rule.where);
      wrap('routine rules', rule.rank?.by ?? null);
    }
  for (const e of scenario.endings) {
    wrap('ending conditions', e.when);
    wrap('ending warnings', e.warning);
  }
}

/** Counts, per campaign, of `campaigns` campaigns (seeds 0 to campaigns - 1) with `policy` for
 *  every faction, on a scenario loaded afresh from `dir`. */
export function workPerCampaign(e: Engine, dir: string, policy: Policy, campaigns: number): Counts {
  const loaded = e.loadScenarioDir(dir);
  if (!loaded.ok) throw new Error(`${dir} does not load`);
  const scenario = loaded.scenario;
  const counts: Counts = {};
  countRuns(scenario, counts);
  const made = { log: 0, changes: 0, views: 0, 'view track copies': 0, 'view flag copies': 0 };
  const seenChanges = new WeakSet<object>();
  const seenTracks = new WeakSet<object>();
  const seenFlags = new WeakSet<object>();
  let seenLog = 0;
  let months = 0;
  let actions = 0;
  // the policy sees every view handed out: new records of tracks (and of flags, where the faction
  // does not see them all) are the copies views made
  const watching: Policy = {
    ...policy,
    decide(s, view: GameView, legal, rng) {
      made.views++;
      if (!seenTracks.has(view.tracks)) {
        seenTracks.add(view.tracks);
        made['view track copies']++;
      }
      if (!seenFlags.has(view.flags)) {
        seenFlags.add(view.flags);
        made['view flag copies']++;
      }
      return policy.decide(s, view, legal, rng);
    },
  };
  const policies = Object.fromEntries(scenario.index.playable.map((f) => [f, watching]));
  for (let seed = 0; seed < campaigns; seed++) {
    seenLog = 0;
    let turn = 0;
    e.runCampaign(scenario, seed, policies, undefined, (state: GameState) => {
      actions++;
      if (state.turn !== turn) {
        months += state.turn - turn;
        turn = state.turn;
      }
      made.log += state.log.length - seenLog;
      seenLog = state.log.length;
      for (const c of state.changes ?? [])
        if (!seenChanges.has(c)) {
          seenChanges.add(c);
          made.changes++;
        }
    });
    months++; // the last month, closed by the ending
  }
  const per: Counts = { actions, months };
  let expressions = 0;
  for (const [k, v] of Object.entries(counts)) {
    per[k] = v;
    expressions += v;
  }
  per['expressions, all'] = expressions;
  per['log entries'] = made.log;
  per['change records'] = made.changes;
  per.views = made.views;
  per['view track copies'] = made['view track copies'];
  // the state's own record where the faction sees every flag
  per['view flag records'] = made['view flag copies'];
  for (const k of Object.keys(per)) per[k] = per[k]! / campaigns;
  return per;
}

/** The counts of now and before side by side, one line each. */
export function printWork(now: Counts, before: Counts | null, indent = '  '): void {
  const keys = [...new Set([...Object.keys(now), ...Object.keys(before ?? {})])];
  for (const k of keys) {
    const a = now[k] ?? 0;
    const b = before?.[k];
    const parts = [`${indent}${k.padEnd(32)}${a.toFixed(1).padStart(10)}`];
    if (b !== undefined)
      parts.push(`| before ${b.toFixed(1).padStart(10)}${b > 0 ? `, ${(a / b).toFixed(2)}×` : ''}`);
    console.log(parts.join(' '));
  }
}
