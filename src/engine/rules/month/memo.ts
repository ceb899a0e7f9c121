// The month's conditions kept from month to month. Most drift modifiers and event conditions read
// a few tracks, flags, events, characters and regions (`martial_law and not red_army`,
// `us_hostility >= 60`, `alive(trotsky) and not fired(exile)`), which change far less often than
// they are read. Each such expression keeps its last value in the state's memo, and is marked to
// be worked out again when the engine writes something it reads (each track, flag, event's record
// of firing and choice, character, and region's control and unrest knows, from the checker's reads, which kept
// expressions read it): its value is then the same as evaluating it every time, bit for bit. A
// track's whole drift (the sum of its modifiers, see turn.ts) and the endings' conditions are
// kept the same way: a month where nothing they read was written visits none of their modifiers.
//
// What reads a track only by comparing it with constants (`food < 55`, `support >= 55 and not
// martial_law`, a track's drift made of such conditions and constant values) keeps its value
// through a write of that track that crosses none of them: worked out, it notes the interval of
// each such track around its value where no comparison changes (orders/thresholds.ts), and a
// write marks it stale only once the track has left it.
//
// A memo belongs to a state's records (tracks, flags, events fired, choices made, characters,
// regions) it was made with: a copy of a state starts with none, and everything is evaluated
// afresh. It holds only while nothing but the engine's steps writes into those records, the same
// rule the transient views follow.
import { marksOf, type Marks } from '../../expr/reads';
import { inInterval, intervalAround, thresholdsOf, type Threshold } from '../orders/thresholds';
import type { SlotIds, StateSlots } from '../../expr/slots';
import type { CompiledBool, CompiledNum, EvalContext, Scenario, TrackDef } from '../../types';

/** What a write of a track touches, found by one look-up of its id: its definition (its
 *  bounds), its slot, the places of the kept values that read it other than by comparisons with
 *  constants, and of those that read it only so (`cuts`), each with the place of its interval
 *  of the track (`cells`). */
export interface TrackSlot {
  readonly def: TrackDef;
  readonly index: number;
  readonly readers: Int32Array;
  readonly cuts: Int32Array;
  readonly cells: Int32Array;
}

/** An expression (or a track's drift) whose value may be kept: its place in the memo. */
export interface Kept {
  readonly index: number;
}

/** The records of a state whose writes the engine marks, each by its entries' ids. */
type Marked = keyof Marks;
const MARKED: readonly Marked[] = ['tracks', 'flags', 'events', 'characters', 'control', 'unrest'];

/** Of one record: each id's slot, and for each slot the places of the kept values that read it. */
interface Readers {
  readonly slot: ReadonlyMap<string, number>;
  readonly of: readonly Int32Array[];
}

/** The intervals kept values note of the tracks they compare with constants: of the kept value
 *  at place `k`, cells `start[k]` to `start[k + 1]`, each of track slot `track[c]`, crossing
 *  `thresholds[c]`. */
interface Cells {
  readonly start: Int32Array;
  readonly track: Int32Array;
  readonly thresholds: readonly (readonly Threshold[])[];
}

interface Plan {
  readonly readers: { readonly [K in Marked]: Readers };
  readonly cells: Cells;
  readonly trackSlots: ReadonlyMap<string, TrackSlot>;
  readonly ids: SlotIds;
  readonly kept: Map<object, Kept | null>;
  readonly size: number;
}

/** A state's memo also holds the state's tracks and flags by slot (`StateSlots`): the engine
 *  writes a slot wherever it writes the record. */
export interface Memo extends StateSlots {
  /** The scenario's plan, held so that noting a write looks up no scenario. */
  readonly plan: Plan;
  /** The state's records it was made with. */
  readonly tracksOf: object;
  readonly flagsOf: object;
  readonly firedOf: object;
  readonly chosenOf: object;
  readonly charactersOf: object;
  readonly regionsOf: object;
  /** 1 where a kept value must be worked out (again): never worked out, or something it reads
   *  written since. */
  readonly stale: Uint8Array;
  readonly value: Float64Array;
  /** By cell (`Cells`), the interval of its track where its kept value was worked out: low and
   *  high ends, `closed` 1 where the low end belongs to it, 2 where the high end does. */
  readonly lo: Float64Array;
  readonly hi: Float64Array;
  readonly closed: Uint8Array;
  /** By track slot, an open interval of the track inside every interval its kept values that
   *  still hold noted of it (`lo`, `hi`): a write inside it crosses none of their thresholds,
   *  and is checked against no cell. */
  readonly inLo: Float64Array;
  readonly inHi: Float64Array;
  /** Whether the slots hold the state: every track of the record is a number (a state that
   *  lacks one reads it by name, as undefined). */
  readonly slotted: boolean;
}

const plans = new WeakMap<Scenario, Plan>();
// A state's memo is a hidden property of its record of tracks (not enumerable: a copy, a save or
// JSON of the record leaves it out) rather than an entry of a weak map, whose live entries the
// collector visits at each young collection; a record that cannot take one (frozen) is kept in
// a weak map.
const MEMO = Symbol('memo');
type Memoed = { [MEMO]?: Memo };
const sealed = new WeakMap<object, Memo>();

function idsOf(scenario: Scenario, record: Marked): readonly string[] {
  const of = { tracks: scenario.tracks, flags: scenario.flags, events: scenario.events };
  if (record === 'characters') return [...scenario.index.character.keys()];
  if (record === 'control' || record === 'unrest') return scenario.regions.map((r) => r.id);
  return of[record].map((x) => x.id);
}

function planOf(scenario: Scenario): Plan {
  let plan = plans.get(scenario);
  if (plan) return plan;
  const slots = {} as Record<Marked, Map<string, number>>;
  const lists = {} as Record<Marked, number[][]>;
  for (const r of MARKED) {
    const ids = idsOf(scenario, r);
    slots[r] = new Map(ids.map((id, i) => [id, i]));
    lists[r] = ids.map(() => []);
  }
  // of each track, the places of the kept values that read it, and of those that read it only
  // by comparisons with constants, each with its cell
  const always: number[][] = scenario.tracks.map(() => []);
  const cuts: [number, number][][] = scenario.tracks.map(() => []);
  const start = [0];
  const cellTrack: number[] = [];
  const cellThresholds: (readonly Threshold[])[] = [];
  const kept = new Map<object, Kept | null>();
  let size = 0;
  /** Keeps `key`, the value of expressions reading these (each what it reads, and of the tracks
   *  it compares with constants only, those constants). */
  const keep = (key: object, parts: readonly Part[]): Kept => {
    const k = { index: size++ };
    for (const r of MARKED)
      for (const id of new Set(parts.flatMap((p) => p.marks[r])))
        lists[r][slots[r].get(id)!]!.push(k.index);
    for (const id of new Set(parts.flatMap((p) => p.marks.tracks))) {
      const at = slots.tracks.get(id)!;
      const reading = parts.filter((p) => p.marks.tracks.includes(id));
      if (!reading.every((p) => p.cuts?.has(id))) {
        always[at]!.push(k.index);
        continue;
      }
      cuts[at]!.push([k.index, cellTrack.length]);
      cellTrack.push(at);
      cellThresholds.push(reading.flatMap((p) => p.cuts!.get(id)!));
    }
    start.push(cellTrack.length);
    kept.set(key, k);
    return k;
  };
  const variable = (e: CompiledBool | CompiledNum | null): e is CompiledBool | CompiledNum =>
    e !== null && !('constant' in e && e.constant !== null);
  const partOf = (e: CompiledBool | CompiledNum): Part | null => {
    const marks = marksOf(scenario, e);
    return marks && { marks, cuts: thresholdsOf(scenario, e) };
  };
  const add = (e: CompiledBool | CompiledNum | null) => {
    if (!variable(e) || kept.has(e)) return;
    const part = partOf(e);
    if (part === null) kept.set(e, null);
    else keep(e, [part]);
  };
  for (const t of scenario.tracks) {
    if (t.drift.length === 0) continue;
    const parts: (Part | null)[] = [];
    for (const m of t.drift)
      for (const e of [m.when, m.value]) {
        add(e);
        if (variable(e)) parts.push(partOf(e));
      }
    if (!parts.includes(null)) keep(t, parts as Part[]);
  }
  for (const e of scenario.events) add(e.when);
  for (const e of scenario.endings) add(e.when);
  const readers = {} as Record<Marked, Readers>;
  for (const r of MARKED)
    readers[r] = { slot: slots[r], of: lists[r].map((list) => Int32Array.from(list)) };
  const trackSlots = new Map(
    scenario.tracks.map((def, index) => {
      const slot: TrackSlot = {
        def,
        index,
        readers: Int32Array.from(always[index]!),
        cuts: Int32Array.from(cuts[index]!, ([k]) => k),
        cells: Int32Array.from(cuts[index]!, ([, c]) => c),
      };
      return [def.id, slot] as const;
    }),
  );
  const cells = {
    start: Int32Array.from(start),
    track: Int32Array.from(cellTrack),
    thresholds: cellThresholds,
  };
  const factions = new Map(scenario.factions.map((f, i) => [f.id, i]));
  const ids = { tracks: slots.tracks, flags: slots.flags, factions };
  plan = { readers, cells, trackSlots, ids, kept, size };
  plans.set(scenario, plan);
  return plan;
}

/** Of an expression kept, what it reads, and of the tracks it compares with constants alone (if
 *  it is built of such comparisons, flags and constants), those constants. */
interface Part {
  readonly marks: Marks;
  readonly cuts: ReadonlyMap<string, readonly Threshold[]> | null;
}

/** How the memo keeps `expr`, or null if it never does (it reads what no write marks, or is not
 *  one of the month's conditions). */
export function keptOf(scenario: Scenario, expr: CompiledBool | CompiledNum | null): Kept | null {
  return expr === null ? null : (planOf(scenario).kept.get(expr) ?? null);
}

/** How the memo keeps the sum of a track's drift modifiers, or null if one of them reads what no
 *  write marks. */
export function keptDriftOf(scenario: Scenario, track: TrackDef): Kept | null {
  return planOf(scenario).kept.get(track) ?? null;
}

/** Each track's slot, by its id. */
export function trackSlotsOf(scenario: Scenario): ReadonlyMap<string, TrackSlot> {
  return planOf(scenario).trackSlots;
}

/** The memo of a state, made if it has none. */
export function memoFor(scenario: Scenario, state: EvalContext['state']): Memo {
  const found = memoIfAny(state);
  if (found) return found;
  const plan = planOf(scenario);
  const trackValues = new Float64Array(scenario.tracks.length);
  let slotted = true;
  for (let i = 0; i < scenario.tracks.length; i++) {
    const v = state.tracks[scenario.tracks[i]!.id];
    if (typeof v === 'number') trackValues[i] = v;
    else slotted = false;
  }
  const flagValues = new Uint8Array(scenario.flags.length);
  for (let i = 0; i < scenario.flags.length; i++)
    flagValues[i] = state.flags[scenario.flags[i]!.id] === true ? 1 : 0;
  const controlled = new Int32Array(scenario.factions.length);
  for (const r of scenario.regions) {
    const at = plan.ids.factions.get(state.regions[r.id]?.control ?? '');
    if (at !== undefined) controlled[at]!++;
  }
  const memo: Memo = {
    plan,
    ids: plan.ids,
    trackValues,
    flagValues,
    controlled,
    slotted,
    tracksOf: state.tracks,
    flagsOf: state.flags,
    firedOf: state.fired,
    chosenOf: state.chosen,
    charactersOf: state.characters,
    regionsOf: state.regions,
    stale: new Uint8Array(plan.size).fill(1),
    value: new Float64Array(plan.size),
    lo: new Float64Array(plan.cells.track.length),
    hi: new Float64Array(plan.cells.track.length),
    closed: new Uint8Array(plan.cells.track.length),
    // nothing is kept yet: no write has a threshold to cross
    inLo: new Float64Array(scenario.tracks.length).fill(-Infinity),
    inHi: new Float64Array(scenario.tracks.length).fill(Infinity),
  };
  const tracks = state.tracks as Memoed;
  if (MEMO in tracks) tracks[MEMO] = memo;
  else if (Object.isExtensible(tracks))
    Object.defineProperty(tracks, MEMO, { value: memo, writable: true });
  else sealed.set(tracks, memo);
  return memo;
}

/** The memo of a state if it has one: writes need to be noted only there. */
export function memoIfAny(state: EvalContext['state']): Memo | null {
  const found = (state.tracks as Memoed)[MEMO] ?? sealed.get(state.tracks);
  return found &&
    found.flagsOf === state.flags &&
    found.firedOf === state.fired &&
    found.chosenOf === state.chosen &&
    found.charactersOf === state.characters &&
    found.regionsOf === state.regions
    ? found
    : null;
}

// Each marks stale what reads an entry (by its id) of one record, which the engine has just
// written; one function a record, each reading its record's readers by a fixed name (these run
// at every write of the month). A track's marks everything that reads it, whatever its value.
export const trackWritten = (memo: Memo, id: string) => mark(memo, memo.plan.readers.tracks, id);
export const eventWritten = (memo: Memo, id: string) => mark(memo, memo.plan.readers.events, id);
export const characterWritten = (memo: Memo, id: string) =>
  mark(memo, memo.plan.readers.characters, id);
export const unrestWritten = (memo: Memo, id: string) => mark(memo, memo.plan.readers.unrest, id);

/** Notes that the engine set flag `id` to `value`: its slot, and what reads it marked stale. */
export function flagWritten(memo: Memo, id: string, value: boolean): void {
  const { slot, of } = memo.plan.readers.flags;
  const at = slot.get(id);
  if (at === undefined) return;
  memo.flagValues[at] = value === true ? 1 : 0;
  markReaders(memo, of[at]!);
}

/** Notes that the engine gave region `id`, controlled by `was`, to `faction`: the factions'
 *  counts of regions, and what reads its control marked stale. */
export function controlWritten(memo: Memo, id: string, was: string, faction: string): void {
  const { slot, of } = memo.plan.readers.control;
  const at = slot.get(id);
  if (at === undefined) return;
  const factions = memo.plan.ids.factions;
  const from = factions.get(was);
  if (from !== undefined) memo.controlled[from]!--;
  const to = factions.get(faction);
  if (to !== undefined) memo.controlled[to]!++;
  markReaders(memo, of[at]!);
}

/** Notes that the engine moved the track at `t` to `now`: its slot, and what reads it marked
 *  stale, what compares it with constants alone only once it has crossed one (or where the
 *  slots do not hold the state, and the intervals were not worked out from them). */
export function trackMoved(memo: Memo, t: TrackSlot, now: number): void {
  memo.trackValues[t.index] = now;
  markReaders(memo, t.readers);
  const cuts = t.cuts;
  if (cuts.length === 0) return;
  if (!memo.slotted) return markReaders(memo, cuts);
  const at = t.index;
  if (now > memo.inLo[at]! && now < memo.inHi[at]!) return;
  // checked cell by cell; the open interval is then made again of those that still hold
  const cells = t.cells;
  const { stale, lo, hi } = memo;
  let inLo = -Infinity;
  let inHi = Infinity;
  for (let i = 0; i < cuts.length; i++) {
    const k = cuts[i]!;
    if (stale[k] === 1) continue;
    const c = cells[i]!;
    if (!inInterval(now, memo, c)) stale[k] = 1;
    else {
      if (lo[c]! > inLo) inLo = lo[c]!;
      if (hi[c]! < inHi) inHi = hi[c]!;
    }
  }
  memo.inLo[at] = inLo;
  memo.inHi[at] = inHi;
}

function mark(memo: Memo, { slot, of }: Readers, id: string): void {
  const at = slot.get(id);
  if (at !== undefined) markReaders(memo, of[at]!);
}

/** Marks stale the kept values at these places, whose reads the engine has just written. */
export function markReaders(memo: Memo, readers: Int32Array): void {
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
  keepAt(memo, k.index, v);
}

/** Keeps `v` at place `i`, worked out now from the state's tracks: with the intervals of those
 *  it compares with constants alone. */
function keepAt(memo: Memo, i: number, v: number): void {
  memo.value[i] = v;
  memo.stale[i] = 0;
  const { start, track, thresholds } = memo.plan.cells;
  const values = memo.trackValues;
  const { lo, hi, inLo, inHi } = memo;
  for (let c = start[i]!; c < start[i + 1]!; c++) {
    const t = track[c]!;
    intervalAround(values[t]!, thresholds[c]!, memo, c);
    if (lo[c]! > inLo[t]!) inLo[t] = lo[c]!;
    if (hi[c]! < inHi[t]!) inHi[t] = hi[c]!;
  }
}

/** A condition's value now: the one kept, while it holds. */
export function holds(memo: Memo, k: Kept | null, c: CompiledBool, ctx: EvalContext): boolean {
  if (k === null) return c.run(ctx);
  const i = k.index;
  if (memo.stale[i] === 0) return memo.value[i] === 1;
  const v = c.run(ctx);
  keepAt(memo, i, v ? 1 : 0);
  return v;
}

/** A number's value now: the one kept, while it holds. */
export function valueOf(memo: Memo, k: Kept | null, n: CompiledNum, ctx: EvalContext): number {
  if (n.constant !== null) return n.constant;
  if (k === null) return n.run(ctx);
  const i = k.index;
  if (memo.stale[i] === 0) return memo.value[i]!;
  const v = n.run(ctx);
  keepAt(memo, i, v);
  return v;
}
