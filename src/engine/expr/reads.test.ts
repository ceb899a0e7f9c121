import { describe, expect, it } from 'vitest';
import { marksOf, readsOf } from './reads';
import { loadMini } from '../../../test/helpers';

const mini = loadMini();
const reads = (source: string) => readsOf(mini, { source });

describe('what an expression reads', () => {
  it('names the tracks and flags it reads, through functions of their arguments alone', () => {
    expect(reads('not crisis')).toEqual({ tracks: [], flags: ['crisis'], more: false });
    expect(reads('support > 10 and max(gold, 3) < clamp(spies, 0, 5) or reform')).toEqual({
      tracks: ['support', 'gold', 'spies'],
      flags: ['reform'],
      more: false,
    });
    expect(reads('stage(tension) >= 1')).toEqual({ tracks: ['tension'], flags: [], more: false });
    expect(reads('has_tag(capital, city) and 3 > 2')).toEqual({
      tracks: [],
      flags: [],
      more: false,
    });
  });

  it('says when it reads more: the date, regions, characters, events, choices', () => {
    for (const source of [
      'clamp(unrest(capital) / -20, -2, 0)',
      '5 + controlled(red)',
      'date >= 1900-06',
      'turn > 2 and crisis',
      'fired(reform_debate)',
      'not chose(reform_debate, refuse)',
      'has_tag(target, city)',
    ])
      expect(reads(source).more, source).toBe(true);
  });

  it('reads what a derived figure reads', () => {
    // strength: `support / 2`, and 10 when `reform == true or fired(…) and not chose(…)`
    const r = reads('strength > 30 and not crisis');
    expect(r.tracks).toEqual(['support']);
    expect(r.flags).toEqual(['reform', 'crisis']);
    expect(r.more).toBe(true);
  });

  it("names the events, characters and regions' control and unrest it reads, unless it reads the date or the target", () => {
    const marks = (source: string) => marksOf(mini, { source });
    expect(marks('fired(reform_debate) and alive(leader) or unrest(capital) > 3')).toEqual({
      tracks: [],
      flags: [],
      events: ['reform_debate'],
      characters: ['leader'],
      control: [],
      unrest: ['capital'],
    });
    expect(marks('controlled(red) > 1')?.control).toEqual(mini.regions.map((r) => r.id));
    expect(marks('controlled(red) > 1')?.unrest).toEqual([]);
    expect(marks('tagged_unrest(rural) > 1')?.unrest).toEqual(
      mini.regions.filter((r) => r.tags.includes('rural')).map((r) => r.id),
    );
    for (const source of ['date >= 1900-06', 'unrest(target) > 2', 'months_since(founding) > 6'])
      expect(marks(source), source).toBeNull();
  });
});
