import { canonPolicy } from './canon';
import { greedyPolicy, passivePolicy } from './greedy';
import { priorityPolicy } from './priority';
import { randomPolicy } from './random';
import type { Policy } from './policy';

export type { Decision, Policy } from './policy';
export { canonPolicy, greedyPolicy, passivePolicy, priorityPolicy, randomPolicy };

/** The policies offered by name, as the command line and the browser list them. */
export const POLICIES: ReadonlyMap<string, Policy> = new Map([canonPolicy, randomPolicy, passivePolicy, priorityPolicy].map((p) => [p.name, p]));

/** A policy by name: one of POLICIES, or `greedy:<track>+` / `greedy:<track>-`, which always
 *  pushes that track up or down. Null for an unknown name. */
export function policyByName(name: string, tracks: ReadonlySet<string> | readonly string[] = []): Policy | null {
  const known = POLICIES.get(name);
  if (known) return known;
  const m = /^greedy:([a-z][a-z0-9_]*)([+-])$/.exec(name);
  if (m && (tracks instanceof Set ? tracks.has(m[1]!) : (tracks as readonly string[]).includes(m[1]!))) return greedyPolicy(m[1]!, m[2] === '+' ? 1 : -1);
  return null;
}
