// Compiles one node of an expression's tree, and below it the whole tree: numbers, names,
// negations, calls of the language's functions and their arguments. Operators are compiled in
// compile-operators.ts.
import type { EvalContext, Modifier, NumFn } from '../types';
import { didYouMean } from '../suggest';
import { countsDays, MONTHLY, partsOf, tickOf } from '../calendar';
import {
  currentTick,
  FUNCTION_INDEX,
  FUNCTIONS,
  TARGET,
  type Arg,
  type ParamKind,
} from './functions';
import { type ExprError, type Node } from './parse';
import { FULL, inRange, MAGNITUDE_TEXT, negate, point, span } from './numbers';

import {
  expect,
  MAX_TURNS,
  REF_KINDS,
  targetCondition,
  fixedCondition,
  type Compiled,
  type NameTable,
  BUILTIN_VARIABLES,
  sumModifiers,
} from './compiled';
import { compileBinary } from './compile-operators';
import { flagReader, trackReader } from './slots';

export function compileNode(node: Node, names: NameTable, errors: ExprError[]): Compiled | null {
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
      if (flag !== undefined) return { type: 'bool', fn: flagReader(flag, true) };
      const f = arg.fn;
      const test = arg.onTarget;
      const fixed = arg.split?.rest === null ? arg.split.fixed : null;
      if (test)
        return {
          ...(fixed
            ? fixedCondition((id) => !fixed(id))
            : targetCondition((r, id) => !test(r, id))),
          ...(arg.always ? { never: arg.always } : {}),
          ...(arg.never ? { always: arg.never } : {}),
        };
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
      return compileBinary(node, names, errors, (n) => compileNode(n, names, errors));
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
      fn: trackReader(name),
      constant: null,
      range: names.bounds?.get(name) ?? FULL,
      track: name,
    };
  if (names.flags.has(name)) return { type: 'bool', fn: flagReader(name), flag: name };
  if (names.derived.has(name)) {
    // found once for the one scenario this expression is compiled for
    let of: EvalContext['scenario'] | null = null;
    let terms: readonly Modifier[] | null = null;
    return {
      type: 'num',
      fn: (ctx) => {
        if (ctx.scenario !== of) {
          of = ctx.scenario;
          terms = of.index.derived.get(name)?.terms ?? null;
        }
        return terms ? sumModifiers(ctx, terms) : 0;
      },
      constant: null,
      range: FULL,
    };
  }
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
  if (spec.name === 'has_tag' && onTarget(0) && names.regionTags) {
    const tag = args[1]?.kind === 'ref' ? args[1].id : '';
    const tagged = new Set<string>();
    for (const [id, tags] of names.regionTags) if (tags.includes(tag)) tagged.add(id);
    return fixedCondition((id) => tagged.has(id));
  }
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
