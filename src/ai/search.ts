// The search policy: Monte Carlo tree search at the root over sampled hidden information. For each
// decision it lists candidate actions, and spends its budget of playouts on them by UCB1: each
// playout deals a plausible hidden world (others' private tracks, the dice), plays the candidate,
// lets fast policies finish the game, and scores the ending for the searching faction.
import {
  keepNoChanges,
  nextInt,
  seedRng,
  generatorFrom,
  stepInPlace,
  stepLegal,
  makeLegal,
  makeViewer,
  nextToAct,
  hashedRecord,
  endingScore,
  type Action,
  type GameState,
  type GameView,
  type Generator,
  type Legal,
  type Scenario,
} from '../engine';
import { decidePriority } from './priority/priority';
import { chooseAction, ordersAction, type Policy } from './policy';
import { randomPolicy } from './random';
import {
  lastLine,
  lineCandidates,
  lineOrders,
  MAX_LINES,
  type Candidate,
  type Line,
} from './lines';
import { heldPlan, lastPlan } from './plans';

export interface SearchBudget {
  /** Order sets considered at the root (every option is considered at a decision). */
  readonly candidates: number;
  /** The most playouts spread over the candidates. */
  readonly playouts: number;
  /** The most months of play the playouts may go through in all (a playout from the first month
   *  costs many times one from the last): no round of playouts begins once they are spent.
   *  Unbounded if absent. */
  readonly months?: number;
  /** Search the monthly orders too, rather than leave them to the priority bot. */
  readonly orders?: boolean;
  /** Weigh lines of orders each month (see lines.ts): the priority bot's orders (kept unless a
   *  line clearly beats them), the faction's line of last month, the bot's orders as a line, and
   *  a few other sets, each line played on month after month to the end, in at most this many
   *  months of play in all for the month's playouts. */
  readonly lines?: number;
  /** With `lines`: keep the line chosen as a plan for seasons of this many months, weighing lines
   *  only at a season's turn (or while the season has no plan), and giving the plan's orders in
   *  its other months at no cost (see plans.ts). The bot's orders of the month as a line (none,
   *  if it saves) are kept unless a line clearly beats them; there is no candidate of the bot's
   *  orders played on by the bot, since what is chosen is then kept. */
  readonly plan?: number;
}

const keyOf = (a: Action) => JSON.stringify(a);

/** A full state consistent with what the faction sees, built from its view alone: others'
 *  private tracks and the flags kept from it at their starting values, unknown pending
 *  follow-ups dropped, others' orders to be given again, fresh dice. */
export function determinize(scenario: Scenario, view: GameView, seed: number): GameState {
  // hash-table records, as the engine keeps them (see hashedRecord): a playout reads them often
  const tracks = hashedRecord<number>();
  for (const t of scenario.tracks) tracks[t.id] = view.tracks[t.id] ?? t.initial;
  const flags = hashedRecord<boolean>();
  for (const f of scenario.flags) flags[f.id] = view.flags[f.id] ?? f.initial;
  const regions: GameState['regions'] = hashedRecord();
  for (const [id, r] of Object.entries(view.regions))
    regions[id] = { control: r.control, unrest: r.unrest };
  const characters: GameState['characters'] = hashedRecord();
  for (const [id, c] of Object.entries(view.characters))
    characters[id] = { health: c.health, alive: c.alive };
  const orders: GameState['orders'] = {};
  for (const f of scenario.index.playable) {
    const mine = view.orders[f];
    orders[f] = Array.isArray(mine) ? [...mine] : null; // others' orders are unknown: they give them again
  }
  return {
    scenario: view.scenario,
    seed,
    turn: view.turn,
    phase: view.phase,
    tracks,
    flags,
    regions,
    characters,
    fired: Object.assign(hashedRecord<number[]>(), view.fired) as GameState['fired'],
    chosen: Object.assign(hashedRecord<string>(), view.chosen),
    scheduled: [],
    pending: [...view.pending],
    orders,
    endingRequested: null,
    ending: view.ending,
    rng: seedRng(seed),
    draws: 0,
    log: [],
    changes: [],
  };
}

function candidates(
  scenario: Scenario,
  view: GameView,
  legal: Legal,
  rng: Generator,
  n: number,
  preferred: Action | undefined,
): Action[] {
  const choice = legal.choices[0];
  if (choice) return choice.options.map((o) => chooseAction(legal, choice.event, o));
  const out = new Map<string, Action>();
  const add = (a: Action) => out.set(keyOf(a), a);
  if (preferred) add(preferred);
  add({ type: 'orders', faction: legal.faction, turn: legal.turn, orders: [] });
  for (let tries = 0; out.size < n && tries < n * 4; tries++)
    add(randomPolicy.decide(scenario, view, legal, rng));
  return [...out.values()];
}

/** Each playing faction's fast policy (the priority bot where the scenario gives it weights,
 *  random play elsewhere), viewer and legal actions, made once per decision: a viewer starts
 *  over by itself when handed another game, and the legal actions kept up from its views are
 *  exact for any game (what they keep is worked out again once the flags or a region differ), so
 *  all the decision's playouts share them. */
type Seats = ReadonlyMap<
  string,
  {
    readonly viewer: (state: GameState) => GameView;
    readonly legal: (view: GameView) => Legal;
    readonly ai: Scenario['ai'][number] | undefined;
  }
>;

function seatsOf(scenario: Scenario): Seats {
  return new Map(
    scenario.index.playable.map((f) => {
      const ai = scenario.ai.find((a) => a.faction === f);
      // the fast policies read neither the log nor the month's changes: their views skip them;
      // and a playout only looks, decides and steps, so its views need not outlive the step
      const viewer = makeViewer(scenario, f, { history: false, transient: true });
      return [f, { viewer, legal: makeLegal(scenario, f), ai }] as const;
    }),
  );
}

/** Plays the game out from `state` with the seats' fast policies; the ending's score for
 *  `faction`. */
function playout(
  scenario: Scenario,
  seats: Seats,
  state: GameState,
  faction: string,
  seed: number,
  line: Line | null,
): number {
  const rng = generatorFrom(seedRng(seed));
  for (let guard = 0; state.phase !== 'ended' && guard < 10_000; guard++) {
    const f = nextToAct(scenario, state);
    if (f === undefined) break;
    const seat = seats.get(f)!;
    const view = seat.viewer(state);
    const legal = seat.legal(view);
    const action =
      line && f === faction && legal.choices.length === 0
        ? lineOrders(view, legal, line)
        : seat.ai
          ? decidePriority(scenario, view, legal, rng, seat.ai, false).action
          : randomPolicy.decide(scenario, view, legal, rng);
    if (stepLegal(scenario, state, legal, action)) break;
  }
  return endingScore(scenario, state, faction) ?? 0;
}

/** Playouts an option has before it may be dropped: fewer say too little of its spread. */
const MIN_VISITS = 5;
/** How many standard errors behind the best option an option is dropped at. */
const DROP_Z = 2;

interface Arm {
  visits: number;
  total: number;
  squares: number;
}

function statsOf(arm: Arm): PlayoutStats {
  const n = arm.visits;
  const mean = n ? arm.total / n : 0;
  return { mean, visits: n, variance: n > 1 ? (arm.squares - n * mean * mean) / (n - 1) : 0 };
}

/** The options still worth playouts: those not clearly behind the best mean (DROP_Z standard
 *  errors), nor, for another than the priority bot's choice, clearly behind that choice (by the
 *  margin it would have to lead it by to overrule it: it would have to swing twice that). Once
 *  every option left has played the same every time, further playouts would say nothing. */
function survivors(alive: readonly number[], arms: readonly Arm[], prior: number): number[] {
  const stats = arms.map(statsOf);
  if (alive.some((i) => stats[i]!.visits < MIN_VISITS)) return [...alive];
  if (alive.every((i) => stats[i]!.variance === 0)) {
    const top = Math.max(...alive.map((i) => stats[i]!.mean));
    const best = alive.filter((i) => stats[i]!.mean === top);
    return best.includes(prior) ? [prior] : best.slice(0, 1);
  }
  const best = alive.reduce((a, b) => (stats[b]!.mean > stats[a]!.mean ? b : a));
  return alive.filter(
    (i) =>
      i === best ||
      !(
        clearlyBetter(stats[best]!, stats[i]!, DROP_Z) ||
        (i !== prior && alive.includes(prior) && clearlyBetter(stats[prior]!, stats[i]!))
      ),
  );
}

export function decideBySearch(
  scenario: Scenario,
  view: GameView,
  legal: Legal,
  rng: Generator,
  budget: SearchBudget,
): { action: Action; values: { action: Action; mean: number; visits: number }[] } {
  const ai = scenario.ai.find((a) => a.faction === legal.faction);
  const month = legal.choices.length === 0;
  const lines = budget.lines !== undefined && !budget.orders && month;
  const every = lines && budget.plan ? budget.plan : 0;
  // a plan set this season is kept without weighing anything
  const held = every ? heldPlan(view, legal.faction, every) : null;
  if (held) {
    const action = lineOrders(view, legal, held);
    return { action, values: [{ action, mean: 0, visits: 0 }] };
  }
  // Monthly orders are many and each matters little: where the scenario gives the faction a
  // priority bot, it gives them, and the budget goes to the decisions that turn the story.
  if (ai && month && !budget.orders && !lines) {
    const action = decidePriority(scenario, view, legal, rng, ai, false).action;
    return { action, values: [{ action, mean: 0, visits: 0 }] };
  }
  // What the priority bot would do: a candidate, and the choice kept unless playouts clearly
  // favour another.
  const preferred = ai ? decidePriority(scenario, view, legal, rng, ai, false).action : undefined;
  const kept = every
    ? lastPlan(view, legal.faction, every)
    : lines
      ? lastLine(view, legal.faction)
      : [];
  const options: Candidate[] = lines
    ? lineCandidates(
        scenario,
        view,
        legal,
        rng,
        Math.min(budget.candidates, MAX_LINES),
        every ? undefined : preferred,
        kept,
        preferred,
      )
    : candidates(scenario, view, legal, rng, budget.candidates, preferred).map((action) => ({
        action,
        line: null,
      }));
  // a plan with no line to weigh (no orders kept, none from the bot, no random set) gives none
  if (!options.length) options.push({ action: ordersAction(legal, []), line: null });
  if (options.length === 1)
    return {
      action: options[0]!.action,
      values: [{ action: options[0]!.action, mean: 0, visits: 0 }],
    };
  // the prior is the bot's choice; a plan's is the bot's orders as a line (the first candidate)
  const prior = every
    ? 0
    : preferred
      ? options.findIndex((a) => keyOf(a.action) === keyOf(preferred))
      : -1;
  const arms: Arm[] = options.map(() => ({ visits: 0, total: 0, squares: 0 }));
  const seats = seatsOf(scenario);
  // Rounds of one playout per option left, all on the same dealt world and dice (the options'
  // differences then owe less to luck), the bot's choice first: an option clearly behind is
  // dropped, and the search ends when one is left or the budget of playouts or months is spent.
  let alive = options.map((_, i) => i);
  if (prior > 0) alive = [prior, ...alive.filter((i) => i !== prior)];
  const maxMonths = (lines ? budget.lines : budget.months) ?? Infinity;
  let played = 0;
  let months = 0;
  while (alive.length > 1 && played < budget.playouts && months < maxMonths) {
    const seed = nextInt(rng, 0, 0x7fffffff);
    for (const i of alive) {
      if (played >= budget.playouts) break;
      const state = determinize(scenario, view, seed);
      keepNoChanges(state); // a playout is scored by its ending alone
      const score = stepInPlace(scenario, state, options[i]!.action)
        ? 0
        : playout(scenario, seats, state, legal.faction, seed ^ 0x5bd1e995, options[i]!.line);
      played++;
      months += state.turn - view.turn + 1;
      const arm = arms[i]!;
      arm.visits++;
      arm.total += score;
      arm.squares += score * score;
    }
    alive = survivors(alive, arms, prior);
  }
  const values = options.map(({ action }, i) => ({ action, ...statsOf(arms[i]!) }));
  const favourite = alive
    .map((i) => values[i]!)
    .reduce((a, b) => (b.mean > a.mean || (b.mean === a.mean && b.visits > a.visits) ? b : a));
  const bots = alive.includes(prior) ? values[prior]! : null;
  // a line departs from the bot's orders only on a few playouts' evidence
  const best =
    bots && (!clearlyBetter(favourite, bots) || (lines && favourite.visits < MIN_VISITS))
      ? bots
      : favourite;
  return {
    action: best.action,
    values: values.map(({ action, mean, visits }) => ({ action, mean, visits })),
  };
}

/** How many standard errors the search's favourite must lead the priority bot's choice by to
 *  overrule it. With a few dozen playouts the means of close options are mostly noise; the bot's
 *  judgement is the better guide there, and the search should depart from it only on evidence. */
const OVERRULE_Z = 1;

/** What the playouts of one option came to. */
export interface PlayoutStats {
  readonly mean: number;
  readonly visits: number;
  readonly variance: number;
}

export function clearlyBetter(a: PlayoutStats, b: PlayoutStats, z = OVERRULE_Z): boolean {
  if (a === b || a.visits < 2) return false;
  if (b.visits < 2) return true;
  const error = Math.sqrt(a.variance / a.visits + b.variance / b.visits);
  return a.mean - b.mean > z * error;
}

export function searchPolicy(name: string, budget: SearchBudget): Policy {
  return {
    name,
    decide: (scenario, view, legal, rng) =>
      decideBySearch(scenario, view, legal, rng, budget).action,
    explain: (scenario, view, legal, rng) => {
      const { action, values } = decideBySearch(scenario, view, legal, rng, budget);
      // the choice first (it may be the priority bot's, kept against a favourite within noise)
      const ranked = [...values]
        .sort(
          (a, b) =>
            Number(b.action === action) - Number(a.action === action) || b.visits - a.visits,
        )
        .slice(0, 3);
      return {
        action,
        reasons: ranked.map(
          (v) =>
            `${describeAction(v.action)}: expected score ${v.mean.toFixed(1)} over ${v.visits} playouts`,
        ),
      };
    },
  };
}

function describeAction(a: Action): string {
  if (a.type === 'choose') return a.option;
  return a.orders.length
    ? a.orders.map((o) => (o.target ? `${o.order}@${o.target}` : o.order)).join(' + ')
    : 'no orders';
}
