// The registry of the expression language's functions. The checker, the compiler, the generated
// documentation (docs/expressions.md) and the JSON Schema all read this one table.
import { countsDays, partsOf, turnStep, turnTick } from '../calendar';
import type { EvalContext, RegionState } from '../types';
import { FULL, span, type Interval } from './numbers';
import { controlledReader } from './slots';

/** What a parameter accepts. Reference kinds take a bare identifier declared by the scenario. */
export const PARAM_KINDS = [
  'num',
  'bool',
  'date',
  'event',
  'option',
  'faction',
  'region',
  'character',
  'clock',
  'tag',
] as const;
export type ParamKind = (typeof PARAM_KINDS)[number];
export type ValueType = 'num' | 'bool';

/** A checked argument, ready for the function's compiler. */
export type Arg =
  | {
      readonly kind: 'num';
      readonly fn: (ctx: EvalContext) => number;
      /** The values it can give, for the checker. */
      readonly range: Interval;
    }
  | { readonly kind: 'bool'; readonly fn: (ctx: EvalContext) => boolean }
  /** A date as a tick of the scenario's calendar. */
  | { readonly kind: 'date'; readonly tick: number }
  | { readonly kind: 'ref'; readonly id: string };

export interface FunctionSpec {
  readonly name: string;
  readonly params: readonly { readonly name: string; readonly kind: ParamKind }[];
  readonly returns: ValueType;
  readonly doc: string;
  readonly example: string;
  readonly make: (args: readonly Arg[]) => (ctx: EvalContext) => number | boolean;
  /** The values a number it returns can take, from those its number arguments can (in order;
   *  other arguments count as the full range). Without it: the full range. */
  readonly range?: (args: readonly Interval[]) => Interval;
}

const PERCENT = span(0, 100);
const arg = (ranges: readonly Interval[], i: number): Interval => ranges[i] ?? FULL;

const num = (a: Arg | undefined): ((ctx: EvalContext) => number) =>
  a?.kind === 'num' ? a.fn : () => 0;
const ref = (a: Arg | undefined): string => (a?.kind === 'ref' ? a.id : '');
const tick = (a: Arg | undefined): number => (a?.kind === 'date' ? a.tick : 0);

/** The first tick of the current turn (the current month, in a monthly scenario). */
export const currentTick = (ctx: EvalContext): number => turnTick(ctx.scenario, ctx.state.turn);

/** The last tick of the current turn (its first, in a monthly scenario). */
const lastTick = (ctx: EvalContext): number =>
  currentTick(ctx) + turnStep(ctx.scenario.calendar) - 1;

/** Whole years from one tick to another. */
function yearsBetween(ctx: EvalContext, from: number, to: number): number {
  const c = ctx.scenario.calendar;
  if (!countsDays(c)) return Math.floor((to - from) / 12);
  const a = partsOf(c, from);
  const b = partsOf(c, to);
  const before = b.month < a.month || (b.month === a.month && (b.day ?? 1) < (a.day ?? 1));
  return b.year - a.year - (before ? 1 : 0);
}

const turnsSince = (id: string) => (ctx: EvalContext) => {
  const turns = ctx.state.fired[id];
  const last = turns?.[turns.length - 1];
  return last === undefined ? NEVER : ctx.state.turn - last;
};

// The states of the regions in the order the scenario declares them, for the functions that
// read them all: worked out once for a state's record of regions and kept while the functions
// read the same record (the engine changes a region's state in place and never puts another in
// its place: a record that is copied is a new record).
let statesOf: EvalContext['state']['regions'] | null = null;
let statesIn: EvalContext['scenario'] | null = null;
let states: (RegionState | undefined)[] = [];

function regionStates(ctx: EvalContext): readonly (RegionState | undefined)[] {
  const record = ctx.state.regions;
  if (record !== statesOf || ctx.scenario !== statesIn) {
    statesOf = record;
    statesIn = ctx.scenario;
    states = ctx.scenario.regions.map((r) => record[r.id]);
  }
  return states;
}

/** Months since an event last fired, or this value if it never did. */
export const NEVER = 999;

export const FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: 'fired',
    params: [{ name: 'event', kind: 'event' }],
    returns: 'bool',
    doc: 'Whether the event has fired at least once.',
    example: 'fired(october_coup)',
    make: (args) => {
      const id = ref(args[0]);
      return (ctx) => ctx.state.fired[id] !== undefined;
    },
  },
  {
    name: 'chose',
    params: [
      { name: 'event', kind: 'event' },
      { name: 'option', kind: 'option' },
    ],
    returns: 'bool',
    doc: "Whether the event's decider took this option (the last time the event fired).",
    example: 'chose(border_orders, allow_pursuit)',
    make: (args) => {
      const event = ref(args[0]);
      const option = ref(args[1]);
      return (ctx) => ctx.state.chosen[event] === option;
    },
  },
  {
    name: 'months_since',
    params: [{ name: 'event', kind: 'event' }],
    returns: 'num',
    doc: `Months since the event last fired (0 in the month it fires), or ${NEVER} if it never did. Only in a scenario played by the month: elsewhere write \`turns_since\`.`,
    example: 'months_since(texas_incident) < 6',
    range: () => span(0, 1200),
    make: (args) => turnsSince(ref(args[0])),
  },
  {
    name: 'turns_since',
    params: [{ name: 'event', kind: 'event' }],
    returns: 'num',
    doc: `Turns since the event last fired (0 in the turn it fires), or ${NEVER} if it never did.`,
    example: 'turns_since(blockade_declared) >= 3',
    range: () => span(0, 1200),
    make: (args) => turnsSince(ref(args[0])),
  },
  {
    name: 'controls',
    params: [
      { name: 'faction', kind: 'faction' },
      { name: 'region', kind: 'region' },
    ],
    returns: 'bool',
    doc: 'Whether the faction controls the region.',
    example: 'controls(mexico, chihuahua)',
    make: (args) => {
      const faction = ref(args[0]);
      const region = ref(args[1]);
      if (region === TARGET)
        return (ctx) => ctx.state.regions[ctx.target ?? '']?.control === faction;
      return (ctx) => ctx.state.regions[region]?.control === faction;
    },
  },
  {
    name: 'controlled',
    params: [{ name: 'faction', kind: 'faction' }],
    returns: 'num',
    doc: 'How many regions the faction controls.',
    example: 'controlled(mexico) >= 8',
    range: () => span(0, FULL[1]),
    make: (args) => {
      return controlledReader(ref(args[0]), regionStates);
    },
  },
  {
    name: 'unrest',
    params: [{ name: 'region', kind: 'region' }],
    returns: 'num',
    doc: "The region's unrest, 0 to 100.",
    example: 'unrest(chihuahua) > 60',
    range: () => PERCENT,
    make: (args) => {
      const region = ref(args[0]);
      if (region === TARGET) return (ctx) => ctx.state.regions[ctx.target ?? '']?.unrest ?? 0;
      return (ctx) => ctx.state.regions[region]?.unrest ?? 0;
    },
  },
  {
    name: 'tagged_unrest',
    params: [{ name: 'tag', kind: 'tag' }],
    returns: 'num',
    doc: 'The average unrest of the regions with this tag.',
    example: 'tagged_unrest(oil) > 50',
    range: () => PERCENT,
    make: (args) => {
      const tag = ref(args[0]);
      // the places of the regions with the tag, found once for the one scenario this
      // expression is compiled for; summed in the order the regions are declared, as ever
      let of: EvalContext['scenario'] | null = null;
      let tagged: number[] = [];
      return (ctx) => {
        if (ctx.scenario !== of) {
          of = ctx.scenario;
          tagged = [];
          of.regions.forEach((r, i) => r.tags.includes(tag) && tagged.push(i));
        }
        const regions = regionStates(ctx);
        let sum = 0;
        for (let i = 0; i < tagged.length; i++) sum += regions[tagged[i]!]?.unrest ?? 0;
        return tagged.length === 0 ? 0 : sum / tagged.length;
      };
    },
  },
  {
    name: 'has_tag',
    params: [
      { name: 'region', kind: 'region' },
      { name: 'tag', kind: 'tag' },
    ],
    returns: 'bool',
    doc: 'Whether the region carries the tag. In an order aimed at a region, `has_tag(target, border)` limits its targets by their tags.',
    example: 'has_tag(target, border)',
    make: (args) => {
      const region = ref(args[0]);
      const tag = ref(args[1]);
      if (region === TARGET) {
        // Orders test it for every region every month: the regions that carry the tag are
        // found once, for the one scenario this expression is compiled for.
        let of: EvalContext['scenario'] | null = null;
        let tagged = new Set<string>();
        return (ctx) => {
          if (ctx.scenario !== of) {
            of = ctx.scenario;
            tagged = new Set();
            for (const r of of.index.region.values()) if (r.tags.includes(tag)) tagged.add(r.id);
          }
          return tagged.has(ctx.target ?? '');
        };
      }
      // A fixed region's tags never change: the answer is known once the scenario is.
      return (ctx) => ctx.scenario.index.region.get(region)?.tags.includes(tag) === true;
    },
  },
  {
    name: 'alive',
    params: [{ name: 'character', kind: 'character' }],
    returns: 'bool',
    doc: 'Whether the character is alive.',
    example: 'alive(trotsky)',
    make: (args) => {
      const id = ref(args[0]);
      return (ctx) => ctx.state.characters[id]?.alive === true;
    },
  },
  {
    name: 'health',
    params: [{ name: 'character', kind: 'character' }],
    returns: 'num',
    doc: "The character's health, 0 to 100 (0 once dead).",
    example: 'health(trotsky) < 30',
    range: () => PERCENT,
    make: (args) => {
      const id = ref(args[0]);
      return (ctx) => ctx.state.characters[id]?.health ?? 0;
    },
  },
  {
    name: 'age',
    params: [{ name: 'character', kind: 'character' }],
    returns: 'num',
    doc: "The character's age in whole years this turn.",
    example: 'age(trotsky) >= 70',
    make: (args) => {
      const id = ref(args[0]);
      return (ctx) =>
        yearsBetween(ctx, ctx.scenario.index.character.get(id)?.born ?? 0, currentTick(ctx));
    },
  },
  {
    name: 'after',
    params: [{ name: 'date', kind: 'date' }],
    returns: 'bool',
    doc: 'Whether the current turn has reached this date: this month or later, or (by the day or the week) a turn that holds this day or a later one.',
    example: 'after(1946-03)',
    make: (args) => {
      const m = tick(args[0]);
      return (ctx) => lastTick(ctx) >= m;
    },
  },
  {
    name: 'before',
    params: [{ name: 'date', kind: 'date' }],
    returns: 'bool',
    doc: 'Whether the current turn begins before this date: an earlier month, or an earlier day.',
    example: 'before(1948-06)',
    make: (args) => {
      const m = tick(args[0]);
      return (ctx) => currentTick(ctx) < m;
    },
  },
  {
    name: 'stage',
    params: [{ name: 'clock', kind: 'clock' }],
    returns: 'num',
    doc: "A threat clock's stage: 0 for its first stage, 1 for the next, and so on.",
    example: 'stage(us_hostility) >= 2',
    range: () => span(0, FULL[1]),
    make: (args) => {
      const id = ref(args[0]);
      return (ctx) => stageIndex(ctx, id);
    },
  },
  {
    name: 'min',
    params: [
      { name: 'a', kind: 'num' },
      { name: 'b', kind: 'num' },
    ],
    returns: 'num',
    doc: 'The smaller of two numbers.',
    example: 'min(support, economy)',
    range: (r) => [Math.min(arg(r, 0)[0], arg(r, 1)[0]), Math.min(arg(r, 0)[1], arg(r, 1)[1])],
    make: (args) => {
      const a = num(args[0]);
      const b = num(args[1]);
      return (ctx) => Math.min(a(ctx), b(ctx));
    },
  },
  {
    name: 'max',
    params: [
      { name: 'a', kind: 'num' },
      { name: 'b', kind: 'num' },
    ],
    returns: 'num',
    doc: 'The larger of two numbers.',
    example: 'max(0, 50 - support)',
    range: (r) => [Math.max(arg(r, 0)[0], arg(r, 1)[0]), Math.max(arg(r, 0)[1], arg(r, 1)[1])],
    make: (args) => {
      const a = num(args[0]);
      const b = num(args[1]);
      return (ctx) => Math.max(a(ctx), b(ctx));
    },
  },
  {
    name: 'abs',
    params: [{ name: 'x', kind: 'num' }],
    returns: 'num',
    doc: 'The absolute value of a number.',
    example: 'abs(support - 50)',
    range: (r) => {
      const [lo, hi] = arg(r, 0);
      return lo >= 0 ? [lo, hi] : hi <= 0 ? [-hi, -lo] : [0, Math.max(-lo, hi)];
    },
    make: (args) => {
      const a = num(args[0]);
      return (ctx) => Math.abs(a(ctx));
    },
  },
  {
    name: 'clamp',
    params: [
      { name: 'x', kind: 'num' },
      { name: 'lo', kind: 'num' },
      { name: 'hi', kind: 'num' },
    ],
    returns: 'num',
    doc: 'The number, kept between a lower and an upper bound.',
    example: 'clamp(support / 10, 0, 5)',
    range: (r) => {
      // min(max(x, lo), hi): monotone in each argument.
      const [x, lo, hi] = [arg(r, 0), arg(r, 1), arg(r, 2)];
      return [Math.min(Math.max(x[0], lo[0]), hi[0]), Math.min(Math.max(x[1], lo[1]), hi[1])];
    },
    make: (args) => {
      const x = num(args[0]);
      const lo = num(args[1]);
      const hi = num(args[2]);
      return (ctx) => Math.min(Math.max(x(ctx), lo(ctx)), hi(ctx));
    },
  },
];

export const FUNCTION_INDEX: ReadonlyMap<string, FunctionSpec> = new Map(
  FUNCTIONS.map((f) => [f.name, f]),
);

/** `target` in an order's expressions stands for the region the order is aimed at. */
export const TARGET = 'target';

export function stageIndex(ctx: EvalContext, clock: string): number {
  const def = ctx.scenario.index.track.get(clock);
  const value = ctx.state.tracks[clock] ?? 0;
  let stage = 0;
  if (def) for (let i = 0; i < def.stages.length; i++) if (value >= def.stages[i]!.at) stage = i;
  return stage;
}
