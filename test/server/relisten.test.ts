// A server whose LISTEN connection to Postgres is lost listens again, and catches up on what it
// was not told meanwhile: its clients see the other process's moves.
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { client, createMatch, testServer, until } from './harness';
import { postgresAvailable, startPostgres, type Cluster } from './postgres';

let cluster: Cluster | null = null;
beforeAll(async () => {
  if (postgresAvailable) cluster = await startPostgres();
}, 60_000);
afterAll(() => cluster?.stop());

/** The backends that listen on the server's channel. */
async function listeners(admin: pg.Client): Promise<number[]> {
  const r = await admin.query<{ pid: number }>(
    "SELECT pid FROM pg_stat_activity WHERE query = 'LISTEN uchronia'",
  );
  return r.rows.map((x) => x.pid);
}

it.skipIf(!postgresAvailable)(
  'listens again after its Postgres connection is cut, and catches up on what it missed',
  async () => {
    const db = cluster!.database('relisten');
    const { server: a } = await testServer(db, undefined, 'a');
    const { server: b } = await testServer(db, undefined, 'b');
    const admin = new pg.Client({ connectionString: db });
    await admin.connect();
    try {
      const made = await createMatch(a, {
        scenario: 'mini',
        seed: 3,
        creator: 'red',
        seats: { red: { kind: 'person' }, blue: { kind: 'person' } },
        pace: { kind: 'live' },
      });
      const red = await client(a, made.match, made.tokens.red!);
      const blue = await client(b, made.match, made.tokens.blue!);
      const before = await listeners(admin);
      expect(before).toHaveLength(2);
      // cut both processes' LISTEN connections, as a database restart or a network cut would
      await admin.query('SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid', [before]);
      // a move made while a cannot hear about it
      await blue.act({ type: 'orders', faction: 'blue', turn: 0, orders: [] });
      await until(() => red.view!.orders.blue === 'given', 'blue’s orders seen on a', 15_000);
      // and both listen again, on new connections
      let after = await listeners(admin);
      for (let i = 0; i < 100 && after.length < 2; i++) {
        await new Promise((r) => setTimeout(r, 50));
        after = await listeners(admin);
      }
      expect(after).toHaveLength(2);
      expect(after.filter((p) => before.includes(p))).toEqual([]);
      // notifications flow again: a's move reaches b's client
      await red.act({ type: 'orders', faction: 'red', turn: 0, orders: [] });
      await until(() => blue.view!.turn === 1 || blue.view!.phase !== 'orders', 'the month on b');
      red.close();
      blue.close();
    } finally {
      await admin.end();
      await a.close();
      await b.close();
    }
  },
  60_000,
);
