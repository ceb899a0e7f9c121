// The priority bot: values every legal option by what its effects are expected to do, with the
// weights its scenario gives it in ai.yaml, and can say why it chose what it chose.
import {
  nameOf,
  nextFloat,
  type AiDef,
  type GameView,
  type Generator,
  type Legal,
  type Scenario,
} from '../engine';
import { believedState, emptyEstimate, estimate, type Estimate } from './estimate';
import {
  affordable,
  chooseAction,
  ordersAction,
  spend,
  type Decision,
  type Policy,
} from './policy';

/** One reason an option is worth something: what it changes, and that change's value. */
interface Part {
  readonly kind: 'track' | 'flag' | 'unrest' | 'preference';
  readonly id: string;
  readonly delta: number;
  readonly value: number;
}

function weigh(view: GameView, ai: AiDef, est: Estimate, parts: Part[]): number {
  let total = 0;
  const push = (kind: Part['kind'], id: string, delta: number, w: number | undefined) => {
    if (!w || Math.abs(delta) < 1e-9) return;
    parts.push({ kind, id, delta, value: w * delta });
    total += w * delta;
  };
  for (const [track, delta] of est.tracks) push('track', track, delta, ai.weights[track]);
  for (const [flag, delta] of est.flags) push('flag', flag, delta, ai.flags[flag]);
  for (const [region, delta] of est.unrest)
    push(
      'unrest',
      region,
      delta,
      view.regions[region]?.control === ai.faction
        ? ai.weights.unrest_own
        : ai.weights.unrest_rivals,
    );
  return total;
}

const round = (n: number) => Math.round(n * 10) / 10;
const signed = (n: number) => `${n > 0 ? '+' : ''}${round(n)}`;

function describePart(scenario: Scenario, p: Part): string {
  switch (p.kind) {
    case 'track':
      return `${nameOf(scenario, 'track', p.id)} ${signed(p.delta)}`;
    case 'flag':
      return `${nameOf(scenario, 'flag', p.id)} ${p.delta > 0 ? 'becomes true' : 'becomes false'}`;
    case 'unrest':
      return `unrest in ${nameOf(scenario, 'region', p.id)} ${signed(p.delta)}`;
    case 'preference':
      return 'standing preference';
  }
}

/** The three weightiest reasons, in the player's words. */
function reasonsOf(scenario: Scenario, parts: readonly Part[]): string {
  return (
    [...parts]
      .sort((a, b) => Math.abs(b.value) - Math.abs(a.value))
      .slice(0, 3)
      .map((p) => `${describePart(scenario, p)} (${signed(p.value)})`)
      .join('; ') || 'no strong reason'
  );
}

/** Small noise so that equal options are not always taken in declaration order. */
const jitter = (rng: Generator) => nextFloat(rng) * 0.01;

export function decidePriority(
  scenario: Scenario,
  view: GameView,
  legal: Legal,
  rng: Generator,
  ai: AiDef,
  withReasons: boolean,
): Decision {
  const state = believedState(scenario, view);
  const choice = legal.choices[0];
  if (choice) {
    const event = scenario.index.event.get(choice.event)!;
    const ctx = { scenario, state, target: null };
    let best: { id: string; score: number; parts: Part[] } | null = null;
    for (const option of event.choices) {
      if (!choice.options.includes(option.id)) continue;
      const parts: Part[] = [];
      let score = weigh(view, ai, estimate(option.effects, ctx, 1, emptyEstimate()), parts);
      const appetite = ai.choices[`${event.id}.${option.id}`];
      if (appetite) {
        parts.push({ kind: 'preference', id: option.id, delta: 1, value: appetite });
        score += appetite;
      }
      score += jitter(rng);
      if (!best || score > best.score) best = { id: option.id, score, parts };
    }
    return {
      action: chooseAction(legal, choice.event, best!.id),
      reasons: withReasons ? [`${best!.id}: ${reasonsOf(scenario, best!.parts)}`] : [],
    };
  }
  const orders = legal.orders!;
  const scored = orders.options.map((o) => {
    const def = scenario.index.order.get(o.order)!;
    const ctx = { scenario, state, target: o.target ?? null };
    const p = def.chance ? Math.min(1, Math.max(0, def.chance.run(ctx))) : 1;
    const est = estimate(def.effects, ctx, p, emptyEstimate());
    estimate(def.failure, ctx, 1 - p, est);
    for (const [track, amount] of def.cost)
      est.tracks.set(track, (est.tracks.get(track) ?? 0) - amount);
    const parts: Part[] = [];
    const appetite = ai.orders[o.order] ?? 0;
    let score = weigh(view, ai, est, parts) + appetite;
    if (appetite) parts.push({ kind: 'preference', id: o.order, delta: 1, value: appetite });
    score += jitter(rng);
    return { o, score, parts };
  });
  scored.sort((a, b) => b.score - a.score);
  const picks: { order: string; target?: string }[] = [];
  const reasons: string[] = [];
  const spent = new Map<string, number>();
  const used = new Set<string>();
  for (const { o, score, parts } of scored) {
    if (picks.length >= orders.max || score <= 0) break;
    if (used.has(o.order) || !affordable(view, spent, o.cost)) continue;
    used.add(o.order);
    spend(spent, o.cost);
    picks.push(o.target === undefined ? { order: o.order } : { order: o.order, target: o.target });
    if (withReasons)
      reasons.push(
        `${nameOf(scenario, 'order', o.order)}${o.target ? ` (${nameOf(scenario, 'region', o.target)})` : ''}: ${reasonsOf(scenario, parts)}`,
      );
  }
  return {
    action: ordersAction(legal, picks),
    reasons: reasons.length || !withReasons ? reasons : ['nothing worth its cost this month'],
  };
}

/** The priority bot. It plays a faction for which the scenario gives weights in ai.yaml. */
export const priorityPolicy: Policy = {
  name: 'priority',
  decide(scenario, view, legal, rng) {
    return decidePriority(scenario, view, legal, rng, weightsFor(scenario, legal.faction), false)
      .action;
  },
  explain(scenario, view, legal, rng) {
    return decidePriority(scenario, view, legal, rng, weightsFor(scenario, legal.faction), true);
  },
};

function weightsFor(scenario: Scenario, faction: string): AiDef {
  const ai = scenario.ai.find((a) => a.faction === faction);
  if (!ai) throw new Error(`the scenario gives no ai.yaml weights for ${faction}`);
  return ai;
}
