import { describe, expect, it } from 'vitest';
import { initialState, viewFor } from '../../engine';
import { loadMini } from '../../../test/helpers';
import { briefingText, warningLines } from './briefing';

const plain = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

describe('the terminal briefing and warnings', () => {
  const scenario = loadMini();

  it('opens the game with the faction’s aims, wants, fears and what ends the game', () => {
    const t = plain(briefingText(scenario, 'red'));
    expect(t).toContain('Hold the capital and keep the people with you.');
    expect(t).toContain('You want: Stalemate (60).');
    expect(t).toContain('You fear: Blue strikes (20); Red falls (0).');
    expect(t).toContain('Red falls (0): Support reaches nothing.');
    expect(t).toContain('After December 1901, if nothing else has ended it: Stalemate (60).');
  });

  it('warns when an ending is near, and only then', () => {
    const state = initialState(scenario, 1);
    expect(warningLines(scenario, viewFor(scenario, state, 'red'))).toEqual([]);
    state.tracks.support = 12;
    expect(warningLines(scenario, viewFor(scenario, state, 'red')).map(plain)).toEqual([
      'Ending near · Red falls (0 for you): Support is about to give out.',
    ]);
  });
});
