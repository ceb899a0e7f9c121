// The search bots decide on a worker thread; the action log is the same as when they decide on
// the event loop.
import { describe, expect, it } from 'vitest';
import { randomPolicy } from '../../src/ai';
import { generatorFrom, legalActions, seedRng, viewFor, waitingFor } from '../../src/engine';
import { startServer } from '../../src/server';
import type { Conn } from '../../src/server/match/live';
import { createMatch } from '../../src/server/matches';
import { SCENARIOS, sqliteUrl } from './harness';

async function actionLog(botThreads: number) {
  const server = await startServer({
    db: sqliteUrl(),
    scenarios: SCENARIOS,
    tickMs: 0,
    botThreads,
  });
  try {
    const scenario = server.host.scenarioFor('red-mexico-1945')!;
    const made = await createMatch(server.host, scenario, {
      scenario: 'red-mexico-1945',
      seed: 12,
      creator: 'mexico',
      seats: {
        mexico: { kind: 'person' },
        usa: { kind: 'bot', bot: 'search-all:2' },
        ussr: { kind: 'bot', bot: 'search:3' },
      },
      pace: { kind: 'live' },
    });
    const live = (await server.host.open(made.match))!;
    const conn: Conn = {
      seat: 'mexico',
      tokenHash: '',
      send: () => undefined,
      close: () => undefined,
    };
    const rng = generatorFrom(seedRng(5));
    for (let id = 1; live.state.turn < 3 && !live.ended; id++) {
      await live.run(async () => undefined); // the bots' moves are in
      expect(waitingFor(scenario, live.state)).toContain('mexico');
      const view = viewFor(scenario, live.state, 'mexico');
      const action = randomPolicy.decide(scenario, view, legalActions(scenario, view), rng);
      expect(await server.host.act(live, conn, { id, seq: live.seq, action })).toMatchObject({
        ok: true,
      });
    }
    await live.run(async () => undefined);
    return await server.connection.db
      .selectFrom('actions')
      .select(['seq', 'faction', 'action', 'actor'])
      .where('match_id', '=', made.match)
      .orderBy('seq')
      .execute();
  } finally {
    await server.close();
  }
}

describe('bots on worker threads', () => {
  it('play the moves they play on the event loop: the same action log', async () => {
    const there = await actionLog(1);
    const here = await actionLog(0);
    expect(there.filter((r) => r.actor === 'bot').length).toBeGreaterThan(4);
    expect(there).toEqual(here);
  }, 120_000);
});
