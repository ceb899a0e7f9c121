// What the compiler of expressions works with: the names a scenario declares, and the shape of a
// compiled node (its closure, and what simple form it has, for the node above it).
import type { BoolFn, EvalContext, Modifier, NumFn, RegionState } from '../types';
import { saturate } from './numbers';
import type { Calendar } from '../calendar';
import type { ParamKind } from './functions';
import type { ExprError } from './parse';
import type { Verdict } from './verdict';
import type { Interval } from './numbers';

/** The names an expression may use, from the scenario being checked. */
export interface NameTable {
  readonly tracks: ReadonlySet<string>;
  readonly flags: ReadonlySet<string>;
  /** Derived figures this expression may read (those declared before it, to rule out cycles). */
  readonly derived: ReadonlySet<string>;
  readonly events: ReadonlyMap<string, readonly string[]>;
  readonly factions: ReadonlySet<string>;
  readonly regions: ReadonlySet<string>;
  readonly characters: ReadonlySet<string>;
  readonly clocks: ReadonlySet<string>;
  readonly tags: ReadonlySet<string>;
  /** Each region's tags, so that a test of the target's tags is one of the region alone. */
  readonly regionTags?: ReadonlyMap<string, readonly string[]>;
  /** Inside an order aimed at a region, `target` names that region. */
  readonly target: boolean;
  /** Each track's bounds, for the checker's reasoning on what an expression can give. */
  readonly bounds?: ReadonlyMap<string, Interval>;
  /** The scenario's calendar, which dates are counted in; monthly if not given. */
  readonly calendar?: Calendar;
}

export const BUILTIN_VARIABLES = {
  year: { type: 'num', doc: 'The current year.' },
  month: { type: 'num', doc: 'The current month of the year, 1 to 12.' },
  turn: { type: 'num', doc: 'Turns played: 0 on the first turn.' },
  date: {
    type: 'date',
    doc: 'The current month (or, by the day or the week, the first day of the current turn), to compare with a date: `date >= 1948-06`.',
  },
} as const;

export type Type = 'num' | 'bool' | 'date';
/** A scenario lasts at most 100 years (a rule of the checker), so `turn` stays below this. */
export const MAX_TURNS = 1200;
// Besides its closure, a compiled node says what simple shape it has, if any, so that the node
// above it can read the state directly instead of calling one more closure: conditions are
// evaluated hundreds of times a month.
// A condition on the region an order is aimed at alone (`controls(mexico, target) and
// unrest(target) >= 10`, `has_tag(target, border)`) also says so, as a test of that region (its
// state and its id): the conditions it is made of then read the region once between them, not
// once each. Orders test it for every region.
export type TargetTest = (r: RegionState | undefined, id: string) => boolean;
// Part of such a test may read the target's identity alone (its tags, its name), which never
// changes: `split` gives that part and the rest, so that orders test the first once per
// scenario and region, and only the rest every month.
export interface TargetSplit {
  readonly fixed: (id: string) => boolean;
  /** Null where the identity decides it all. */
  readonly rest: TargetTest | null;
}
// Each number also says what values it can take, and a condition whether the bounds of what it
// reads decide it: for the checker's warnings, never for evaluation.
export type Compiled =
  | {
      type: 'num';
      fn: NumFn;
      constant: number | null;
      range: Interval;
      track?: string;
      targetUnrest?: true;
    }
  | {
      type: 'bool';
      fn: BoolFn;
      flag?: string;
      and?: readonly BoolFn[];
      or?: readonly BoolFn[];
      onTarget?: TargetTest;
      split?: TargetSplit;
      never?: Verdict;
      always?: Verdict;
    }
  | { type: 'date'; fn: NumFn; constant: number | null };

/** A condition on the target's identity alone. */
export function fixedCondition(
  fixed: (id: string) => boolean,
): Extract<Compiled, { type: 'bool' }> {
  return { ...targetCondition((_, id) => fixed(id)), split: { fixed, rest: null } };
}

/** A condition evaluated as a test of the target region. */
export function targetCondition(test: TargetTest): Extract<Compiled, { type: 'bool' }> {
  return {
    type: 'bool',
    fn: (ctx) => {
      const id = ctx.target ?? '';
      return test(ctx.state.regions[id], id);
    },
    onTarget: test,
  };
}

export const REF_KINDS: Partial<Record<ParamKind, keyof NameTable>> = {
  event: 'events',
  faction: 'factions',
  region: 'regions',
  character: 'characters',
  clock: 'clocks',
  tag: 'tags',
};

export function describeType(t: Type): string {
  return t === 'num' ? 'number' : t === 'bool' ? 'true/false value' : 'date';
}

export function expect<T extends 'num' | 'bool'>(
  c: Compiled | null,
  type: T,
  at: number,
  errors: ExprError[],
): Extract<Compiled, { type: T }> | null {
  if (!c) return null;
  if (c.type === type) return c as Extract<Compiled, { type: T }>;
  errors.push({
    at,
    code: 'E_TYPE',
    message: `expected a ${describeType(type)} but this is a ${describeType(c.type)}`,
    ...(c.type === 'num' && type === 'bool' ? { hint: 'compare it, as in `support > 50`' } : {}),
  });
  return null;
}

/** Sum of the modifiers whose condition holds. */
export function sumModifiers(ctx: EvalContext, mods: readonly Modifier[]): number {
  let total = 0;
  for (let i = 0; i < mods.length; i++) {
    const m = mods[i]!;
    if (!m.when || m.when.run(ctx)) total += m.value.constant ?? m.value.run(ctx);
  }
  return saturate(total);
}
