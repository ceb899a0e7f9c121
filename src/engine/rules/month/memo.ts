// The month's conditions kept from month to month. Most drift modifiers and event conditions read
// a few tracks and flags alone (`martial_law and not red_army`, `us_hostility >= 60`), which
// change far less often than they are read. Each such expression keeps its last value in the
// state's memo, and is marked to be worked out again when the engine writes a track or flag it
// reads (each track and flag knows, from the checker's reads, which kept expressions read it):
// its value is then the same as evaluating it every time, bit for bit. A track's whole drift
// (the sum of its modifiers, see turn.ts) and the endings' conditions are kept the same way: a
// month where nothing they read was written visits none of their modifiers.
//
// A memo belongs to a state's record of tracks (and the record of flags it was made with): a copy
// of a state starts with none, and everything is evaluated afresh. It holds only while nothing but
// the engine's steps writes into those records, the same rule the transient views follow.
import { readsOf } from '../../expr/reads';
import type { CompiledBool, CompiledNum, EvalContext, Scenario, TrackDef } from '../../types';

/** An expression (or a track's drift) whose value may be kept: its place in the memo. */
export interface Kept {
  readonly index: number;
}

interface Plan {
  readonly trackSlot: ReadonlyMap<string, number>;
  readonly flagSlot: ReadonlyMap<string, number>;
  readonly kept: Map<object, Kept | null>;
  /** For each track and flag (by slot), the places of the kept values that read it. */
  readonly trackReaders: readonly Int32Array[];
  readonly flagReaders: readonly Int32Array[];
  readonly size: number;
}

export interface Memo {
  /** The scenario's plan, held so that noting a write looks up no scenario. */
  readonly plan: Plan;
  readonly tracksOf: object;
  readonly flagsOf: object;
  /** 1 where a kept value must be worked out (again): never worked out, or something it reads
   *  written since. */
  readonly stale: Uint8Array;
  readonly value: Float64Array;
}

const plans = new WeakMap<Scenario, Plan>();
const memos = new WeakMap<object, Memo>();

function planOf(scenario: Scenario): Plan {
  let plan = plans.get(scenario);
  if (plan) return plan;
  const trackSlot = new Map(scenario.tracks.map((t, i) => [t.id, i]));
  const flagSlot = new Map(scenario.flags.map((f, i) => [f.id, i]));
  const kept = new Map<object, Kept | null>();
  const readers = (n: number) => Array.from({ length: n }, () => [] as number[]);
  const trackReaders = readers(scenario.tracks.length);
  const flagReaders = readers(scenario.flags.length);
  let size = 0;
  /** Keeps `key`, the value of expressions reading these tracks and flags. */
  const keep = (key: object, tracks: Iterable<string>, flags: Iterable<string>): Kept => {
    const k = { index: size++ };
    for (const id of new Set(tracks)) trackReaders[trackSlot.get(id)!]!.push(k.index);
    for (const id of new Set(flags)) flagReaders[flagSlot.get(id)!]!.push(k.index);
    kept.set(key, k);
    return k;
  };
  const add = (e: CompiledBool | CompiledNum | null) => {
    if (e === null || kept.has(e) || ('constant' in e && e.constant !== null)) return;
    const reads = readsOf(scenario, e);
    if (reads.more) kept.set(e, null);
    else keep(e, reads.tracks, reads.flags);
  };
  for (const t of scenario.tracks) {
    if (t.drift.length === 0) continue;
    const tracks: string[] = [];
    const flags: string[] = [];
    let more = false;
    for (const m of t.drift)
      for (const e of [m.when, m.value]) {
        add(e);
        if (e === null || ('constant' in e && e.constant !== null)) continue;
        const reads = readsOf(scenario, e);
        more ||= reads.more;
        tracks.push(...reads.tracks);
        flags.push(...reads.flags);
      }
    if (!more) keep(t, tracks, flags);
  }
  for (const e of scenario.events) add(e.when);
  for (const e of scenario.endings) add(e.when);
  plan = {
    trackSlot,
    flagSlot,
    kept,
    trackReaders: trackReaders.map((r) => Int32Array.from(r)),
    flagReaders: flagReaders.map((r) => Int32Array.from(r)),
    size,
  };
  plans.set(scenario, plan);
  return plan;
}

/** How the memo keeps `expr`, or null if it never does (it reads more than tracks and flags, or
 *  is not one of the month's conditions). */
export function keptOf(scenario: Scenario, expr: CompiledBool | CompiledNum | null): Kept | null {
  return expr === null ? null : (planOf(scenario).kept.get(expr) ?? null);
}

/** How the memo keeps the sum of a track's drift modifiers, or null if one of them reads more
 *  than tracks and flags. */
export function keptDriftOf(scenario: Scenario, track: TrackDef): Kept | null {
  return planOf(scenario).kept.get(track) ?? null;
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
    stale: new Uint8Array(plan.size).fill(1),
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
  if (slot === undefined) return;
  const readers = memo.plan.trackReaders[slot]!;
  const stale = memo.stale;
  for (let i = 0; i < readers.length; i++) stale[readers[i]!] = 1;
}

export function flagWritten(memo: Memo, id: string): void {
  const slot = memo.plan.flagSlot.get(id);
  if (slot === undefined) return;
  const readers = memo.plan.flagReaders[slot]!;
  const stale = memo.stale;
  for (let i = 0; i < readers.length; i++) stale[readers[i]!] = 1;
}

/** Whether the value kept at `k` still holds. */
export function isFresh(memo: Memo, k: Kept): boolean {
  return memo.stale[k.index] === 0;
}

/** The value kept at `k`, while it holds. */
export function keptValue(memo: Memo, k: Kept): number {
  return memo.value[k.index]!;
}

/** Keeps `v` at `k`, worked out now. */
export function keep(memo: Memo, k: Kept, v: number): void {
  memo.value[k.index] = v;
  memo.stale[k.index] = 0;
}

/** A condition's value now: the one kept, while it holds. */
export function holds(memo: Memo, k: Kept | null, c: CompiledBool, ctx: EvalContext): boolean {
  if (k === null) return c.run(ctx);
  const i = k.index;
  if (memo.stale[i] === 0) return memo.value[i] === 1;
  const v = c.run(ctx);
  memo.value[i] = v ? 1 : 0;
  memo.stale[i] = 0;
  return v;
}

/** A number's value now: the one kept, while it holds. */
export function valueOf(memo: Memo, k: Kept | null, n: CompiledNum, ctx: EvalContext): number {
  if (n.constant !== null) return n.constant;
  if (k === null) return n.run(ctx);
  const i = k.index;
  if (memo.stale[i] === 0) return memo.value[i]!;
  const v = n.run(ctx);
  memo.value[i] = v;
  memo.stale[i] = 0;
  return v;
}
