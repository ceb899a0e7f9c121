import { describe, expect, it } from 'vitest';
import { binOf, binsFor, quantile, valueOf } from './histogram';

describe('histogram', () => {
  it('bins whole-number tracks up to 100 wide exactly, wider ones by steps', () => {
    const b = binsFor(0, 100);
    expect(b.count).toBe(101);
    for (const v of [0, 1, 37, 99, 100]) expect(valueOf(b, binOf(b, v))).toBe(v);
    const wide = binsFor(0, 200);
    expect(wide.count).toBe(101);
    expect(valueOf(wide, binOf(wide, 137))).toBe(138);
    expect(binOf(b, -5)).toBe(0);
    expect(binOf(b, 1e9)).toBe(100);
  });

  it('gives nearest-rank percentiles', () => {
    const b = binsFor(0, 10);
    const hist = new Uint32Array(b.count);
    for (const v of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) hist[binOf(b, v)]!++;
    expect(quantile(b, hist, 0, 0.1)).toBe(1);
    expect(quantile(b, hist, 0, 0.5)).toBe(5);
    expect(quantile(b, hist, 0, 0.9)).toBe(9);
    expect(quantile(b, new Uint32Array(b.count), 0, 0.5)).toBeNull();
  });
});
