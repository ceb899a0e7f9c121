// Checks an expression tree against the names a scenario declares, then compiles it once into
// closures. Names resolve at compile time; evaluation never looks anything up by a string that
// came from the file, so no expression can reach a JavaScript object or prototype.
import type { CompiledBool, CompiledNum } from '../types';
import { parseExpression, type ExprError, type Node } from './parse';
import { inRange, MAGNITUDE_TEXT, point, type Interval } from './numbers';
import { expect, type Compiled, type NameTable } from './compiled';
import { compileNode } from './compile-node';

export { BUILTIN_VARIABLES, sumModifiers, type NameTable } from './compiled';

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
  const hint = 'change the comparison, or the bounds (`min`, `max`) of what it reads';
  const never: ExprError | null = !v
    ? null
    : whole
      ? { at: v.at, code: 'W_NEVER_HOLDS', message: `\`${v.text}\` can never hold: ${v.why}`, hint }
      : {
          at: v.at,
          code: 'W_NEVER_HOLDS',
          message: `this condition can never hold: \`${v.text}\` is always ${v.holds}, as ${v.why}`,
          hint,
        };
  const value: CompiledBool = c.onTarget
    ? c.split
      ? { source: src, run: c.fn, onTarget: c.onTarget, split: c.split }
      : { source: src, run: c.fn, onTarget: c.onTarget }
    : { source: src, run: c.fn };
  return { ok: true, value, never };
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
