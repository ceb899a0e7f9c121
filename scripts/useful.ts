// Whether a faction has an order worth giving this month, in two honest senses, for the balance
// probes (scripts/probe.ts):
// - useful: a legal order it can afford whose effects would change, in the state it believes
//   in, some figure a rule reads (a track past its bound, a region already calm or already held,
//   a dead man's health change nothing and do not count; its own cost does not count);
// - worth: one its own priority bot values above nothing by the weights of ai.yaml, its cost
//   counted (the test the bot itself applies before it gives an order).
import type {
  AiDef,
  Effect,
  EvalContext,
  GameState,
  GameView,
  Legal,
  Scenario,
} from '../src/engine';
import { believedState, emptyEstimate, estimate } from '../src/ai/priority/estimate';
import { orderEstimate } from '../src/ai/priority/plan';
import { weigh } from '../src/ai/priority/worth';
import { affordable } from '../src/ai/policy';

/** Less than this expected change (chance-weighted, after bounds) is nil. */
const NIL = 0.5;

/** Whether effects hand a region to a new holder, touch a living character, or end the game. */
function acts(effects: readonly Effect[], ctx: EvalContext): boolean {
  const s = ctx.state;
  return effects.some((e) => {
    switch (e.op) {
      case 'control':
        return e.entries.some(([id, f]) => {
          const r = s.regions[id === 'target' ? (ctx.target ?? '') : id];
          return r !== undefined && r.control !== f;
        });
      case 'health':
        return e.entries.some(([id]) => s.characters[id]?.alive === true);
      case 'kill':
        return s.characters[e.character]?.alive === true;
      case 'end':
        return true;
      case 'chance':
        return acts(e.then, ctx) || acts(e.else, ctx);
      case 'if':
        return acts(e.when.run(ctx) ? e.then : e.else, ctx);
      default:
        return false;
    }
  });
}

function changes(scenario: Scenario, state: GameState, order: string, target: string | null) {
  const def = scenario.index.order.get(order)!;
  const ctx: EvalContext = { scenario, state, target };
  if (acts(def.effects, ctx) || acts(def.failure, ctx)) return true;
  const p = def.chance ? Math.min(1, Math.max(0, def.chance.run(ctx))) : 1;
  const est = estimate(def.failure, ctx, 1 - p, estimate(def.effects, ctx, p, emptyEstimate()));
  for (const [id, d] of est.tracks) {
    const t = scenario.tracks.find((x) => x.id === id);
    const now = state.tracks[id] ?? 0;
    const after = t ? Math.min(t.max, Math.max(t.min, now + d)) : now + d;
    if (Math.abs(after - now) >= NIL) return true;
  }
  for (const [, d] of est.flags) if (Math.abs(d) >= NIL) return true;
  for (const [id, d] of est.unrest) {
    const now = state.regions[id]?.unrest ?? 0;
    if (Math.abs(Math.min(100, Math.max(0, now + d)) - now) >= NIL) return true;
  }
  return false;
}

export interface OrderMonth {
  readonly affordable: boolean;
  readonly useful: boolean;
  readonly worth: boolean;
}

/** What a faction could usefully order this month, from its own view. */
export function orderMonth(
  scenario: Scenario,
  view: GameView,
  legal: Legal,
  ai: AiDef | undefined,
): OrderMonth {
  const none = new Map<string, number>();
  const options = (legal.orders?.options ?? []).filter((o) => affordable(view, none, o.cost));
  let state: GameState | null = null;
  const believed = () => (state ??= believedState(scenario, view));
  const useful = options.some((o) => changes(scenario, believed(), o.order, o.target ?? null));
  const worth =
    ai !== undefined &&
    options.some(
      (o) =>
        weigh(
          view,
          ai,
          orderEstimate(scenario, believed(), scenario.index.order.get(o.order)!, o.target ?? null),
          null,
        ) +
          (ai.orders[o.order] ?? 0) >
        0,
    );
  return { affordable: options.length > 0, useful, worth };
}
