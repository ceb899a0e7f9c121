// Where an order aimed at a region may be aimed, worked out once per scenario as far as it can
// be: the part of its `where` that reads the target's identity alone (tags, names) never
// changes, so only the regions that pass it are tested each month, and by the rest alone.
import type { CompiledBool, RegionState, Scenario } from '../../types';

export interface TargetPlan {
  /** The regions the order may ever be aimed at, in the order they are declared. */
  readonly regions: readonly string[];
  /** Whether a region is one of them (null: every region is). */
  readonly fixed: ((id: string) => boolean) | null;
  /** What each must pass now, given its state and id: null when nothing more. */
  readonly test: ((r: RegionState | undefined, id: string) => boolean) | null;
  /** Where the condition is no test of the target alone: run it in full, with the target set. */
  readonly run: CompiledBool | null;
}

const plans = new WeakMap<Scenario, Map<CompiledBool | null, TargetPlan>>();

/** The plan of a condition on an order's target (`where` of an order or of a routine's rule). */
export function targetPlan(scenario: Scenario, where: CompiledBool | null): TargetPlan {
  let byWhere = plans.get(scenario);
  if (!byWhere) plans.set(scenario, (byWhere = new Map()));
  let plan = byWhere.get(where);
  if (!plan) {
    const all = scenario.regions.map((r) => r.id);
    const split = where?.split;
    plan = !where
      ? { regions: all, fixed: null, test: null, run: null }
      : split
        ? { regions: all.filter(split.fixed), fixed: split.fixed, test: split.rest, run: null }
        : where.onTarget
          ? { regions: all, fixed: null, test: where.onTarget, run: null }
          : { regions: all, fixed: null, test: null, run: where };
    byWhere.set(where, plan);
  }
  return plan;
}
