import { describe, expect, it } from 'vitest';
import { initialState, viewFor } from '../../engine';
import { loadBundled } from '../../../test/helpers';
import { optionLines } from './decision';

describe('a decision in the terminal', () => {
  const scenario = loadBundled('red-mexico-1945');
  const view = viewFor(scenario, initialState(scenario, 1), 'mexico');

  it('tells the endings an option may lead to, as the browser does', () => {
    for (const option of ['break_the_strike', 'meet_the_workers']) {
      const lines = optionLines(scenario, view, 'general_strike', option);
      expect(lines.some((l) => /^\d+% chance: /.test(l))).toBe(true);
      expect(lines).toContain("May lead to an ending: The Kremlin's Shadow");
    }
  });

  it('tells the endings a decision it sets in motion may lead to', () => {
    const ussr = viewFor(scenario, initialState(scenario, 1), 'ussr');
    expect(optionLines(scenario, ussr, 'committees_ready', 'call_the_general_strike')).toContain(
      "May lead to an ending: The Kremlin's Shadow",
    );
    expect(optionLines(scenario, ussr, 'committees_ready', 'not_yet')).not.toContain(
      "May lead to an ending: The Kremlin's Shadow",
    );
  });
});
