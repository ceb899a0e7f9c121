import { describe, expect, it } from 'vitest';
import { blocked, leftToSpend } from './picks';
import { option, treasury } from '../fixtures.test-data';
import { keyFor } from '../ui/shortcuts';

describe('picks', () => {
  it('counts what is left and why an order cannot be added', () => {
    const a = option();
    const left = leftToSpend([treasury], [a], [{ order: a.order }]);
    expect(left.get('treasury')).toBe(2);
    const x = option({ order: 'x' });
    const free = option({ order: 'y', cost: [] });
    const all = [a, x, free];
    expect(blocked(a, [{ order: a.order }], 2, all, [treasury])).toBe('given');
    expect(blocked(x, [{ order: a.order }], 2, all, [treasury])).toBe('unaffordable');
    expect(blocked(free, [{ order: a.order }], 1, all, [treasury])).toBe('full');
    expect(blocked(free, [], 1, all, [treasury])).toBeNull();
  });
});

describe('shortcuts', () => {
  const key = (k: string, tagName = 'BODY', role: string | null = null) =>
    keyFor({
      key: k,
      ctrlKey: false,
      metaKey: false,
      altKey: false,
      target: { tagName, getAttribute: () => role } as unknown as EventTarget,
    });
  it('reads keys, but not while typing, and leaves Enter to buttons', () => {
    expect(key('E')).toBe('e');
    expect(key('e', 'INPUT')).toBeNull();
    expect(key('Enter')).toBe('Enter');
    expect(key('Enter', 'BUTTON')).toBeNull();
    expect(key('Enter', 'g', 'button')).toBeNull();
  });
});
