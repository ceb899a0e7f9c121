// The same scenario, seed and actions give the same game, bit for bit. These hashes pin the games
// of 900 campaigns of each bundled scenario (the random, priority and canon policies on 300 seeds
// each): a change to the engine that means to keep the rules (a faster core, a refactor) must
// leave them as they are. A change to the rules or to a scenario changes them on purpose: then
// update the expectation here, and say so in the commit.
import { describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { stateHash } from '../src/engine';
import { runCampaign } from '../src/analysis/campaign';
import { POLICIES } from '../src/ai';
import { loadBundled } from './helpers';

const EXPECTED: Record<string, string> = {
  'red-mexico-1945': '4f629c664cdb72f3',
  'cuban-missiles-1962': '44020e04ad9922a5',
};

function gamesHash(id: string): string {
  const scenario = loadBundled(id);
  const lines: string[] = [];
  for (const name of ['random', 'priority', 'canon']) {
    const policy = POLICIES.get(name)!;
    const policies = Object.fromEntries(scenario.index.playable.map((f) => [f, policy]));
    for (let seed = 1; seed <= 300; seed++) {
      const { state, actions } = runCampaign(scenario, seed, policies);
      lines.push(`${name} ${seed} ${actions.length} ${stateHash(state)}`);
    }
  }
  return bytesToHex(sha256(utf8ToBytes(lines.join('\n')))).slice(0, 16);
}

describe('the games of 900 campaigns, bit for bit', () => {
  for (const id of Object.keys(EXPECTED))
    it(`are the same as ever in ${id}`, () => {
      expect(gamesHash(id)).toBe(EXPECTED[id]);
    }, 240_000);
});
