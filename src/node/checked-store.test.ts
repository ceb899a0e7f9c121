import { describe, expect, it } from 'vitest';
import { contentHash } from '../engine/format/load';
import { checkedStore } from './checked-store';
import { readScenarioFiles, resolveScenarioDir } from './scenario-dir';

describe('the command line store of checked scenarios', () => {
  it('hashes a scenario as the engine does', () => {
    const files = readScenarioFiles(resolveScenarioDir('red-mexico-1945'));
    const native = checkedStore().sha256Hex!;
    expect(contentHash(files, native)).toBe(contentHash(files));
    const accented = [{ path: 'scenario.yaml', text: 'name: "Révolution — 1945 ✊"\n' }];
    expect(contentHash(accented, native)).toBe(contentHash(accented));
  });
});
