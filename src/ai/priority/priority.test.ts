import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ranked } from './priority';

/** What the bot walks through: options best first, up to the first one worth nothing. */
const walked = <T extends { score: number }>(list: readonly T[]) => {
  const end = list.findIndex((s) => s.score <= 0);
  return end < 0 ? list : list.slice(0, end);
};

describe('ranked', () => {
  it('walks the options as sorting them all by score does, NaN and ties included', () => {
    const score = fc.oneof(
      fc.double(),
      fc.constantFrom(0, -0, 1, -1, NaN, Infinity, -Infinity),
      fc.integer({ min: -3, max: 3 }),
    );
    fc.assert(
      fc.property(fc.array(score, { maxLength: 40 }), (scores) => {
        const scored = scores.map((s, i) => ({ score: s, i }));
        const sorted = [...scored].sort((a, b) => b.score - a.score);
        expect(walked(ranked([...scored])).map((s) => s.i)).toEqual(walked(sorted).map((s) => s.i));
      }),
      { numRuns: 2000 },
    );
  });
});
