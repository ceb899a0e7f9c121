import { describe, expect, it } from 'vitest';
import { randomPolicy } from '../../ai';
import {
  generatorFrom,
  initialState,
  legalActions,
  seedRng,
  viewFor,
  waitingFor,
} from '../../engine';
import { loadScenarioDir } from '../../node/scenario-dir';
import { liveMatchRow } from '../../../test/server/rows';
import { Live } from './live';

const loaded = loadScenarioDir('red-mexico-1945');
if (!loaded.ok) throw new Error('red-mexico-1945 does not load');
const scenario = loaded.scenario;

describe('Live.snapshotJson', () => {
  it('writes what JSON.stringify writes of the state, snapshot after snapshot', () => {
    let snapshots = 0;
    for (let g = 0; g < 8; g++) {
      const live = new Live(scenario, liveMatchRow(scenario.id, g), [], initialState(scenario, g));
      const rng = generatorFrom(seedRng(g));
      let turn = live.state.turn;
      while (!live.ended) {
        for (const f of waitingFor(scenario, live.state)) {
          const view = viewFor(scenario, live.state, f);
          live.stage([
            { action: randomPolicy.decide(scenario, view, legalActions(scenario, view), rng) },
          ]);
        }
        // (at every month's start, as the host snapshots, and now and then within a month)
        if (live.state.turn !== turn || live.seq % 7 === 0) {
          turn = live.state.turn;
          expect(live.snapshotJson()).toBe(JSON.stringify(live.state));
          snapshots++;
        }
      }
    }
    expect(snapshots).toBeGreaterThan(40);
  });
});
