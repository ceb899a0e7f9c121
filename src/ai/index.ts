import { canonPolicy } from './canon';
import { greedyPolicy, passivePolicy } from './greedy';
import { priorityPolicy } from './priority/priority';
import { randomPolicy } from './random';
import { routinePolicy } from './routine';
import { searchPolicy } from './search';
import type { Policy } from './policy';

export type { Decision, Policy } from './policy';
export {
  canonPolicy,
  greedyPolicy,
  passivePolicy,
  priorityPolicy,
  randomPolicy,
  routinePolicy,
  searchPolicy,
};

/** The search policy at the hard difficulty's budget. */
export const SEARCH_BUDGET = { candidates: 8, playouts: 60 } as const;

/** Difficulty levels, as the front ends offer them: the policy that plays an opponent. */
export const DIFFICULTIES = { easy: 'random', normal: 'priority', hard: 'search' } as const;

/** The policies offered by name, as the command line and the browser list them. */
export const POLICIES: ReadonlyMap<string, Policy> = new Map(
  [
    canonPolicy,
    randomPolicy,
    passivePolicy,
    priorityPolicy,
    routinePolicy,
    searchPolicy('search', SEARCH_BUDGET),
  ].map((p) => [p.name, p]),
);

/** A policy by name: one of POLICIES; `search:<playouts>`, the search policy with another
 *  budget (`search-all:<playouts>` searches the monthly orders too); or `greedy:<track>+` / `greedy:<track>-`, which always pushes that track up or down.
 *  Null for an unknown name. */
export function policyByName(
  name: string,
  tracks: ReadonlySet<string> | readonly string[] = [],
): Policy | null {
  const known = POLICIES.get(name);
  if (known) return known;
  const search = /^search(-all)?:(\d{1,5})$/.exec(name);
  if (search)
    return searchPolicy(name, {
      candidates: SEARCH_BUDGET.candidates,
      playouts: Number(search[2]),
      orders: search[1] !== undefined,
    });
  const m = /^greedy:([a-z][a-z0-9_]*)([+-])$/.exec(name);
  if (
    m &&
    (tracks instanceof Set ? tracks.has(m[1]!) : (tracks as readonly string[]).includes(m[1]!))
  )
    return greedyPolicy(m[1]!, m[2] === '+' ? 1 : -1);
  return null;
}
