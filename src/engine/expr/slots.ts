// The engine's own state by numbered slots: inside a step, the state's tracks and flags (and how
// many regions each faction controls) are also held in typed arrays (by the state's memo, see rules/month/memo.ts), and an expression reads a
// slot rather than looking its name up in the record. A context that carries no slots (a view,
// a belief, a state the engine holds no slots of) is read by name, as before: the value is the
// same either way, since the engine writes a slot wherever it writes the record.
import type { EvalContext } from '../types';

/** Each track's, flag's and faction's slot by its id: one table per scenario. */
export interface SlotIds {
  readonly tracks: ReadonlyMap<string, number>;
  readonly flags: ReadonlyMap<string, number>;
  readonly factions: ReadonlyMap<string, number>;
}

/** A state's tracks and flags by slot, each equal to the record's entry (a flag's slot is 1
 *  where the record holds `true`), and by each faction's slot the number of the scenario's
 *  regions whose state names it in control. */
export interface StateSlots {
  readonly ids: SlotIds;
  readonly trackValues: Float64Array;
  readonly flagValues: Uint8Array;
  readonly controlled: Int32Array;
}

/** A context that may carry the slots of its state: the engine's own inside a step. */
export interface SlottedContext extends EvalContext {
  readonly slots?: StateSlots | null;
}

/** Reads track `name`: its slot where the context has slots, else the record. */
export function trackReader(name: string): (ctx: EvalContext) => number {
  // found once for the scenario whose slots are read
  let ids: SlotIds | null = null;
  let at = -1;
  return (ctx) => {
    const slots = (ctx as SlottedContext).slots;
    if (slots == null) return ctx.state.tracks[name] as number;
    if (slots.ids !== ids) {
      ids = slots.ids;
      at = ids.tracks.get(name) ?? -1;
    }
    return at >= 0 ? slots.trackValues[at]! : (ctx.state.tracks[name] as number);
  };
}

/** Whether flag `name` is set (or, `negated`, unset): its slot where the context has slots,
 *  else the record. */
export function flagReader(name: string, negated = false): (ctx: EvalContext) => boolean {
  let ids: SlotIds | null = null;
  let at = -1;
  return (ctx) => {
    const slots = (ctx as SlottedContext).slots;
    if (slots == null) return (ctx.state.flags[name] === true) !== negated;
    if (slots.ids !== ids) {
      ids = slots.ids;
      at = ids.flags.get(name) ?? -1;
    }
    return (at >= 0 ? slots.flagValues[at] === 1 : ctx.state.flags[name] === true) !== negated;
  };
}

const COMPARISONS = ['<', '<=', '>', '>='];

/** Compares track `name` with `k` by `op` (`<`, `<=`, `>`, `>=`), reading it as `trackReader`
 *  does, in one closure (the commonest condition, `support < 20`); null for another operator. */
export function trackComparison(
  name: string,
  op: string,
  k: number,
): ((ctx: EvalContext) => boolean) | null {
  const by = COMPARISONS.indexOf(op);
  if (by < 0) return null;
  let ids: SlotIds | null = null;
  let at = -1;
  return (ctx) => {
    const slots = (ctx as SlottedContext).slots;
    let v: number;
    if (slots == null) v = ctx.state.tracks[name] as number;
    else {
      if (slots.ids !== ids) {
        ids = slots.ids;
        at = ids.tracks.get(name) ?? -1;
      }
      v = at >= 0 ? slots.trackValues[at]! : (ctx.state.tracks[name] as number);
    }
    return by === 0 ? v < k : by === 1 ? v <= k : by === 2 ? v > k : v >= k;
  };
}

/** How many of the scenario's regions `faction` controls: its slot where the context has slots,
 *  else counted from the states of the regions that `states` gives. */
export function controlledReader(
  faction: string,
  states: (ctx: EvalContext) => readonly ({ readonly control: string } | undefined)[],
): (ctx: EvalContext) => number {
  let ids: SlotIds | null = null;
  let at = -1;
  return (ctx) => {
    const slots = (ctx as SlottedContext).slots;
    if (slots != null) {
      if (slots.ids !== ids) {
        ids = slots.ids;
        at = ids.factions.get(faction) ?? -1;
      }
      if (at >= 0) return slots.controlled[at]!;
    }
    const regions = states(ctx);
    let n = 0;
    for (let i = 0; i < regions.length; i++) if (regions[i]?.control === faction) n++;
    return n;
  };
}
