// A commit that loses to another process's (both held the match at the same sequence): the
// loser reads the match back, tells its connections what the other committed, and checks its
// intent again on that. Two hosts on one database stand for two processes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomPolicy } from '../../src/ai';
import {
  generatorFrom,
  legalActions,
  seedRng,
  viewFor,
  type GameView,
  type Scenario,
} from '../../src/engine';
import { updatedView } from '../../src/net/client';
import type { ServerMessage } from '../../src/net/protocol';
import { Host } from '../../src/server';
import { connect } from '../../src/server/db/connect';
import { prewritten } from '../../src/server/match/frames';
import type { Conn, Live } from '../../src/server/match/live';
import { createMatch } from '../../src/server/matches';
import { loadScenarioDir } from '../../src/node/scenario-dir';
import { KyselyCommits } from '../../src/server/db/kysely-commits';
import { SqliteCommits } from '../../src/server/db/sqlite-commits';
import { Conflict, type Commit } from '../../src/server/store';
import { sqliteUrl } from './harness';
import { postgresAvailable, startPostgres, type Cluster } from './postgres';

const loaded = loadScenarioDir('red-mexico-1945');
if (!loaded.ok) throw new Error('red-mexico-1945 does not load');
const scenario: Scenario = loaded.scenario;

/** A connection that keeps the view its messages lead to. */
function watcher(live: Live, seat: string) {
  const seen: ServerMessage[] = [];
  let view: GameView | null = null;
  const conn: Conn = {
    seat,
    tokenHash: '',
    send: (m) => {
      // as over a socket: what is sent is what it was when sent
      const copy = JSON.parse(prewritten.get(m) ?? JSON.stringify(m)) as ServerMessage;
      seen.push(copy);
      if (copy.t === 'update') {
        view = updatedView(view!, copy);
      }
    },
    close: () => undefined,
  };
  live.conns.add(conn);
  view = JSON.parse(JSON.stringify(live.welcome(seat).view)) as GameView;
  return { conn, seen, view: () => view! };
}

describe('a commit another process took first', () => {
  it('is read back, told to the connections, and the intent checked again on it', async () => {
    const connection = await connect(sqliteUrl());
    const a = new Host({ db: connection.db, scenario: () => scenario, process: 'a' });
    const b = new Host({ db: connection.db, scenario: () => scenario, process: 'b' });
    const made = await createMatch(a, scenario, {
      scenario: scenario.id,
      creator: 'mexico',
      seats: { mexico: { kind: 'person' }, usa: { kind: 'person' }, ussr: { kind: 'person' } },
      pace: { kind: 'live' },
      seed: 5,
    });
    const onA = (await a.open(made.match))!;
    const onB = (await b.open(made.match))!;
    const usa = watcher(onA, 'usa');
    const rng = generatorFrom(seedRng(1));
    const orders = (live: Live, f: string) => {
      const view = viewFor(scenario, live.state, f);
      return randomPolicy.decide(scenario, view, legalActions(scenario, view), rng);
    };
    const mexico: Conn = {
      seat: 'mexico',
      tokenHash: '',
      send: () => undefined,
      close: () => undefined,
    };
    expect(await b.act(onB, mexico, { id: 1, seq: 0, action: orders(onB, 'mexico') })).toEqual({
      ok: true,
      seq: 1,
    });
    // host a still holds the match at sequence 0
    expect(onA.seq).toBe(0);
    const r = await a.act(onA, usa.conn, { id: 1, seq: 0, action: orders(onA, 'usa') });
    expect(r).toEqual({ ok: true, seq: 2 });
    const updates = usa.seen.filter((m) => m.t === 'update');
    expect(updates.map((m) => m.t === 'update' && m.by.map((x) => x.faction))).toEqual([
      ['mexico'],
      ['usa'],
    ]);
    const stored = await connection.db
      .selectFrom('actions')
      .select(['seq', 'faction'])
      .where('match_id', '=', made.match)
      .orderBy('seq')
      .execute();
    expect(stored).toEqual([
      { seq: 1, faction: 'mexico' },
      { seq: 2, faction: 'usa' },
    ]);
    // the connection's view is the seat's view of the state as committed
    const fresh = await new Host({ db: connection.db, scenario: () => scenario }).open(made.match);
    expect(JSON.parse(JSON.stringify(fresh!.state))).toEqual(JSON.parse(JSON.stringify(onA.state)));
    expect(usa.view()).toEqual(JSON.parse(JSON.stringify(viewFor(scenario, onA.state, 'usa'))));
    await connection.close();
  });
});

let cluster: Cluster | null = null;
beforeAll(async () => {
  if (postgresAvailable) cluster = await startPostgres();
}, 60_000);
afterAll(() => cluster?.stop());

describe.each([
  ['sqlite', sqliteUrl],
  ['postgres', () => cluster!.database('batch')],
] as const)('commits written together on %s', (name, url) => {
  it.skipIf(name === 'postgres' && !postgresAvailable)(
    'are each undone alone when they conflict',
    async () => {
      const connection = await connect(url());
      try {
        const host = new Host({ db: connection.db, scenario: () => scenario });
        const req = {
          scenario: scenario.id,
          creator: 'mexico',
          seats: { mexico: { kind: 'person' }, usa: { kind: 'person' }, ussr: { kind: 'person' } },
          pace: { kind: 'live' },
        } as const;
        // on Postgres in one statement, and as on SQLite; on SQLite through Kysely, and on
        // the database's own connection as a server does (SqliteCommits)
        const batchers =
          name === 'postgres'
            ? [new KyselyCommits(connection.db, true), new KyselyCommits(connection.db, false)]
            : [
                new KyselyCommits(connection.db, false),
                new SqliteCommits(connection.db, connection.sqlite!),
              ];
        for (const batcher of batchers) {
          const ids = [];
          for (let i = 0; i < 3; i++) ids.push((await createMatch(host, scenario, req)).match);
          const live = (await host.open(ids[0]!))!;
          const action = (() => {
            const view = viewFor(scenario, live.state, 'mexico');
            return randomPolicy.decide(
              scenario,
              view,
              legalActions(scenario, view),
              generatorFrom(seedRng(2)),
            );
          })();
          const commitAt = (match: string, fromSeq: number): Commit => ({
            match,
            fromSeq,
            entries: [{ faction: 'mexico', action, actor: 'person' }],
            at: 1,
            turn: 0,
            ended: false,
            snapshot: null,
            deadline: 'keep',
          });
          // arriving together: one transaction; the middle one was built on a sequence taken
          const outcomes = await Promise.allSettled([
            batcher.commit(commitAt(ids[0]!, 0)),
            batcher.commit(commitAt(ids[1]!, 5)),
            batcher.commit(commitAt(ids[2]!, 0)),
          ]);
          expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
          expect((outcomes[1] as PromiseRejectedResult).reason).toBeInstanceOf(Conflict);
          const rows = await connection.db
            .selectFrom('matches')
            .select(['id', 'seq'])
            .where('id', 'in', ids)
            .execute();
          expect(new Map(rows.map((r) => [r.id, r.seq]))).toEqual(
            new Map([
              [ids[0], 1],
              [ids[1], 0],
              [ids[2], 1],
            ]),
          );
          const actions = await connection.db
            .selectFrom('actions')
            .select('match_id')
            .where('match_id', 'in', ids)
            .execute();
          expect(actions.map((a) => a.match_id).sort()).toEqual([ids[0], ids[2]].sort());
        }
      } finally {
        await connection.close();
      }
    },
  );
});
