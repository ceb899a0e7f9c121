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
export const SEARCH_BUDGET = { candidates: 8, playouts: 60, months: 1800 } as const;

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

/** The most playouts a decision a search policy may be given by name. A name comes from a save or
 *  a command line, untrusted: unbounded, `search-all:99999` would think for hours a move. This is
 *  about 16 times the hard level's budget, some seconds a decision in the flagship. */
export const MAX_SEARCH_PLAYOUTS = 1000;

/** A policy by name: one of POLICIES; `search:<playouts>`, the search policy with another
 *  budget of 1 to MAX_SEARCH_PLAYOUTS (`search-all:<playouts>` searches the monthly orders too);
 *  or `greedy:<track>+` / `greedy:<track>-`, which always pushes that track up or down. An
 *  unknown name, an unknown track or a budget out of bounds is an error that says which. */
export function parsePolicy(
  name: string,
  tracks: ReadonlySet<string> | readonly string[] = [],
): { ok: true; value: Policy } | { ok: false; error: string } {
  const known = POLICIES.get(name);
  if (known) return { ok: true, value: known };
  const search = /^search(-all)?:(\d+)$/.exec(name);
  if (search) {
    const playouts = Number(search[2]);
    if (!(playouts >= 1 && playouts <= MAX_SEARCH_PLAYOUTS))
      return {
        ok: false,
        error: `the policy "${name}" asks for ${search[2]} playouts a decision: it may ask for 1 to ${MAX_SEARCH_PLAYOUTS}`,
      };
    return {
      ok: true,
      value: searchPolicy(name, {
        candidates: SEARCH_BUDGET.candidates,
        playouts,
        orders: search[1] !== undefined,
      }),
    };
  }
  const m = /^greedy:([a-z][a-z0-9_]*)([+-])$/.exec(name);
  if (m) {
    const has =
      tracks instanceof Set ? tracks.has(m[1]!) : (tracks as readonly string[]).includes(m[1]!);
    if (!has) return { ok: false, error: `the policy "${name}" names no track "${m[1]}"` };
    return { ok: true, value: greedyPolicy(m[1]!, m[2] === '+' ? 1 : -1) };
  }
  return { ok: false, error: `unknown policy "${name}"` };
}

/** A policy by name (see parsePolicy), or null. */
export function policyByName(
  name: string,
  tracks: ReadonlySet<string> | readonly string[] = [],
): Policy | null {
  const r = parsePolicy(name, tracks);
  return r.ok ? r.value : null;
}
