import { describe, expect, it } from 'vitest';
import { POLICIES } from '../ai';
import { analyzeCommand } from './analyze/analyze';
import { playCommand } from './play/play';
import { simulateCommand } from './analyze/simulate';

describe('--policy help', () => {
  it.each([
    ['play', playCommand],
    ['simulate', simulateCommand],
    ['analyze', analyzeCommand],
  ])('of %s lists every policy', (_name, cmd) => {
    const help = cmd.helpInformation().replace(/\s+/g, ' ');
    for (const name of [...POLICIES.keys(), 'search:<playouts>', 'search-all:<playouts>'])
      expect(help).toContain(name);
    expect(help).toContain('greedy:<track>+');
  });
});
