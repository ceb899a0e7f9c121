import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TestedRegions } from './tested-regions';
import type { RegionState } from '../../types';

const REGIONS = ['north', 'south', 'capital'];
const test = (r: RegionState | undefined, id: string) =>
  r !== undefined && r.control === 'mexico' && (id === 'capital' || r.unrest >= 25);

describe('a test of the target kept region by region', () => {
  it('gives what the test gives, whatever the regions become from one call to the next', () => {
    const state = fc.record({
      control: fc.constantFrom('mexico', 'usa'),
      unrest: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constant(Number.NaN)),
    });
    const step = fc.record({
      j: fc.integer({ min: 0, max: REGIONS.length - 1 }),
      r: fc.option(state, { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const kept = new TestedRegions(test, REGIONS);
        for (const { j, r } of steps) expect(kept.passes(j, r)).toBe(test(r, REGIONS[j]!));
      }),
    );
  });

  it('tests a region again once its unrest or control has changed, and only then', () => {
    let calls = 0;
    const kept = new TestedRegions((r, id) => (calls++, test(r, id)), REGIONS);
    const r: RegionState = { control: 'mexico', unrest: 10 };
    expect(kept.passes(0, r)).toBe(false);
    expect(kept.passes(0, r)).toBe(false);
    expect(calls).toBe(1);
    r.unrest = 30;
    expect(kept.passes(0, r)).toBe(true);
    r.control = 'usa';
    expect(kept.passes(0, r)).toBe(false);
    expect(calls).toBe(3);
  });
});
