// Two server processes on one Postgres: clients of one match on both see each other's moves
// (LISTEN/NOTIFY); one process is killed, its clients reconnect to the other and nothing is
// lost; a passed deadline fires once, though both processes look for it.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { connect } from '../../src/server/db/connect';
import { client, createMatch, until, wsUrl } from './harness';
import { postgresAvailable, startPostgres, type Cluster } from './postgres';
import { spawnServer, type Child } from './processes';

let cluster: Cluster | null = null;
beforeAll(async () => {
  if (postgresAvailable) cluster = await startPostgres();
}, 60_000);
afterAll(() => cluster?.stop());

const T0 = Date.UTC(2026, 0, 1);

it.skipIf(!postgresAvailable)(
  'two processes serve one match; one dies; the deadline fires once',
  async () => {
    const db = cluster!.database('scaleout');
    const children: Child[] = [];
    try {
      const [a, b] = await Promise.all([spawnServer(db, 'a', T0), spawnServer(db, 'b', T0)]);
      children.push(a!, b!);
      const made = await createMatch(a!, {
        scenario: 'mini',
        seed: 5,
        creator: 'red',
        seats: { red: { kind: 'person' }, blue: { kind: 'person', bot: 'random' } },
        pace: { kind: 'async', deadlineSeconds: 3600 },
      });
      const red = await client(a!, made.match, made.tokens.red!);
      const blue = await client(b!, made.match, made.tokens.blue!);
      const acked: number[] = [];
      acked.push(await red.act({ type: 'orders', faction: 'red', turn: 0, orders: [] }));
      await until(
        () => blue.view!.orders.red === 'given',
        'red’s orders seen on the other process',
      );
      acked.push(await blue.act({ type: 'orders', faction: 'blue', turn: 0, orders: [] }));
      await until(
        () => red.view!.turn === 1 || red.view!.phase !== 'orders',
        'the month seen on a',
      );
      // a dies; red reconnects to b and goes on
      await a!.kill9();
      await until(() => !red.isConnected, 'red cut off');
      red.url = wsUrl(b!);
      await red.connect();
      expect(red.seq).toBe(blue.seq);
      const turn = red.view!.turn;
      if (red.legal?.orders)
        acked.push(await red.act({ type: 'orders', faction: 'red', turn, orders: [] }));
      await until(() => blue.seq === red.seq, 'blue up to date');
      // a comes back; both look for the passed deadline at once
      const a2 = await spawnServer(db, 'a2', T0);
      children.push(a2);
      await Promise.all([a2.ask('advance 3600001'), b!.ask('advance 3600001')]);
      const fired = await Promise.all([a2.ask('tick'), b!.ask('tick'), a2.ask('tick')]);
      expect(fired.map((f) => Number(f.split(' ')[1])).reduce((x, y) => x + y, 0)).toBe(1);
      await until(() => blue.view!.turn > turn, 'the bot’s month');
      const conn = await connect(db);
      try {
        const rows = await conn.db
          .selectFrom('actions')
          .selectAll()
          .where('match_id', '=', made.match)
          .orderBy('seq')
          .execute();
        for (const seq of acked) expect(rows[seq - 1]!.actor).toBe('person');
        const bots = rows.filter((r) => r.actor === 'bot');
        expect(bots.map((r) => [r.faction, JSON.parse(r.action).turn])).toEqual([['blue', turn]]);
      } finally {
        await conn.close();
      }
      red.close();
      blue.close();
    } finally {
      for (const c of children) await c.kill9();
    }
  },
  180_000,
);
