// What a faction expects an effect list to do, worked out from its own view: the change to each
// track, the flags it sets, and the unrest it stirs, weighted by the chances involved.
import {
  believedFromView,
  readsHidden,
  type Effect,
  type EvalContext,
  type GameState,
  type GameView,
  type Scenario,
} from '../../engine';

export interface Estimate {
  readonly tracks: Map<string, number>;
  readonly flags: Map<string, number>;
  /** Unrest change per region (`target` resolved). */
  readonly unrest: Map<string, number>;
}

export function emptyEstimate(): Estimate {
  return { tracks: new Map(), flags: new Map(), unrest: new Map() };
}

/** The state as a faction believes it to be, for evaluating expressions: the engine's belief
 *  from its view (`believedFromView`, the one routines act on: every track the faction does not
 *  see at 0), typed as a state because expressions read only these parts of one. */
export function believedState(scenario: Scenario, view: GameView): GameState {
  return believedFromView(scenario, view) as GameState;
}

const safe = (n: number) => (Number.isFinite(n) ? n : 0);
const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);

/** How deep a chain of follow-ups an estimate follows (the checker refuses cycles of them; this
 *  bounds the work a long chain costs). */
export const FOLLOW_UP_DEPTH = 3;

export function estimate(
  effects: readonly Effect[],
  ctx: EvalContext,
  weight: number,
  into: Estimate,
  depth = 0,
): Estimate {
  for (const e of effects) {
    switch (e.op) {
      case 'add':
        for (const [id, n] of e.entries) add(into.tracks, id, weight * safe(n.run(ctx)));
        break;
      case 'set':
        for (const [id, n] of e.tracks)
          add(into.tracks, id, weight * safe(n.run(ctx) - (ctx.state.tracks[id] ?? 0)));
        for (const [id, v] of e.flags)
          if ((ctx.state.flags[id] === true) !== v) add(into.flags, id, weight * (v ? 1 : -1));
        break;
      case 'unrest':
        for (const [id, n] of e.entries)
          add(into.unrest, id === 'target' ? (ctx.target ?? '') : id, weight * safe(n.run(ctx)));
        break;
      case 'chance': {
        const p = Math.min(1, Math.max(0, safe(e.p.run(ctx))));
        estimate(e.then, ctx, weight * p, into, depth);
        estimate(e.else, ctx, weight * (1 - p), into, depth);
        break;
      }
      case 'if':
        estimate(e.when.run(ctx) ? e.then : e.else, ctx, weight, into, depth);
        break;
      case 'trigger': {
        // A follow-up is worth what it does: its effects, and an even share of each of its
        // options' (who will choose, and how, is not known). Its `when` is read when it comes
        // due, often after what this very option sets, so it is not judged now.
        const next = depth < FOLLOW_UP_DEPTH ? ctx.scenario.index.event.get(e.event) : undefined;
        if (!next) break;
        const at = ctx.target === null ? ctx : { ...ctx, target: null };
        estimate(next.effects, at, weight, into, depth + 1);
        const share = weight / Math.max(1, next.choices.length);
        for (const c of next.choices) estimate(c.effects, at, share, into, depth + 1);
        break;
      }
      default:
        break;
    }
  }
  return into;
}

/** Whether `estimate` gives the same result for these effects in every state: constant amounts
 *  and chances, no `set` (it reads the current value), and no `if` that would change the
 *  estimate. Such estimates can be worked out once and kept. */
export function stateFree(effects: readonly Effect[]): boolean {
  return flagsRead(effects, null);
}

/** Whether `estimate` gives the same result for these effects in every state with the same
 *  values of the flags they `set` (`into` gets them): `stateFree`, but for a `set` of flags
 *  alone (it reads whether each is already as it sets it). With `into` null, no `set` passes. */
export function flagsRead(effects: readonly Effect[], into: Set<string> | null): boolean {
  return effects.every((e) => {
    switch (e.op) {
      case 'add':
      case 'unrest':
        return e.entries.every(([, n]) => n.constant !== null);
      case 'set':
        if (e.tracks.length !== 0 || (e.flags.length !== 0 && !into)) return false;
        for (const [id] of e.flags) into?.add(id);
        return true;
      case 'chance':
        return e.p.constant !== null && flagsRead(e.then, into) && flagsRead(e.else, into);
      case 'if':
        return inert(e.then) && inert(e.else);
      case 'trigger':
        return false; // worth what the follow-up does, which may read the state
      default:
        return true;
    }
  });
}

/** Whether these effects leave an estimate as it was, whatever the state. */
function inert(effects: readonly Effect[]): boolean {
  return effects.every((e) => {
    switch (e.op) {
      case 'add':
      case 'unrest':
        return e.entries.length === 0;
      case 'set':
        return e.tracks.length === 0 && e.flags.length === 0;
      case 'chance':
      case 'if':
        return inert(e.then) && inert(e.else);
      case 'trigger':
        return false;
      default:
        return true;
    }
  });
}

/** Whether every expression an estimate of these effects may evaluate reads only what `faction`
 *  sees. Then its view gives the same estimates as its belief: the two differ only in the tracks
 *  hidden from it (at 0 in the belief, absent from the view). */
export function readsOnlySeen(
  scenario: Scenario,
  faction: string,
  effects: readonly Effect[],
): boolean {
  const seen = (e: { readonly source: string }) => !readsHidden(scenario, faction, e);
  return effects.every((e) => {
    switch (e.op) {
      case 'add':
      case 'unrest':
      case 'health':
        return e.entries.every(([, n]) => seen(n));
      case 'set':
        return e.tracks.every(([, n]) => seen(n));
      case 'chance':
        return (
          seen(e.p) &&
          readsOnlySeen(scenario, faction, e.then) &&
          readsOnlySeen(scenario, faction, e.else)
        );
      case 'if':
        return (
          seen(e.when) &&
          readsOnlySeen(scenario, faction, e.then) &&
          readsOnlySeen(scenario, faction, e.else)
        );
      case 'control':
      case 'kill':
      case 'trigger': // the follow-up's effects are judged with every event's
      case 'end':
        return true;
      default:
        return false; // an effect not known here: assume it reads what is hidden
    }
  });
}
