import { describe, expect, it } from 'vitest';
import { compileNum, type NameTable } from './compile';
import type { EvalContext, GameState, RegionState, Scenario } from '../types';

const names: NameTable = {
  tracks: new Set(),
  flags: new Set(),
  derived: new Set(),
  events: new Map(),
  factions: new Set(['red', 'blue']),
  regions: new Set(['a', 'b', 'c']),
  characters: new Set(),
  clocks: new Set(),
  tags: new Set(['coast']),
  target: false,
};
const scenario = {
  regions: [
    { id: 'a', tags: ['coast'] },
    { id: 'b', tags: [] },
    { id: 'c', tags: ['coast'] },
  ],
} as unknown as Scenario;
const at = (regions: Record<string, RegionState>): EvalContext => ({
  scenario,
  state: { regions } as unknown as GameState,
  target: null,
});
const num = (src: string) => {
  const c = compileNum(src, names);
  if (!c.ok) throw new Error(JSON.stringify(c.errors));
  return c.value.run;
};

describe('the functions that read every region', () => {
  it('read each region as it is now, in place or in a copy of the record', () => {
    const controlled = num('controlled(red)');
    const coast = num('tagged_unrest(coast)');
    const regions: Record<string, RegionState> = {
      a: { control: 'red', unrest: 10 },
      b: { control: 'red', unrest: 90 },
      c: { control: 'blue', unrest: 30 },
    };
    expect(controlled(at(regions))).toBe(2);
    expect(coast(at(regions))).toBe(20);
    // the engine changes a region in place
    regions.a!.control = 'blue';
    regions.c!.unrest = 50;
    expect(controlled(at(regions))).toBe(1);
    expect(coast(at(regions))).toBe(30);
    // another record, then the first again
    const copy = Object.fromEntries(
      Object.entries(regions).map(([id, r]) => [id, { ...r, control: 'red' }]),
    );
    expect(controlled(at(copy))).toBe(3);
    expect(controlled(at(regions))).toBe(1);
    // a region the state lacks counts for nothing
    expect(controlled(at({ b: { control: 'red', unrest: 0 } }))).toBe(1);
    expect(coast(at({ b: { control: 'red', unrest: 0 } }))).toBe(0);
  });
});
