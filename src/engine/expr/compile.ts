// Checks an expression tree against the names a scenario declares, then compiles it once into
// closures. Names resolve at compile time; evaluation never looks anything up by a string that
// came from the file, so no expression can reach a JavaScript object or prototype.
import type {
  BoolFn,
  CompiledBool,
  CompiledNum,
  EvalContext,
  Modifier,
  NumFn,
  RegionState,
} from '../types';
import { didYouMean } from '../suggest';
import { countsDays, MONTHLY, partsOf, tickOf, type Calendar } from '../calendar';
import {
  currentTick,
  FUNCTION_INDEX,
  FUNCTIONS,
  TARGET,
  type Arg,
  type ParamKind,
} from './functions';
import { parseExpression, type ExprError, type Node } from './parse';
import { show, verdictOf, type Verdict } from './verdict';
import {
  combine,
  FULL,
  inRange,
  MAGNITUDE_TEXT,
  negate,
  point,
  saturate,
  span,
  type Interval,
} from './numbers';

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

type Type = 'num' | 'bool' | 'date';
/** A scenario lasts at most 100 years (a rule of the checker), so `turn` stays below this. */
const MAX_TURNS = 1200;
// Besides its closure, a compiled node says what simple shape it has, if any, so that the node
// above it can read the state directly instead of calling one more closure: conditions are
// evaluated hundreds of times a month.
// A condition on the region an order is aimed at alone (`controls(mexico, target) and
// unrest(target) >= 10`) also says so, as a test of that region: the conditions it is made of
// then read the region once between them, not once each. Orders test it for every region.
type TargetTest = (r: RegionState | undefined) => boolean;
// Each number also says what values it can take, and a condition whether the bounds of what it
// reads decide it: for the checker's warnings, never for evaluation.
type Compiled =
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
      never?: Verdict;
      always?: Verdict;
    }
  | { type: 'date'; fn: NumFn; constant: number | null };

/** A condition evaluated as a test of the target region. */
function targetCondition(test: TargetTest): Extract<Compiled, { type: 'bool' }> {
  return { type: 'bool', fn: (ctx) => test(ctx.state.regions[ctx.target ?? '']), onTarget: test };
}

/** Sum of the modifiers whose condition holds. */
export function sumModifiers(ctx: EvalContext, mods: readonly Modifier[]): number {
  let total = 0;
  for (const m of mods)
    if (!m.when || m.when.run(ctx)) total += m.value.constant ?? m.value.run(ctx);
  return saturate(total);
}

const REF_KINDS: Partial<Record<ParamKind, keyof NameTable>> = {
  event: 'events',
  faction: 'factions',
  region: 'regions',
  character: 'characters',
  clock: 'clocks',
  tag: 'tags',
};

function compileNode(node: Node, names: NameTable, errors: ExprError[]): Compiled | null {
  switch (node.kind) {
    case 'num': {
      if (!inRange(node.value)) {
        errors.push({
          at: node.at,
          code: 'E_NUMBER_RANGE',
          message: 'this number is too large',
          hint: `numbers lie within ${MAGNITUDE_TEXT}`,
        });
        return null;
      }
      const value = node.value;
      return { type: 'num', fn: () => value, constant: value, range: point(value) };
    }
    case 'bool':
      return { type: 'bool', fn: () => node.value };
    case 'date': {
      const tick = tickOf(names.calendar ?? MONTHLY, node.month, node.day);
      return { type: 'date', fn: () => tick, constant: tick };
    }
    case 'name':
      return compileName(node.name, node.at, names, errors);
    case 'neg': {
      const arg = expect(compileNode(node.arg, names, errors), 'num', node.arg.at, errors);
      if (!arg) return null;
      const f = arg.fn;
      return {
        type: 'num',
        fn: (ctx) => -f(ctx),
        constant: arg.constant === null ? null : -arg.constant,
        range: negate(arg.range),
      };
    }
    case 'not': {
      const arg = expect(compileNode(node.arg, names, errors), 'bool', node.arg.at, errors);
      if (!arg) return null;
      const flag = arg.flag;
      if (flag !== undefined) return { type: 'bool', fn: (ctx) => ctx.state.flags[flag] !== true };
      const f = arg.fn;
      return {
        type: 'bool',
        fn: (ctx) => !f(ctx),
        ...(arg.always ? { never: arg.always } : {}),
        ...(arg.never ? { always: arg.never } : {}),
      };
    }
    case 'call':
      return compileCall(node, names, errors);
    case 'binary':
      return compileBinary(node, names, errors);
  }
}

function compileName(
  name: string,
  at: number,
  names: NameTable,
  errors: ExprError[],
): Compiled | null {
  if (Object.hasOwn(BUILTIN_VARIABLES, name)) {
    const b = name as keyof typeof BUILTIN_VARIABLES;
    const byDay = countsDays(names.calendar ?? MONTHLY);
    const fn =
      b === 'year'
        ? byDay
          ? (ctx: EvalContext) => partsOf(ctx.scenario.calendar, currentTick(ctx)).year
          : (ctx: EvalContext) => Math.floor(currentTick(ctx) / 12)
        : b === 'month'
          ? byDay
            ? (ctx: EvalContext) => partsOf(ctx.scenario.calendar, currentTick(ctx)).month
            : (ctx: EvalContext) => (currentTick(ctx) % 12) + 1
          : b === 'turn'
            ? (ctx: EvalContext) => ctx.state.turn
            : currentTick;
    const type = BUILTIN_VARIABLES[b].type;
    if (type === 'date') return { type, fn, constant: null };
    return {
      type,
      fn,
      constant: null,
      range: b === 'month' ? span(1, 12) : b === 'turn' ? span(0, MAX_TURNS) : FULL,
    };
  }
  if (names.tracks.has(name))
    return {
      type: 'num',
      fn: (ctx) => ctx.state.tracks[name] as number,
      constant: null,
      range: names.bounds?.get(name) ?? FULL,
      track: name,
    };
  if (names.flags.has(name))
    return { type: 'bool', fn: (ctx) => ctx.state.flags[name] === true, flag: name };
  if (names.derived.has(name))
    return {
      type: 'num',
      fn: (ctx) => {
        const def = ctx.scenario.index.derived.get(name);
        return def ? sumModifiers(ctx, def.terms) : 0;
      },
      constant: null,
      range: FULL,
    };
  const known = [
    ...Object.keys(BUILTIN_VARIABLES),
    ...names.tracks,
    ...names.flags,
    ...names.derived,
  ];
  let hint = didYouMean(name, known);
  if (FUNCTION_INDEX.has(name)) hint = `\`${name}\` is a function: write \`${name}(…)\``;
  else if (name === TARGET && names.target)
    hint = 'use `target` as an argument, as in `unrest(target)`';
  else if (names.regions.has(name))
    hint = `\`${name}\` is a region: use it as in \`unrest(${name})\``;
  else if (names.characters.has(name))
    hint = `\`${name}\` is a character: use it as in \`alive(${name})\``;
  else if (names.events.has(name))
    hint = `\`${name}\` is an event: use it as in \`fired(${name})\``;
  else if (!hint && ['&&', '||', '!'].includes(name)) hint = 'write `and`, `or`, `not`';
  errors.push({
    at,
    code: 'E_UNKNOWN_NAME',
    message: `unknown variable \`${name}\``,
    ...(hint ? { hint } : {}),
  });
  return null;
}

function compileCall(
  node: Extract<Node, { kind: 'call' }>,
  names: NameTable,
  errors: ExprError[],
): Compiled | null {
  const spec = FUNCTION_INDEX.get(node.name);
  if (!spec) {
    const hint = didYouMean(
      node.name,
      FUNCTIONS.map((f) => f.name),
    );
    errors.push({
      at: node.at,
      code: 'E_UNKNOWN_FUNCTION',
      message: `unknown function \`${node.name}\``,
      ...(hint ? { hint } : {}),
    });
    return null;
  }
  if (spec.name === 'months_since' && countsDays(names.calendar ?? MONTHLY)) {
    errors.push({
      at: node.at,
      code: 'E_CALENDAR',
      message: '`months_since` counts months, but this scenario is played by the day or the week',
      hint: 'write `turns_since`, which counts turns',
    });
    return null;
  }
  if (node.args.length !== spec.params.length) {
    errors.push({
      at: node.at,
      code: 'E_ARITY',
      message: `\`${spec.name}\` takes ${spec.params.length} argument${spec.params.length === 1 ? '' : 's'}, not ${node.args.length}`,
      hint: `as in \`${spec.example}\``,
    });
    return null;
  }
  const args: Arg[] = [];
  let ok = true;
  spec.params.forEach((param, i) => {
    const argNode = node.args[i]!;
    const arg = compileArg(param.kind, argNode, node.args, names, errors, spec.name);
    if (arg) args.push(arg);
    else ok = false;
  });
  if (!ok) return null;
  const fn = spec.make(args);
  const range = spec.range?.(args.map((a) => (a.kind === 'num' ? a.range : FULL))) ?? FULL;
  const onTarget = (i: number) => {
    const a = args[i];
    return a?.kind === 'ref' && a.id === TARGET;
  };
  if (spec.name === 'unrest' && onTarget(0))
    return { type: 'num', fn: fn as NumFn, constant: null, range, targetUnrest: true };
  if (spec.name === 'controls' && onTarget(1)) {
    const faction = args[0]?.kind === 'ref' ? args[0].id : '';
    return targetCondition((r) => r?.control === faction);
  }
  return spec.returns === 'num'
    ? { type: 'num', fn: fn as (ctx: EvalContext) => number, constant: null, range }
    : { type: 'bool', fn: fn as (ctx: EvalContext) => boolean };
}

function compileArg(
  kind: ParamKind,
  node: Node,
  siblings: readonly Node[],
  names: NameTable,
  errors: ExprError[],
  fnName: string,
): Arg | null {
  if (kind === 'num' || kind === 'bool') {
    const c = expect(compileNode(node, names, errors), kind, node.at, errors);
    if (!c) return null;
    return c.type === 'num'
      ? { kind: 'num', fn: c.fn, range: c.range }
      : { kind: 'bool', fn: c.fn as (ctx: EvalContext) => boolean };
  }
  if (kind === 'date') {
    if (node.kind === 'date')
      return { kind: 'date', tick: tickOf(names.calendar ?? MONTHLY, node.month, node.day) };
    errors.push({
      at: node.at,
      code: 'E_TYPE',
      message: `\`${fnName}\` expects a date such as 1946-03`,
    });
    return null;
  }
  if (node.kind !== 'name') {
    errors.push({
      at: node.at,
      code: 'E_TYPE',
      message: `\`${fnName}\` expects the id of a ${kind} here`,
    });
    return null;
  }
  const id = node.name;
  if (kind === 'option') {
    const eventNode = siblings[0];
    const options = eventNode?.kind === 'name' ? names.events.get(eventNode.name) : undefined;
    if (!options) return null; // the event argument already reported its error
    if (options.includes(id)) return { kind: 'ref', id };
    const hint = didYouMean(id, options);
    errors.push({
      at: node.at,
      code: 'E_UNKNOWN_OPTION',
      message: `event \`${(eventNode as { name: string }).name}\` has no option \`${id}\``,
      hint:
        hint ??
        (options.length
          ? `its options are ${options.map((o) => `\`${o}\``).join(', ')}`
          : 'it has no choices'),
    });
    return null;
  }
  if (kind === 'region' && id === TARGET && names.target) return { kind: 'ref', id };
  const table = names[REF_KINDS[kind]!] as ReadonlySet<string> | ReadonlyMap<string, unknown>;
  if (table.has(id) || (kind === 'faction' && id === 'none')) return { kind: 'ref', id };
  const hint = didYouMean(id, table.keys());
  errors.push({
    at: node.at,
    code: 'E_UNKNOWN_REF',
    message: `unknown ${kind} \`${id}\``,
    ...(hint ? { hint } : {}),
  });
  return null;
}

function compileBinary(
  node: Extract<Node, { kind: 'binary' }>,
  names: NameTable,
  errors: ExprError[],
): Compiled | null {
  const op = node.op;
  if (op === '==' || op === '!=') {
    const regions = compareRegions(node, names, errors);
    if (regions !== undefined) return regions;
  }
  const left = compileNode(node.left, names, errors);
  const right = compileNode(node.right, names, errors);
  if (!left || !right) return null;
  if (op === 'and' || op === 'or') {
    const l = expect(left, 'bool', node.left.at, errors);
    const r = expect(right, 'bool', node.right.at, errors);
    if (!l || !r) return null;
    const verdicts =
      op === 'and'
        ? { never: l.never ?? r.never, always: l.always && r.always && l.always }
        : { always: l.always ?? r.always, never: l.never && r.never && l.never };
    const decided = {
      ...(verdicts.never ? { never: verdicts.never } : {}),
      ...(verdicts.always ? { always: verdicts.always } : {}),
    };
    const [lt, rt] = [l.onTarget, r.onTarget];
    if (lt && rt)
      return {
        ...targetCondition(op === 'and' ? (x) => lt(x) && rt(x) : (x) => lt(x) || rt(x)),
        ...decided,
      };
    // `a and b and c` is one list of operands rather than a chain of closures.
    const operands = [...(l[op] ?? [l.fn]), ...(r[op] ?? [r.fn])];
    return op === 'and'
      ? { type: 'bool', fn: allOf(operands), and: operands, ...decided }
      : { type: 'bool', fn: anyOf(operands), or: operands, ...decided };
  }
  if (op === '+' || op === '-' || op === '*' || op === '/') {
    const l = expect(left, 'num', node.left.at, errors);
    const r = expect(right, 'num', node.right.at, errors);
    if (!l || !r) return null;
    const [a, b] = [l.fn, r.fn];
    // Every result saturates, so operands are always finite and no result is NaN.
    const fn =
      op === '+'
        ? (ctx: EvalContext) => saturate(a(ctx) + b(ctx))
        : op === '-'
          ? (ctx: EvalContext) => saturate(a(ctx) - b(ctx))
          : op === '*'
            ? (ctx: EvalContext) => saturate(a(ctx) * b(ctx))
            : (ctx: EvalContext) => {
                const d = b(ctx);
                return d === 0 ? 0 : saturate(a(ctx) / d);
              };
    if (l.constant !== null && r.constant !== null) {
      // Literal arithmetic is folded here, and a result beyond the range is the author's slip.
      const [x, y] = [l.constant, r.constant];
      const raw =
        op === '+' ? x + y : op === '-' ? x - y : op === '*' ? x * y : y === 0 ? 0 : x / y;
      if (!inRange(raw)) {
        errors.push({
          at: node.at,
          code: 'E_NUMBER_RANGE',
          message: `\`${show(node)}\` is ${Number.isFinite(raw) ? raw.toPrecision(3) : 'too large'}, beyond the range of numbers`,
          hint: `numbers lie within ${MAGNITUDE_TEXT}`,
        });
        return null;
      }
      return { type: 'num', fn: () => raw, constant: raw, range: point(raw) };
    }
    return { type: 'num', fn, constant: null, range: combine(op, l.range, r.range) };
  }
  // comparisons
  if (left.type !== right.type) {
    errors.push({
      at: node.at,
      code: 'E_TYPE',
      message: `cannot compare a ${describeType(left.type)} with a ${describeType(right.type)}`,
      ...(left.type === 'date' || right.type === 'date'
        ? { hint: 'compare `date` with a date such as 1946-03' }
        : {}),
    });
    return null;
  }
  if (left.type === 'bool' && op !== '==' && op !== '!=') {
    errors.push({
      at: node.at,
      code: 'E_TYPE',
      message: `\`${op}\` compares numbers, not true/false values`,
    });
    return null;
  }
  const decided = left.type === 'num' && right.type === 'num' ? verdictOf(node, left, right) : {};
  if (left.type === 'num' && left.targetUnrest && right.type === 'num' && right.constant !== null) {
    const test = unrestTest(op, right.constant);
    if (test) return { ...targetCondition(test), ...decided };
  }
  if (left.type !== 'bool' && right.type !== 'bool' && right.constant !== null) {
    const fn = compareWith(left, op, right.constant);
    if (fn) return { type: 'bool', fn, ...decided };
  }
  const a = left.fn as (ctx: EvalContext) => number | boolean;
  const b = right.fn as (ctx: EvalContext) => number | boolean;
  const fn =
    op === '=='
      ? (ctx: EvalContext) => a(ctx) === b(ctx)
      : op === '!='
        ? (ctx: EvalContext) => a(ctx) !== b(ctx)
        : op === '<'
          ? (ctx: EvalContext) => (a(ctx) as number) < (b(ctx) as number)
          : op === '<='
            ? (ctx: EvalContext) => (a(ctx) as number) <= (b(ctx) as number)
            : op === '>'
              ? (ctx: EvalContext) => (a(ctx) as number) > (b(ctx) as number)
              : (ctx: EvalContext) => (a(ctx) as number) >= (b(ctx) as number);
  return { type: 'bool', fn, ...decided };
}

/** A region side of a comparison: `target` inside an order aimed at a region, or a region id. */
function regionSide(node: Node, names: NameTable): string | null {
  if (node.kind !== 'name') return null;
  if (node.name === TARGET && names.target) return TARGET;
  // A variable of the same name wins: regions live in a namespace of their own.
  const variable =
    names.tracks.has(node.name) || names.flags.has(node.name) || names.derived.has(node.name);
  return names.regions.has(node.name) && !variable ? node.name : null;
}

/**
 * `target == chihuahua`, `target != mexico_city`: which region an order is aimed at. Undefined
 * when the comparison is not about regions at all, null after reporting an error.
 */
function compareRegions(
  node: Extract<Node, { kind: 'binary' }>,
  names: NameTable,
  errors: ExprError[],
): Compiled | null | undefined {
  const a = regionSide(node.left, names);
  const b = regionSide(node.right, names);
  if (a === null && b === null) return undefined;
  const other = a === null ? node.left : b === null ? node.right : null;
  if (other) {
    const hint =
      other.kind === 'name' ? didYouMean(other.name, [...names.regions, TARGET]) : undefined;
    errors.push({
      at: other.at,
      code: 'E_TYPE',
      message: 'a region is compared only with `target` or another region',
      ...(hint ? { hint } : { hint: 'as in `target == chihuahua`' }),
    });
    return null;
  }
  const same = node.op === '==';
  const region = (side: string) =>
    side === TARGET ? (ctx: EvalContext) => ctx.target ?? '' : () => side;
  const [l, r] = [region(a!), region(b!)];
  return { type: 'bool', fn: (ctx) => (l(ctx) === r(ctx)) === same };
}

/** `unrest(target) <op> k`, as a test of the target region. */
function unrestTest(op: string, k: number): TargetTest | null {
  switch (op) {
    case '<':
      return (r) => (r?.unrest ?? 0) < k;
    case '<=':
      return (r) => (r?.unrest ?? 0) <= k;
    case '>':
      return (r) => (r?.unrest ?? 0) > k;
    case '>=':
      return (r) => (r?.unrest ?? 0) >= k;
  }
  return null;
}

function allOf(fs: readonly BoolFn[]): BoolFn {
  const [a, b, c] = fs as [BoolFn, BoolFn, BoolFn | undefined];
  if (fs.length === 2) return (ctx) => a(ctx) && b(ctx);
  if (fs.length === 3) return (ctx) => a(ctx) && b(ctx) && c!(ctx);
  return (ctx) => {
    for (const f of fs) if (!f(ctx)) return false;
    return true;
  };
}

function anyOf(fs: readonly BoolFn[]): BoolFn {
  const [a, b, c] = fs as [BoolFn, BoolFn, BoolFn | undefined];
  if (fs.length === 2) return (ctx) => a(ctx) || b(ctx);
  if (fs.length === 3) return (ctx) => a(ctx) || b(ctx) || c!(ctx);
  return (ctx) => {
    for (const f of fs) if (f(ctx)) return true;
    return false;
  };
}

/** A comparison with a constant on the right, the commonest kind (`support < 20`), reading a
 *  track directly when the left side is one. */
function compareWith(
  left: Extract<Compiled, { type: 'num' | 'date' }>,
  op: string,
  k: number,
): BoolFn | null {
  const track = left.type === 'num' ? left.track : undefined;
  if (track !== undefined) {
    switch (op) {
      case '<':
        return (ctx) => (ctx.state.tracks[track] as number) < k;
      case '<=':
        return (ctx) => (ctx.state.tracks[track] as number) <= k;
      case '>':
        return (ctx) => (ctx.state.tracks[track] as number) > k;
      case '>=':
        return (ctx) => (ctx.state.tracks[track] as number) >= k;
    }
    return null;
  }
  const a = left.fn;
  switch (op) {
    case '<':
      return (ctx) => a(ctx) < k;
    case '<=':
      return (ctx) => a(ctx) <= k;
    case '>':
      return (ctx) => a(ctx) > k;
    case '>=':
      return (ctx) => a(ctx) >= k;
  }
  return null;
}

function describeType(t: Type): string {
  return t === 'num' ? 'number' : t === 'bool' ? 'true/false value' : 'date';
}

function expect<T extends 'num' | 'bool'>(
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

export type CompileResult<T, Extra = object> =
  ({ ok: true; value: T } & Extra) | { ok: false; errors: ExprError[] };

/** Compiles a number: a YAML number, or an expression in a string. `range` holds every value
 *  it can give, as far as the bounds of what it reads tell. */
export function compileNum(
  src: string | number,
  names: NameTable,
): CompileResult<CompiledNum, { range: Interval }> {
  if (typeof src === 'number') {
    if (!inRange(src))
      return {
        ok: false,
        errors: [
          {
            at: 0,
            code: 'E_NUMBER_RANGE',
            message: Number.isFinite(src)
              ? `${src} is beyond the range of numbers`
              : 'expected a finite number',
            hint: `numbers lie within ${MAGNITUDE_TEXT}`,
          },
        ],
      };
    return {
      ok: true,
      value: { source: String(src), constant: src, run: () => src },
      range: point(src),
    };
  }
  const r = compileSource(src, 'num', names);
  if (!r.ok) return r;
  const c = r.value as Extract<Compiled, { type: 'num' }>;
  return { ok: true, value: { source: src, constant: c.constant, run: c.fn }, range: c.range };
}

/** Compiles a condition: `true`/`false`, or an expression in a string. `never` says, located,
 *  why it can never hold when the bounds of what it reads rule it out. */
export function compileBool(
  src: string | boolean,
  names: NameTable,
): CompileResult<CompiledBool, { never: ExprError | null }> {
  if (typeof src === 'boolean')
    return { ok: true, value: { source: String(src), run: () => src }, never: null };
  const r = compileSource(src, 'bool', names);
  if (!r.ok) return r;
  const c = r.value as Extract<Compiled, { type: 'bool' }>;
  const v = c.never;
  const whole = r.node.kind === 'binary' && r.node.at === v?.at;
  const never: ExprError | null = !v
    ? null
    : whole
      ? { at: v.at, code: 'W_NEVER_HOLDS', message: `\`${v.text}\` can never hold: ${v.why}` }
      : {
          at: v.at,
          code: 'W_NEVER_HOLDS',
          message: `this condition can never hold: \`${v.text}\` is always ${v.holds}, as ${v.why}`,
        };
  return { ok: true, value: { source: src, run: c.fn }, never };
}

function compileSource(
  src: string,
  type: 'num' | 'bool',
  names: NameTable,
): CompileResult<Compiled, { node: Node }> {
  const parsed = parseExpression(src);
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  const errors: ExprError[] = [];
  const c = expect(compileNode(parsed.node, names, errors), type, 0, errors);
  if (!c || errors.length) return { ok: false, errors };
  return { ok: true, value: c, node: parsed.node };
}
