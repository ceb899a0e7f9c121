// The month's conditions kept from month to month. Most drift modifiers and event conditions read
// a few tracks and flags alone (`martial_law and not red_army`, `us_hostility >= 60`), which
// change far less often than they are read. Each such expression keeps its last value in the
// state's memo, with the time it was worked out; each track and flag keeps the time the engine
// last wrote it. An expression is evaluated again only once something it reads has been written
// since: its value is then the same as evaluating it every time, bit for bit.
//
// A memo belongs to a state's record of tracks (and the record of flags it was made with): a copy
// of a state starts with none, and everything is evaluated afresh. It holds only while nothing but
// the engine's steps writes into those records, the same rule the transient views follow.
import { readsOf } from '../../expr/reads';
import type { CompiledBool, CompiledNum, EvalContext, Scenario } from '../../types';

/** An expression whose value may be kept: its place in the memo, and the slots it reads. */
export interface Kept {
  readonly index: number;
  readonly tracks: Int32Array;
  readonly flags: Int32Array;
}

interface Plan {
  readonly trackSlot: ReadonlyMap<string, number>;
  readonly flagSlot: ReadonlyMap<string, number>;
  readonly kept: Map<object, Kept | null>;
  size: number;
}

export interface Memo {
  /** The scenario's plan, held so that noting a write looks up no scenario. */
  readonly plan: Plan;
  readonly tracksOf: object;
  readonly flagsOf: object;
  /** Ticks at every write; starts at 1, so that 0 can mean "never worked out". */
  clock: number;
  readonly trackWrites: Uint32Array;
  readonly flagWrites: Uint32Array;
  readonly at: Uint32Array;
  readonly value: Float64Array;
}

const plans = new WeakMap<Scenario, Plan>();
const memos = new WeakMap<object, Memo>();

function planOf(scenario: Scenario): Plan {
  let plan = plans.get(scenario);
  if (!plan) {
    plan = {
      trackSlot: new Map(scenario.tracks.map((t, i) => [t.id, i])),
      flagSlot: new Map(scenario.flags.map((f, i) => [f.id, i])),
      kept: new Map(),
      size: 0,
    };
    plans.set(scenario, plan);
    const p = plan;
    const add = (e: CompiledBool | CompiledNum | null) => {
      if (e === null || p.kept.has(e) || ('constant' in e && e.constant !== null)) return;
      const reads = readsOf(scenario, e);
      p.kept.set(
        e,
        reads.more
          ? null
          : {
              index: p.size++,
              tracks: Int32Array.from(reads.tracks, (id) => p.trackSlot.get(id)!),
              flags: Int32Array.from(reads.flags, (id) => p.flagSlot.get(id)!),
            },
      );
    };
    for (const t of scenario.tracks)
      for (const m of t.drift) {
        add(m.when);
        add(m.value);
      }
    for (const e of scenario.events) add(e.when);
  }
  return plan;
}

/** How the memo keeps `expr`, or null if it never does (it reads more than tracks and flags, or
 *  is not one of the month's conditions). */
export function keptOf(scenario: Scenario, expr: CompiledBool | CompiledNum | null): Kept | null {
  return expr === null ? null : (planOf(scenario).kept.get(expr) ?? null);
}

/** The memo of a state, made if it has none. */
export function memoFor(scenario: Scenario, state: EvalContext['state']): Memo {
  const found = memoIfAny(state);
  if (found) return found;
  const plan = planOf(scenario);
  const memo: Memo = {
    plan,
    tracksOf: state.tracks,
    flagsOf: state.flags,
    clock: 1,
    trackWrites: new Uint32Array(scenario.tracks.length),
    flagWrites: new Uint32Array(scenario.flags.length),
    at: new Uint32Array(plan.size),
    value: new Float64Array(plan.size),
  };
  memos.set(state.tracks, memo);
  return memo;
}

/** The memo of a state if it has one: writes need to be noted only there. */
export function memoIfAny(state: EvalContext['state']): Memo | null {
  const found = memos.get(state.tracks);
  return found && found.flagsOf === state.flags ? found : null;
}

export function trackWritten(memo: Memo, id: string): void {
  const slot = memo.plan.trackSlot.get(id);
  if (slot !== undefined) memo.trackWrites[slot] = ++memo.clock;
}

export function flagWritten(memo: Memo, id: string): void {
  const slot = memo.plan.flagSlot.get(id);
  if (slot !== undefined) memo.flagWrites[slot] = ++memo.clock;
}

/** Whether the value kept for `k` still holds: worked out once, and nothing it reads written
 *  since. */
function fresh(memo: Memo, k: Kept): boolean {
  const at = memo.at[k.index]!;
  if (at === 0) return false;
  const { tracks, flags } = k;
  for (let i = 0; i < tracks.length; i++) if (memo.trackWrites[tracks[i]!]! > at) return false;
  for (let i = 0; i < flags.length; i++) if (memo.flagWrites[flags[i]!]! > at) return false;
  return true;
}

/** A condition's value now: the one kept, while it holds. */
export function holds(memo: Memo, k: Kept | null, c: CompiledBool, ctx: EvalContext): boolean {
  if (k === null) return c.run(ctx);
  if (fresh(memo, k)) return memo.value[k.index] === 1;
  const v = c.run(ctx);
  memo.value[k.index] = v ? 1 : 0;
  memo.at[k.index] = memo.clock;
  return v;
}

/** A number's value now: the one kept, while it holds. */
export function valueOf(memo: Memo, k: Kept | null, n: CompiledNum, ctx: EvalContext): number {
  if (n.constant !== null) return n.constant;
  if (k === null) return n.run(ctx);
  if (fresh(memo, k)) return memo.value[k.index]!;
  const v = n.run(ctx);
  memo.value[k.index] = v;
  memo.at[k.index] = memo.clock;
  return v;
}
