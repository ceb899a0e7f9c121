// Runs whole campaigns headless: every faction played by a policy, from a seed to an ending.
import {
  initialState,
  keepNoChanges,
  makeLegal,
  makeViewer,
  seedRng,
  generatorFrom,
  nextToAct,
  nextSeat,
  stepLegal,
  type Action,
  type GameState,
  type GameView,
  type Legal,
  type Scenario,
} from '../engine';
import type { Policy } from '../ai';

export interface CampaignResult {
  readonly state: GameState;
  readonly actions: readonly Action[];
}

interface Seat {
  readonly viewer: (state: GameState) => GameView;
  readonly legal: (view: GameView) => Legal;
}

/**
 * The seats of campaigns played and done, by scenario and by which factions' views carry the
 * history, for the next campaign to take up: a viewer starts over by itself when handed another
 * game, its mirror and the legal actions kept up from it compare what they keep with the state
 * they are handed, so a seat's views and legal actions in a new game are those of a new seat.
 * A campaign takes its seats out while it plays (one played inside another's decision gets
 * seats of its own) and gives them back once it has ended.
 */
const idle = new WeakMap<Scenario, Map<number, Seat[][]>>();

/** Which factions' views carry the history, as the bits of a number (by their place); -1, kept
 *  by no seat, past the factions a number's bits can tell apart. */
function historyKey(scenario: Scenario, policies: Readonly<Record<string, Policy>>): number {
  const { playable } = scenario.index;
  if (playable.length > 52) return -1;
  let key = 0;
  for (let i = 0; i < playable.length; i++)
    key = key * 2 + (policies[playable[i]!]?.readsHistory !== false ? 1 : 0);
  return key;
}

function seatsFor(scenario: Scenario, policies: Readonly<Record<string, Policy>>, key: number) {
  return (
    idle.get(scenario)?.get(key)?.pop() ??
    scenario.index.playable.map((f): Seat => ({
      // each view is read by one decision, then the state moves on
      viewer: makeViewer(scenario, f, {
        history: policies[f]?.readsHistory !== false,
        transient: true,
      }),
      legal: makeLegal(scenario, f),
    }))
  );
}

function giveBack(scenario: Scenario, key: number, seats: Seat[]): void {
  if (key < 0) return;
  let byKey = idle.get(scenario);
  if (!byKey) idle.set(scenario, (byKey = new Map()));
  const list = byKey.get(key);
  if (!list) byKey.set(key, [seats]);
  else if (list.length < 4) list.push(seats);
}

/** A game is at most this many actions; a scenario that runs past it has a bug, not a game. */
const MAX_ACTIONS = 100_000;

/** Plays one campaign. Policies get a generator of their own per faction, seeded from `seed`,
 *  so a campaign is fully determined by the scenario, the seed and the policies. `observe`, if
 *  given, sees the state after every action (analysis samples the tracks with it). Where no
 *  policy reads the history, nothing reads the month's record of changes (their views leave it
 *  out; analysis and the chronicle never read it), so the engine keeps none unless `changes`
 *  asks for it: the state then ends with an empty one. */
export function runCampaign(
  scenario: Scenario,
  seed: number,
  policies: Readonly<Record<string, Policy>>,
  from?: { state: GameState; actions: readonly Action[] },
  observe?: (state: GameState) => void,
  { changes = false }: { readonly changes?: boolean } = {},
): CampaignResult {
  const state = from ? structuredClone(from.state) : initialState(scenario, seed);
  const actions: Action[] = from ? [...from.actions] : [];
  if (!changes && Object.values(policies).every((p) => p.readsHistory === false))
    keepNoChanges(state);
  // Everything a faction needs at its turn, by its place among the playable factions.
  const { playable } = scenario.index;
  const key = historyKey(scenario, policies);
  const seats = seatsFor(scenario, policies, key);
  const seated = playable.map((f) => policies[f]);
  const rngs = playable.map((_, i) => generatorFrom(seedRng((seed ^ (0x9e3779b9 * (i + 1))) | 0)));
  while (state.phase !== 'ended') {
    const at = nextSeat(scenario, state);
    const seat = seats[at];
    const policy = seated[at];
    if (!seat || !policy) {
      const faction = nextToAct(scenario, state);
      throw new Error(
        faction === undefined
          ? `no faction can act on turn ${state.turn}`
          : `no policy plays ${faction}`,
      );
    }
    const view = seat.viewer(state);
    const legal = seat.legal(view);
    const action = policy.decide(scenario, view, legal, rngs[at]!);
    const error = stepLegal(scenario, state, legal, action);
    if (error)
      throw new Error(
        `policy ${policy.name} for ${playable[at]} chose an illegal action (${error}) on turn ${state.turn}`,
      );
    actions.push(action);
    observe?.(state);
    if (actions.length > MAX_ACTIONS)
      throw new Error(`campaign did not end after ${MAX_ACTIONS} actions`);
  }
  giveBack(scenario, key, seats);
  return { state, actions };
}

/** Plays one campaign like `runCampaign`, handing `sample` each month's end state: a step that
 *  moves the calendar on has just closed the month before, so its tracks are that month's end
 *  values; the final month is closed by the ending instead. */
export function runMonthly(
  scenario: Scenario,
  seed: number,
  policies: Readonly<Record<string, Policy>>,
  from: { state: GameState; actions: readonly Action[] } | undefined,
  sample: (month: number, state: GameState) => void,
): CampaignResult {
  let month = from?.state.turn ?? 0;
  return runCampaign(scenario, seed, policies, from, (state) => {
    for (; month < state.turn; month++) sample(month, state);
    if (state.phase === 'ended') sample(state.turn, state);
  });
}
