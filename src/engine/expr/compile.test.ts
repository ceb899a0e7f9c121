import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileBool, type NameTable } from './compile';
import type { EvalContext, GameState, RegionState } from '../types';

const names: NameTable = {
  tracks: new Set(['gold']),
  flags: new Set(['war']),
  derived: new Set(),
  events: new Map(),
  factions: new Set(['red', 'blue']),
  regions: new Set(['north', 'south']),
  characters: new Set(),
  clocks: new Set(),
  tags: new Set(),
  target: true,
};

const ctxOf = (
  regions: Record<string, RegionState>,
  target: string | null,
  war: boolean,
): EvalContext => ({
  scenario: null as never,
  state: { regions, flags: { war }, tracks: { gold: 5 } } as unknown as GameState,
  target,
});

describe('conditions on the target region', () => {
  // Written so that the compiler reads them as tests of the target region, and each with what
  // it must mean, worked out directly.
  const OPS = ['<', '<=', '>', '>='] as const;
  const cmp = (op: (typeof OPS)[number], a: number, b: number) =>
    op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b;

  it('mean what they say, whether the target is a region or not (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('red', 'blue'),
        fc.constantFrom(...OPS),
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom('and', 'or'),
        fc.boolean(),
        fc.record({
          control: fc.constantFrom('red', 'blue'),
          unrest: fc.integer({ min: 0, max: 100 }),
        }),
        fc.constantFrom('north', 'south', 'nowhere', '', null),
        fc.boolean(),
        (faction, op, k, join, withFlag, north, target, war) => {
          const regions = { north, south: { control: 'red', unrest: 50 } };
          const src =
            `(controls(${faction}, target) ${join} unrest(target) ${op} ${k})` +
            (withFlag ? ' and not war' : '');
          const c = compileBool(src, names);
          if (!c.ok) throw new Error(JSON.stringify(c.errors));
          const r = target === null ? undefined : (regions as Record<string, RegionState>)[target];
          const a = r?.control === faction;
          const b = cmp(op, r?.unrest ?? 0, k);
          const expected = (join === 'and' ? a && b : a || b) && (!withFlag || !war);
          expect(c.value.run(ctxOf(regions, target, war))).toBe(expected);
          // legal actions test such a condition on each region's state directly
          if (!withFlag) expect(c.value.onTarget?.(r, target ?? '')).toBe(expected);
          else expect(c.value.onTarget).toBeUndefined();
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('read the target region, not a fixed one', () => {
    const c = compileBool('controls(red, target) and unrest(target) >= 10', names);
    if (!c.ok) throw new Error('compiles');
    const regions = {
      north: { control: 'red', unrest: 20 },
      south: { control: 'blue', unrest: 20 },
    };
    expect(c.value.run(ctxOf(regions, 'north', false))).toBe(true);
    expect(c.value.run(ctxOf(regions, 'south', false))).toBe(false);
  });
});

describe('orders limited by region tags and names', () => {
  const tagged: NameTable = { ...names, tags: new Set(['border', 'city']) };
  const scenario = {
    index: {
      region: new Map([
        ['north', { id: 'north', tags: ['border'] }],
        ['south', { id: 'south', tags: ['city'] }],
      ]),
    },
  };
  const at = (target: string | null): EvalContext => ({
    ...ctxOf({}, target, false),
    scenario: scenario as never,
  });
  const run = (src: string, target: string | null) => {
    const c = compileBool(src, tagged);
    if (!c.ok) throw new Error(JSON.stringify(c.errors));
    return c.value.run(at(target));
  };

  it('has_tag reads the target region’s tags, or a named region’s', () => {
    expect(run('has_tag(target, border)', 'north')).toBe(true);
    expect(run('has_tag(target, border)', 'south')).toBe(false);
    expect(run('has_tag(target, city) or has_tag(target, border)', 'south')).toBe(true);
    expect(run('has_tag(south, city)', null)).toBe(true);
    expect(run('has_tag(target, border)', null)).toBe(false);
  });

  it('tests the target’s tags and name as a test of the region alone, where it knows the tags', () => {
    const withTags: NameTable = {
      ...tagged,
      regionTags: new Map([
        ['north', ['border']],
        ['south', ['city']],
      ]),
    };
    for (const src of [
      'has_tag(target, border)',
      'not has_tag(target, city)',
      'has_tag(target, city) or target == north',
      'target != south and not (unrest(target) > 5)',
    ]) {
      const c = compileBool(src, withTags);
      if (!c.ok) throw new Error(JSON.stringify(c.errors));
      const test = c.value.onTarget;
      expect(test).toBeDefined();
      // the same as the condition run in full, tags read from the scenario
      for (const target of ['north', 'south', 'east'])
        expect([src, target, test!(undefined, target)]).toEqual([src, target, run(src, target)]);
    }
    // the part read from the target's identity alone, and the rest
    const split = (src: string) => {
      const c = compileBool(src, withTags);
      if (!c.ok) throw new Error(JSON.stringify(c.errors));
      return c.value;
    };
    const mixed = split('has_tag(target, border) and controls(red, target) and unrest(target) > 5');
    expect(mixed.split?.rest).toBeTruthy();
    expect(split('has_tag(target, border) or target == south').split?.rest).toBeNull();
    expect(split('has_tag(target, border) or controls(red, target)').split).toBeUndefined();
    expect(split('controls(red, target)').split).toBeUndefined();
    for (const target of ['north', 'south', 'east'])
      for (const control of ['red', 'blue'])
        for (const unrest of [0, 9]) {
          const r = { control, unrest };
          const { fixed, rest } = mixed.split!;
          expect(fixed(target) && rest!(r, target)).toBe(mixed.onTarget!(r, target));
          expect(mixed.onTarget!(r, target)).toBe(
            target === 'north' && control === 'red' && unrest > 5,
          );
        }
  });

  it('compares the target with a region', () => {
    expect(run('target == north', 'north')).toBe(true);
    expect(run('target == north', 'south')).toBe(false);
    expect(run('target != north and not war', 'south')).toBe(true);
    expect(run('north == target', 'north')).toBe(true);
  });

  it('reports a misspelt tag or region with a hint', () => {
    const tag = compileBool('has_tag(target, bordr)', tagged);
    expect(tag.ok).toBe(false);
    if (!tag.ok)
      expect(tag.errors[0]).toMatchObject({
        code: 'E_UNKNOWN_REF',
        hint: expect.stringContaining('border'),
      });
    const region = compileBool('target == nort', tagged);
    expect(region.ok).toBe(false);
    if (!region.ok)
      expect(region.errors[0]).toMatchObject({
        code: 'E_TYPE',
        hint: expect.stringContaining('north'),
      });
    const outside = compileBool('target == north', { ...tagged, target: false });
    expect(outside.ok).toBe(false);
  });
});
