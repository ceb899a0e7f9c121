// Compiles the operators: `and`, `or`, arithmetic and comparisons, with the shortcuts that let a
// comparison read the state directly and a condition on the target region test it once.
import type { BoolFn, EvalContext } from '../types';
import { didYouMean } from '../suggest';
import { TARGET } from './functions';
import { type ExprError, type Node } from './parse';
import { show, verdictOf } from './verdict';
import { trackComparison } from './slots';
import { combine, inRange, MAGNITUDE_TEXT, point, saturate } from './numbers';

import {
  describeType,
  expect,
  targetCondition,
  fixedCondition,
  type Compiled,
  type NameTable,
  type TargetTest,
  type TargetSplit,
} from './compiled';

/** `compileOperand` compiles an operand (the tree below this node), in the same table. */
export function compileBinary(
  node: Extract<Node, { kind: 'binary' }>,
  names: NameTable,
  errors: ExprError[],
  compileOperand: (node: Node) => Compiled | null,
): Compiled | null {
  const op = node.op;
  if (op === '==' || op === '!=') {
    const regions = compareRegions(node, names, errors);
    if (regions !== undefined) return regions;
  }
  const left = compileOperand(node.left);
  const right = compileOperand(node.right);
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
    if (lt && rt) {
      const split = splitOf(op, l, r);
      return {
        ...targetCondition(
          op === 'and' ? (x, id) => lt(x, id) && rt(x, id) : (x, id) => lt(x, id) || rt(x, id),
        ),
        ...(split ? { split } : {}),
        ...decided,
      };
    }
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
  if ((a === TARGET) !== (b === TARGET)) {
    const other = a === TARGET ? b! : a!;
    return fixedCondition((id) => (id === other) === same);
  }
  const [l, r] = [region(a!), region(b!)];
  return { type: 'bool', fn: (ctx) => (l(ctx) === r(ctx)) === same };
}

/** The part of `l op r` (both tests of the target) that reads the target's identity alone, and
 *  the rest: of `and`, the parts of each side; of `or`, only where both sides are identity. */
function splitOf(
  op: 'and' | 'or',
  l: Extract<Compiled, { type: 'bool' }>,
  r: Extract<Compiled, { type: 'bool' }>,
): TargetSplit | null {
  const [ls, rs] = [l.split, r.split];
  if (op === 'or') {
    if (ls?.rest !== null || rs?.rest !== null) return null;
    const [a, b] = [ls.fixed, rs.fixed];
    return { fixed: (id) => a(id) || b(id), rest: null };
  }
  if (!ls && !rs) return null;
  const fa = ls?.fixed;
  const fb = rs?.fixed;
  const fixed = fa && fb ? (id: string) => fa(id) && fb(id) : (fa ?? fb)!;
  const ra = ls ? ls.rest : l.onTarget!;
  const rb = rs ? rs.rest : r.onTarget!;
  const rest: TargetTest | null = ra && rb ? (x, id) => ra(x, id) && rb(x, id) : (ra ?? rb);
  return { fixed, rest };
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
    for (let i = 0; i < fs.length; i++) if (!fs[i]!(ctx)) return false;
    return true;
  };
}

function anyOf(fs: readonly BoolFn[]): BoolFn {
  const [a, b, c] = fs as [BoolFn, BoolFn, BoolFn | undefined];
  if (fs.length === 2) return (ctx) => a(ctx) || b(ctx);
  if (fs.length === 3) return (ctx) => a(ctx) || b(ctx) || c!(ctx);
  return (ctx) => {
    for (let i = 0; i < fs.length; i++) if (fs[i]!(ctx)) return true;
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
  if (track !== undefined) return trackComparison(track, op, k);
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
