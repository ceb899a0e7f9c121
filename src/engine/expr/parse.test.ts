import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_EXPRESSION_DEPTH, parseDate, parseExpression } from './parse';

describe('parseExpression', () => {
  it('gives `and` looser binding than comparison and arithmetic', () => {
    const r = parseExpression('a + 2 * b > 3 and not c or d');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.node.kind).toBe('binary');
    expect(r.node.kind === 'binary' && r.node.op).toBe('or');
    const left = r.node.kind === 'binary' ? r.node.left : null;
    expect(left?.kind === 'binary' && left.op).toBe('and');
  });

  it('reads dates as dates and subtraction as subtraction', () => {
    const date = parseExpression('date >= 1946-03');
    expect(date.ok && date.node.kind === 'binary' && date.node.right.kind).toBe('date');
    const minus = parseExpression('1946 - 3');
    expect(minus.ok && minus.node.kind === 'binary' && minus.node.op).toBe('-');
  });

  it('locates syntax errors at the offending character', () => {
    expect(parseExpression('support = 3')).toMatchObject({
      ok: false,
      error: { at: 8, code: 'E_SYNTAX', hint: 'compare with `==`' },
    });
    expect(parseExpression('a && b')).toMatchObject({
      ok: false,
      error: { at: 2, hint: 'write `and` / `or`' },
    });
    expect(parseExpression('min(a, ')).toMatchObject({ ok: false, error: { at: 7 } });
    expect(parseExpression('1 < 2 < 3')).toMatchObject({
      ok: false,
      error: { at: 6, message: 'comparisons cannot be chained' },
    });
    expect(parseExpression('1946-13 > date')).toMatchObject({
      ok: false,
      error: { code: 'E_BAD_DATE' },
    });
  });

  it('refuses deep nesting and long sources', () => {
    const deep = '('.repeat(MAX_EXPRESSION_DEPTH + 1) + '1' + ')'.repeat(MAX_EXPRESSION_DEPTH + 1);
    expect(parseExpression(deep)).toMatchObject({ ok: false, error: { code: 'E_TOO_DEEP' } });
    expect(parseExpression('not '.repeat(100) + 'x')).toMatchObject({
      ok: false,
      error: { code: 'E_TOO_DEEP' },
    });
    expect(parseExpression('1 + '.repeat(300) + '1')).toMatchObject({
      ok: false,
      error: { code: 'E_TOO_LONG' },
    });
  });

  it('never throws, and locates every error inside the source', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (src) => {
        const r = parseExpression(src);
        if (!r.ok) {
          expect(r.error.at).toBeGreaterThanOrEqual(0);
          expect(r.error.at).toBeLessThanOrEqual(src.length);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on token soup', () => {
    const token = fc.constantFrom(
      'a',
      '1',
      '(',
      ')',
      ',',
      'and',
      'or',
      'not',
      '-',
      '+',
      '*',
      '/',
      '==',
      '<',
      'f(',
      '1946-03',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 80 }), (tokens) => {
        const src = tokens.join(' ');
        const r = parseExpression(src);
        if (!r.ok) expect(r.error.at).toBeLessThanOrEqual(src.length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseDate', () => {
  it('accepts real dates only', () => {
    expect(parseDate('1948-06-12')).toEqual({ month: 1948 * 12 + 5, day: 12 });
    expect(parseDate('1948-02-30')).toBeNull();
    expect(parseDate('1948-13')).toBeNull();
    expect(parseDate('1948-02')).toEqual({ month: 1948 * 12 + 1, day: null });
  });
});
