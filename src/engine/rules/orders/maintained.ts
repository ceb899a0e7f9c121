// Legal actions kept up as one game goes on, for simulations that look at it every step. Most of
// what decides a faction's orders changes far less often than it is asked: an order's condition
// that reads flags alone (`martial_law`, `condor_active or us_containment`) holds until a flag is
// set, so it is worked out again only once the engine has set one; the rest (costs, conditions
// that read tracks, the date or the events) every time, and the tests of targets region by
// region as `legalActions` does (see tested-regions.ts). The result is the same as
// `legalActions` of the same view, option for option and in the same order.
import { readsOf } from '../../expr/reads';
import { flagWritesOf } from '../writes';
import {
  canPay,
  legalActions,
  offersOf,
  pushTargets,
  type Legal,
  type MutableContext,
  type OrderOption,
} from './legal';
import type { EvalContext, Scenario } from '../../types';
import type { GameView } from '../view/view';

/**
 * The legal actions of `faction`, worked out from each of its views in turn like `legalActions`.
 * The views must be of one game, each read before the game next changes, and the game changed
 * by the engine's steps alone in between (the contract of a transient viewer, see `makeViewer`):
 * what was worked out from the flags and regions is kept while the engine has written neither.
 */
export function makeLegal(scenario: Scenario, faction: string): (view: GameView) => Legal {
  const offers = offersOf(scenario, faction);
  const def = scenario.index.faction.get(faction);
  // Which orders' conditions read flags alone, and whether each held when last worked out.
  const byFlags = offers.map(({ def: d }) => {
    if (!d.when) return false;
    const reads = readsOf(scenario, d.when);
    return !reads.more && reads.tracks.length === 0;
  });
  const held = new Uint8Array(offers.length);
  let flagsOf: object | null = null;
  let flagsSeen = -1;
  const ctx: MutableContext = {
    scenario,
    state: null as unknown as EvalContext['state'],
    target: null,
  };
  return (view) => {
    if (
      !def ||
      view.viewer !== faction ||
      view.phase !== 'orders' ||
      !Object.hasOwn(view.orders, faction) ||
      view.orders[faction] !== null
    )
      return legalActions(scenario, view);
    const flagWrites = flagWritesOf(view.flags);
    const flagsHold = view.flags === flagsOf && flagWrites === flagsSeen;
    flagsOf = view.flags;
    flagsSeen = flagWrites;
    ctx.state = view;
    const options: OrderOption[] = [];
    for (let i = 0; i < offers.length; i++) {
      const offer = offers[i]!;
      const { when } = offer.def;
      ctx.target = null;
      if (byFlags[i]) {
        if (!flagsHold) held[i] = when!.run(ctx) ? 1 : 0;
        if (held[i] === 0) continue;
      } else if (when && !when.run(ctx)) continue;
      if (canPay(view.tracks, offer)) pushTargets(offer, view, ctx, options);
    }
    // the context holds no view past the call
    ctx.state = null as unknown as EvalContext['state'];
    return { faction, turn: view.turn, orders: { options, max: def.ordersPerTurn }, choices: [] };
  };
}
