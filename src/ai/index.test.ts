// Policies by name, as a save or a command line gives them: untrusted, so bounded.
import { describe, expect, it } from 'vitest';
import { MAX_SEARCH_PLAYOUTS, parsePolicy, policyByName } from './index';

describe('policies by name', () => {
  it('reads the named policies, search budgets and greedy tracks', () => {
    expect(policyByName('canon')?.name).toBe('canon');
    expect(policyByName(`search:${MAX_SEARCH_PLAYOUTS}`)?.name).toBe(
      `search:${MAX_SEARCH_PLAYOUTS}`,
    );
    expect(policyByName('search-all:1')?.name).toBe('search-all:1');
    expect(policyByName('greedy:gold+', ['gold'])?.name).toMatch(/greedy/);
  });

  it('refuses a search budget past the bound, or of nothing, saying why', () => {
    for (const name of ['search-all:99999', `search:${MAX_SEARCH_PLAYOUTS + 1}`, 'search:0']) {
      expect(policyByName(name)).toBeNull();
      const r = parsePolicy(name);
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(r.error).toBe(
          `the policy "${name}" asks for ${Number(name.split(':')[1])} playouts a decision: it may ask for 1 to ${MAX_SEARCH_PLAYOUTS}`,
        );
    }
    expect(policyByName('search:123456789012345678901234567890')).toBeNull();
  });

  it('names an unknown policy or track as such', () => {
    const unknown = parsePolicy('alphazero');
    expect(unknown).toEqual({ ok: false, error: 'unknown policy "alphazero"' });
    const track = parsePolicy('greedy:gild+', ['gold']);
    expect(track).toEqual({ ok: false, error: 'the policy "greedy:gild+" names no track "gild"' });
  });
});
