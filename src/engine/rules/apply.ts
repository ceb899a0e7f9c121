// Applying compiled effects to a draft state. Only the reducer (step.ts) calls this, on a copy.
import { TARGET } from '../expr/functions';
import type { SlottedContext } from '../expr/slots';
import { clampTo } from '../expr/numbers';
import { keepsChanges, narrowed, record, type Cursor } from './month/ledger';
import { recordWritten } from './writes';
import {
  characterWritten,
  controlWritten,
  eventWritten,
  flagWritten,
  memoIfAny,
  trackMoved,
  trackSlotsOf,
  unrestWritten,
  type Memo,
  type TrackSlot,
} from './month/memo';
import { generatorFrom, nextFloat, type Generator } from '../rng';
import type {
  Cause,
  CompiledNum,
  Effect,
  EvalContext,
  GameState,
  LogEntry,
  Scenario,
} from '../types';

/** A draft being changed by one step: the state, the generator once a number is drawn, and the
 *  cause of what is being applied, for the month's record of changes. */
export interface Draft {
  readonly scenario: Scenario;
  readonly state: GameState;
  gen: Generator | null;
  readonly at: Cursor;
  /** The state's memo of the month's conditions (see month/memo.ts), where writes are noted
   *  (null while the state has none): set with `useMemo`. */
  memo: Memo | null;
  /** Whether the state keeps the month's record of changes (see `keepNoChanges`): if not, no
   *  cause is ever set, so nothing is recorded nor worked out for the record. */
  readonly records: boolean;
  /** The scenario's tracks by id, as writes find them. */
  readonly tracks: ReadonlyMap<string, TrackSlot>;
  /** What the step's expressions read, made once: see `ctxOf`. It carries the state's slots
   *  while its memo holds them. */
  readonly ctx: { -readonly [K in keyof SlottedContext]-?: SlottedContext[K] };
}

export function newDraft(scenario: Scenario, state: GameState): Draft {
  const d: Draft = {
    scenario,
    state,
    gen: null,
    at: { cause: null, visibleTo: null },
    memo: null,
    records: keepsChanges(state),
    tracks: trackSlotsOf(scenario),
    ctx: { scenario, state, target: null, slots: null },
  };
  useMemo(d, memoIfAny(state));
  return d;
}

/** Takes `memo` as the draft state's memo: writes are noted there, and expressions read the
 *  state's slots from it. */
export function useMemo(d: Draft, memo: Memo | null): Memo | null {
  d.memo = memo;
  d.ctx.slots = memo !== null && memo.slotted ? memo : null;
  return memo;
}

// The reducer's draft, one for every step rather than one made per step (steps never run inside
// steps: nothing a step applies calls back into the reducer).
let reducing: { -readonly [K in keyof Draft]: Draft[K] } | null = null;

/** A draft for a step of the reducer on `state`: the one draft of every step, made ready. */
export function stepDraft(scenario: Scenario, state: GameState): Draft {
  const d = reducing;
  if (d === null) return (reducing = newDraft(scenario, state));
  if (d.scenario !== scenario) {
    d.scenario = scenario;
    d.tracks = trackSlotsOf(scenario);
    d.ctx.scenario = scenario;
  }
  d.state = state;
  d.gen = null;
  d.at.cause = null;
  d.at.visibleTo = null;
  d.records = keepsChanges(state);
  d.ctx.state = state;
  d.ctx.target = null;
  useMemo(d, memoIfAny(state));
  return d;
}

/** Notes in the state's memo, if it has one, that the engine wrote `id` with `written`. */
function note(d: Draft, written: (memo: Memo, id: string) => void, id: string): void {
  const memo = d.memo;
  if (memo) written(memo, id);
}

/** Notes in the state's memo, if it has one, that event `id` fired or was chosen in. */
export const noteEvent = (d: Draft, id: string) => note(d, eventWritten, id);

/** Applies `effects` as the doing of `cause`, which only `visibleTo` may know of (null: all). */
export function applyEffectsAs(
  d: Draft,
  cause: Cause,
  visibleTo: readonly string[] | null,
  effects: readonly Effect[],
  target: string | null,
): void {
  const { cause: was, visibleTo: wasVisible } = d.at;
  d.at.cause = d.records ? cause : null;
  d.at.visibleTo = visibleTo;
  applyEffects(d, effects, target);
  d.at.cause = was;
  d.at.visibleTo = wasVisible;
}

/** The cause of an order's doings or cost where no record of changes is kept: never read. */
export const UNRECORDED: Cause = { kind: 'order', faction: '', order: '' };

/** Pays `cost` as the doing of `cause`, which only `visibleTo` may know of (null: all). */
export function payAs(
  d: Draft,
  cause: Cause,
  visibleTo: readonly string[] | null,
  cost: readonly (readonly [string, number])[],
): void {
  const { cause: was, visibleTo: wasVisible } = d.at;
  d.at.cause = d.records ? cause : null;
  d.at.visibleTo = visibleTo;
  for (let i = 0; i < cost.length; i++) addToTrack(d, cost[i]![0], -cost[i]![1]);
  d.at.cause = was;
  d.at.visibleTo = wasVisible;
}

export function draw(d: Draft): number {
  d.gen ??= generatorFrom(d.state.rng);
  d.state.draws++;
  return nextFloat(d.gen);
}

/** Writes the generator back into the state at the end of a step. */
export function settle(d: Draft): void {
  // the generator hands out its state as a fresh list
  if (d.gen) d.state.rng = d.gen.getState() as number[];
  d.gen = null;
}

/** What expressions read, aimed at `target`: the draft's one context, so that a step makes
 *  none per order or effect. Its target is the one last asked for; a step's nested doings (an
 *  order's effects and branches, an event's) ask for the target of the doing that holds them. */
export function ctxOf(d: Draft, target: string | null = null): EvalContext {
  d.ctx.target = target;
  return d.ctx;
}

export function log(d: Draft, entry: LogEntry): void {
  d.state.log.push(entry);
}

// Every figure is kept within its bounds; a value that is not a number (which saturated
// arithmetic never gives) becomes the lower bound rather than poisoning the state.
const clamp = clampTo;

export function addToTrack(
  d: Draft,
  id: string,
  delta: number,
  visibleTo: readonly string[] | null = d.at.visibleTo,
): void {
  const t = d.tracks.get(id);
  if (!t) return;
  const had = trackOf(d, t);
  moveTrack(d, t, had, (had ?? 0) + delta, visibleTo);
}

/** Sets a track to `value`, kept within its bounds. */
export function setTrack(
  d: Draft,
  t: TrackSlot,
  value: number,
  visibleTo: readonly string[] | null = d.at.visibleTo,
): void {
  moveTrack(d, t, trackOf(d, t), value, visibleTo);
}

/** The track's value in the draft state: from its slot where the memo holds the state's. */
export function trackOf(d: Draft, t: TrackSlot): number | undefined {
  const slots = d.ctx.slots;
  return slots !== null ? slots.trackValues[t.index] : d.state.tracks[t.def.id];
}

/** Sets a track that held `had` (read by the caller) to `value`, kept within its bounds. */
export function moveTrack(
  d: Draft,
  t: TrackSlot,
  had: number | undefined,
  value: number,
  visibleTo: readonly string[] | null,
): void {
  const tracks = d.state.tracks;
  const id = t.def.id;
  const now = clamp(value, t.def.min, t.def.max);
  // a track left as it was (to the sign of a zero) leaves every kept value that reads it standing
  if (Object.is(had, now)) return;
  tracks[id] = now;
  const memo = d.memo;
  if (memo) trackMoved(memo, t, now);
  // what `record` would leave out, left out before its figure's name is made
  if (d.at.cause === null) return;
  record(d.state, d.at, `track:${id}`, now - (had ?? 0), visibleTo);
}

export function setHealth(
  d: Draft,
  id: string,
  health: number,
  visibleTo: readonly string[] | null = d.at.visibleTo,
): void {
  const c = d.state.characters[id];
  if (!c || !c.alive) return;
  const was = c.health;
  c.health = clamp(health, 0, 100);
  if (d.at.cause !== null) record(d.state, d.at, `health:${id}`, c.health - was, visibleTo);
  if (c.health <= 0) {
    c.health = 0;
    c.alive = false;
    log(d, { kind: 'death', turn: d.state.turn, character: id });
  }
  if (!Object.is(c.health, was) || !c.alive) {
    recordWritten(d.state.characters);
    note(d, characterWritten, id);
  }
}

export function schedule(d: Draft, event: string, delay: number): void {
  d.state.scheduled.push({ event, turn: d.state.turn + delay });
}

/** Who may know a change that depends on `n`, while a cause is being recorded (else it does
 *  not matter, and is not worked out). */
const seenBy = (
  d: Draft,
  n: { readonly source: string; readonly constant?: number | null },
): readonly string[] | null =>
  d.at.cause === null ? d.at.visibleTo : narrowed(d.scenario, d.at.visibleTo, n);

/** `target` in an effect stands for the region an order is aimed at. */
const regionOf = (id: string, target: string | null) => (id === TARGET ? (target ?? '') : id);

/** An effect's number now: most are constants, given without a call. */
const valueOf = (n: CompiledNum, ctx: EvalContext): number =>
  n.constant !== null ? n.constant : n.run(ctx);

// (entries are read by index, not destructured: a destructuring goes through the array's
// iterator in the compiled code, at every entry of every effect)
export function applyEffects(d: Draft, effects: readonly Effect[], target: string | null): void {
  if (effects.length === 0) return;
  const ctx = ctxOf(d, target);
  for (let i = 0; i < effects.length; i++) {
    const e = effects[i]!;
    switch (e.op) {
      case 'add':
        for (let i = 0; i < e.entries.length; i++) {
          const entry = e.entries[i]!;
          const id = entry[0];
          const n = entry[1];
          addToTrack(d, id, valueOf(n, ctx), seenBy(d, n));
        }
        break;
      case 'set':
        for (let i = 0; i < e.tracks.length; i++) {
          const entry = e.tracks[i]!;
          const id = entry[0];
          const n = entry[1];
          const t = d.tracks.get(id);
          if (t) setTrack(d, t, valueOf(n, ctx), seenBy(d, n));
        }
        if (e.flags.length) {
          const memo = d.memo;
          for (let i = 0; i < e.flags.length; i++) {
            const entry = e.flags[i]!;
            const id = entry[0];
            const v = entry[1];
            if (d.state.flags[id] === v) continue;
            d.state.flags[id] = v;
            if (memo) flagWritten(memo, id, v);
          }
          recordWritten(d.state.flags);
        }
        break;
      case 'unrest':
        for (let i = 0; i < e.entries.length; i++) {
          const entry = e.entries[i]!;
          const id = entry[0];
          const n = entry[1];
          const region = regionOf(id, target);
          const r = d.state.regions[region];
          if (!r) continue;
          const was = r.unrest;
          r.unrest = clamp(r.unrest + valueOf(n, ctx), 0, 100);
          if (!Object.is(r.unrest, was)) {
            recordWritten(d.state.regions);
            note(d, unrestWritten, region);
          }
          if (d.at.cause !== null)
            record(d.state, d.at, `unrest:${region}`, r.unrest - was, seenBy(d, n));
        }
        break;
      case 'control':
        for (let i = 0; i < e.entries.length; i++) {
          const entry = e.entries[i]!;
          const id = entry[0];
          const faction = entry[1];
          const region = regionOf(id, target);
          const r = d.state.regions[region];
          if (!r || r.control === faction) continue;
          const was = r.control;
          r.control = faction;
          recordWritten(d.state.regions);
          if (d.memo) controlWritten(d.memo, region, was, faction);
        }
        break;
      case 'health':
        for (let i = 0; i < e.entries.length; i++) {
          const entry = e.entries[i]!;
          const id = entry[0];
          const n = entry[1];
          const c = d.state.characters[id];
          if (c) setHealth(d, id, c.health + valueOf(n, ctx), seenBy(d, n));
        }
        break;
      case 'kill':
        setHealth(d, e.character, 0);
        break;
      case 'trigger':
        schedule(d, e.event, e.delay);
        break;
      case 'end':
        d.state.endingRequested ??= e.ending;
        break;
      case 'chance': {
        const branch = draw(d) < e.p.run(ctx) ? e.then : e.else;
        // which branch is taken tells the value read to choose it
        const was = d.at.visibleTo;
        d.at.visibleTo = seenBy(d, e.p);
        applyEffects(d, branch, target);
        d.at.visibleTo = was;
        break;
      }
      case 'if': {
        const branch = e.when.run(ctx) ? e.then : e.else;
        // which branch is taken tells the value read to choose it
        const was = d.at.visibleTo;
        d.at.visibleTo = seenBy(d, e.when);
        applyEffects(d, branch, target);
        d.at.visibleTo = was;
        break;
      }
    }
  }
}
