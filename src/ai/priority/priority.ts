// The priority bot: values every legal option by what its effects are expected to do, with the
// weights its scenario gives it in ai.yaml, and can say why it chose what it chose.
import {
  nameOf,
  nextFloat,
  type AiDef,
  type GameState,
  type GameView,
  type Generator,
  type Legal,
  type OrderChoice,
  type OrderOption,
  type Scenario,
} from '../../engine';
import { believedState } from './estimate';
import {
  known,
  ONE_OF_MANY,
  optionEstimate,
  orderChance,
  orderEstimate,
  orderEstimateAt,
  planFor,
  planOf,
  slotOf,
  type FactionPlan,
  type Known,
  type KnownTable,
  type OptionSlot,
  type OrderPlan,
} from './plan';
import { chooseAction, Spent, type Decision, type Policy } from '../policy';
import { weigh, weighUnrest, type Part } from './worth';

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
  return decideBy(scenario, view, legal, rng, planFor(scenario, ai), withReasons);
}

function decideBy(
  scenario: Scenario,
  view: GameView,
  legal: Legal,
  rng: Generator,
  plan: FactionPlan,
  withReasons: boolean,
): Decision {
  const { weights } = plan;
  // Most options expect the same changes in every state and are weighed from what is known of
  // them; the believed state is built only for those that need it.
  let believed: GameState | null = null;
  const state = () =>
    (believed ??= plan.readsOnlySeen
      ? (view as unknown as GameState) // what expressions read of a state, a view has
      : believedState(scenario, view));
  const choice = legal.choices[0];
  if (choice) {
    let best: { id: string; score: number; parts: Part[] | null } | null = null;
    for (const option of plan.options.get(choice.event)!) {
      const id = option.def.id;
      if (!choice.options.includes(id)) continue;
      const parts: Part[] | null = withReasons ? [] : null;
      const k = option.fixed
        ? (option.known ??= known(plan, optionEstimate(scenario, state(), option.def)))
        : option.flags.length
          ? (option.byMask[maskOf(option.flags, state().flags)] ??= known(
              plan,
              optionEstimate(scenario, state(), option.def),
            ))
          : null;
      let score = k
        ? worthOf(view, plan, k, parts)
        : weigh(view, weights, optionEstimate(scenario, state(), option.def), parts);
      if (option.appetite) {
        parts?.push({ kind: 'preference', id, delta: 1, value: option.appetite });
        score += option.appetite;
      }
      score += jitter(rng);
      if (!best || score > best.score) best = { id, score, parts };
    }
    return {
      action: chooseAction(legal, choice.event, best!.id),
      reasons: withReasons ? [`${best!.id}: ${reasonsOf(scenario, best!.parts!)}`] : [],
    };
  }
  const orders = legal.orders!;
  // every option scored, in the order offered; those worth giving; and the best score (at least 0)
  const scored: Scored[] = [];
  const worth: Scored[] = [];
  let unordered = false;
  let top = 0;
  let order: OrderPlan | null = null;
  // the known estimates of `order` at its chance, where that is the same at every target, and
  // the values of the flags its estimate reads
  let table: KnownTable | null = null;
  let mask = 0;
  const { options } = orders;
  for (let i = 0; i < options.length; i++) {
    const o = options[i]!;
    const slot = slotOf(plan, o);
    // Legal options list an order's targets one after another: its chance is worked out once
    // for them where that is the same at every target.
    if (slot.order !== order) {
      order = slot.order;
      table =
        order.byChance && !order.chanceReadsTarget
          ? tableAt(order, orderChance(scenario, state(), order.def, null))
          : null;
      mask = order.flags.length ? maskOf(order.flags, state().flags) : 0;
    }
    const parts: Part[] | null = withReasons ? [] : null;
    const k = knownOf(scenario, plan, state, slot, table, mask);
    let score =
      (k
        ? worthOf(view, plan, k, parts)
        : weigh(view, weights, orderEstimate(scenario, state(), order.def, slot.target), parts)) +
      order.appetite;
    if (order.appetite)
      parts?.push({ kind: 'preference', id: o.order, delta: 1, value: order.appetite });
    score += jitter(rng);
    const s: Scored = { o, score, parts };
    scored.push(s);
    if (score > 0) {
      worth.push(s);
      if (score > top) top = score;
    } else if (Number.isNaN(score)) unordered = true;
  }
  const picks: OrderChoice[] = [];
  const reasons: string[] = [];
  const saving: string[] | null = withReasons ? [] : null;
  const spent = savingFor(scenario, view, plan, state, options, top, saving);
  const ranking = unordered ? ranked(scored) : byScore(worth);
  for (let i = 0; i < ranking.length && picks.length < orders.max; i++) {
    const { o, score, parts } = ranking[i]!;
    if (score <= 0) break;
    if (given(picks, o.order) || !spent.affords(view, o.cost)) continue;
    spent.spend(o.cost);
    picks.push(o.target === undefined ? { order: o.order } : { order: o.order, target: o.target });
    if (parts)
      reasons.push(
        `${nameOf(scenario, 'order', o.order)}${o.target ? ` (${nameOf(scenario, 'region', o.target)})` : ''}: ${reasonsOf(scenario, parts)}`,
      );
  }
  return {
    // what `ordersAction` makes of the picks, which are made here as it would copy them
    action: { type: 'orders', faction: legal.faction, turn: legal.turn, orders: picks },
    // one reason per order given; a month with none says why
    reasons:
      reasons.length || !saving
        ? reasons
        : saving.length
          ? saving
          : ['nothing worth its cost this month'],
  };
}

/** Whether `order` is among the picks. */
function given(picks: readonly OrderChoice[], order: string): boolean {
  for (let i = 0; i < picks.length; i++) if (picks[i]!.order === order) return true;
  return false;
}

/** What the bot keeps back this month: when an order it prefers (one with a standing
 *  preference) is worth more than anything it can give now (`top`, the best score offered, or
 *  0) but is beyond its purse, it spends none of what that order lacks once it has half its
 *  price, so that it can give it while it is still worth it. Whether it is worth it is read from
 *  the state each month: an order whose odds have fallen is not saved for. The returned tally is
 *  what is already spent; `saving`, if given, gets what is saved for. */
function savingFor(
  scenario: Scenario,
  view: GameView,
  plan: FactionPlan,
  state: () => GameState,
  offered: readonly OrderOption[],
  top: number,
  saving: string[] | null,
): Spent {
  const spent = new Spent();
  const { savedFor } = plan;
  for (let s = 0; s < savedFor.length; s++) {
    const order = savedFor[s]!;
    if (offers(offered, order.def.id)) continue; // it can be paid for now
    // far from its price, the bot spends as usual: saving starts once half of it is in hand
    // (read first: it costs no expression)
    const { cost } = order.def;
    let far = false;
    for (let i = 0; i < cost.length && !far; i++) {
      const [track, amount] = cost[i]!;
      const has = view.tracks[track] ?? 0;
      far = has < amount && has < amount / 2;
    }
    if (far) continue;
    const believed = state();
    if (order.def.when && !order.def.when.run({ scenario, state: believed, target: null }))
      continue;
    const worth =
      weigh(view, plan.weights, orderEstimate(scenario, believed, order.def, null), null) +
      order.appetite;
    if (worth <= top) continue;
    // what it lacks is kept back
    for (const [track, amount] of cost) {
      const has = view.tracks[track] ?? 0;
      if (has < amount) spent.set(track, has);
    }
    saving?.push(`saving for ${nameOf(scenario, 'order', order.def.id)} (${signed(worth)})`);
  }
  return spent;
}

/** Whether an option of `order` is offered. */
function offers(offered: readonly OrderOption[], order: string): boolean {
  for (let i = 0; i < offered.length; i++) if (offered[i]!.order === order) return true;
  return false;
}

interface Scored {
  readonly o: OrderOption;
  readonly score: number;
  readonly parts: Part[] | null;
}

/** The options worth giving, best first, ties in the order they came: what sorting them all by
 *  score gives up to the first one worth nothing, where the bot stops. A NaN score (an expression
 *  that divides by zero) makes comparisons inconsistent; then they are all sorted, as always. */
export function ranked<T extends { readonly score: number }>(scored: T[]): readonly T[] {
  if (scored.some((s) => Number.isNaN(s.score))) return scored.sort((a, b) => b.score - a.score);
  return byScore(scored.filter((s) => s.score > 0));
}

/** `worth` sorted best first, ties in the order they came (no score NaN). Insertion sort:
 *  stable, and quicker than `sort` on the few options a month offers. */
function byScore<T extends { readonly score: number }>(worth: T[]): T[] {
  for (let i = 1; i < worth.length; i++) {
    const s = worth[i]!;
    let j = i;
    for (; j > 0 && worth[j - 1]!.score < s.score; j--) worth[j] = worth[j - 1]!;
    worth[j] = s;
  }
  return worth;
}

/** How many chances of one order have their estimates kept. */
const MAX_CHANCES_KEPT = 128;

/** The known estimates of an order by chance at the chance `p`. */
function tableAt(order: OrderPlan, p: number): KnownTable {
  if (order.last?.p === p) return order.last;
  let table = order.atChance.get(p);
  if (!table) {
    // a chance read from many figures could take more values than are worth keeping
    if (order.atChance.size >= MAX_CHANCES_KEPT) order.atChance.clear();
    order.atChance.set(p, (table = { p, at: [], byName: new Map() }));
  }
  return (order.last = table);
}

/** Which of `flags` are true, bit by bit. */
function maskOf(flags: readonly string[], values: GameState['flags']): number {
  let mask = 0;
  for (let i = 0; i < flags.length; i++) if (values[flags[i]!] === true) mask |= 1 << i;
  return mask;
}

/** The known estimate of an option, if its order's estimate is fixed or by chance (`table`: the
 *  order's known estimates at its chance, where that names no target; `mask`: the values of the
 *  flags it reads); null if it is to be worked out in full. */
function knownOf(
  scenario: Scenario,
  plan: FactionPlan,
  state: () => GameState,
  slot: OptionSlot,
  table: KnownTable | null,
  mask: number,
): Known | null {
  const { order, target, place } = slot;
  if (order.fixed)
    return (slot.known ??= known(plan, orderEstimate(scenario, state(), order.def, target)));
  if (!order.byChance) return null;
  const t = table ?? tableAt(order, orderChance(scenario, state(), order.def, target));
  const at = place < 0 ? -1 : (place << order.flags.length) + mask;
  let k = at < 0 ? t.byName.get(`${target} ${mask}`) : t.at[at];
  if (!k) {
    k = known(plan, orderEstimateAt(scenario, state(), order.def, target, t.p));
    if (at < 0) t.byName.set(`${target} ${mask}`, k);
    else t.at[at] = k;
  }
  return k;
}

/** The worth of a known estimate: only its unrest is left to weigh, unless every reason is
 *  wanted. */
function worthOf(view: GameView, plan: FactionPlan, k: Known, parts: Part[] | null): number {
  if (parts) return weigh(view, plan.weights, k.est, parts);
  if (k.at !== ONE_OF_MANY)
    return plan.holders.holds(view, k.at, plan.weights.faction) ? k.own : k.rival;
  return k.unrest.length ? weighUnrest(view, plan.weights, k.unrest, k.base, null) : k.base;
}

/** The priority bot. It plays a faction for which the scenario gives weights in ai.yaml. */
export const priorityPolicy: Policy = {
  name: 'priority',
  // it weighs options by the figures it sees, never by the log or the month's changes
  readsHistory: false,
  decide(scenario, view, legal, rng) {
    return decideBy(scenario, view, legal, rng, planOfFaction(scenario, legal.faction), false)
      .action;
  },
  explain(scenario, view, legal, rng) {
    return decideBy(scenario, view, legal, rng, planOfFaction(scenario, legal.faction), true);
  },
};

function planOfFaction(scenario: Scenario, faction: string): FactionPlan {
  const plan = planOf(scenario, faction);
  if (!plan) throw new Error(`the scenario gives no ai.yaml weights for ${faction}`);
  return plan;
}
