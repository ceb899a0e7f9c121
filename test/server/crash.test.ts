// kill -9 of a server while its clients send actions, over many trials, on SQLite and Postgres:
// after the restart every acknowledged action is there, nothing is half-applied, and clients
// resynchronise and go on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gameFromReplay, stateHash, viewFor, type Action } from '../../src/engine';
import type { MatchClient } from '../../src/net/client';
import { connect } from '../../src/server/db/connect';
import { loadMini } from '../helpers';
import { choose, client, createMatch, sqliteUrl } from './harness';
import { postgresAvailable, startPostgres, type Cluster } from './postgres';
import { spawnServer, type Child } from './processes';

const mini = loadMini();
const TRIALS = 6;
let cluster: Cluster | null = null;
beforeAll(async () => {
  if (postgresAvailable) cluster = await startPostgres();
}, 60_000);
afterAll(() => cluster?.stop());

const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

async function check(db: string, acked: Map<string, Map<number, Action>>) {
  const conn = await connect(db);
  try {
    for (const [match, acks] of acked) {
      const rows = await conn.db
        .selectFrom('actions')
        .selectAll()
        .where('match_id', '=', match)
        .orderBy('seq')
        .execute();
      const m = await conn.db
        .selectFrom('matches')
        .selectAll()
        .where('id', '=', match)
        .executeTakeFirstOrThrow();
      expect(m.seq).toBe(rows.length);
      expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
      for (const [seq, action] of acks)
        expect(JSON.parse(rows[seq - 1]!.action)).toEqual(plain(action));
      const actions = rows.map((r) => JSON.parse(r.action) as Action);
      const g = gameFromReplay(mini, 7, actions);
      expect(g.ok).toBe(true);
      const snap = await conn.db
        .selectFrom('snapshots')
        .selectAll()
        .where('match_id', '=', match)
        .executeTakeFirst();
      if (snap) {
        const at = gameFromReplay(mini, 7, actions.slice(0, snap.seq));
        expect(at.ok && stateHash(at.value.state)).toBe(stateHash(JSON.parse(snap.state)));
      }
    }
  } finally {
    await conn.close();
  }
}

describe.each([
  ['sqlite', () => sqliteUrl()],
  ['postgres', () => cluster!.database(`crash${Date.now()}`)],
] as const)('kill -9 on %s', (name, dbUrl) => {
  it.skipIf(name === 'postgres' && !postgresAvailable)(
    `loses no acknowledged action over ${TRIALS} trials`,
    async () => {
      const db = dbUrl();
      const acked = new Map<string, Map<number, Action>>();
      let clients: MatchClient[] = [];
      let child: Child = await spawnServer(db, 'a', Date.UTC(2026, 0, 1));
      let total = 0;
      try {
        for (let trial = 0; trial < TRIALS; trial++) {
          for (let i = 0; i < 2; i++) {
            const made = await createMatch(child, {
              scenario: 'mini',
              seed: 7,
              creator: 'red',
              seats: { red: { kind: 'person' }, blue: { kind: 'person' } },
              pace: { kind: 'live' },
            });
            acked.set(made.match, new Map());
            for (const f of ['red', 'blue'])
              clients.push(await client(child, made.match, made.tokens[f]!));
          }
          let alive = true;
          const loops = clients.map(async (c, k) => {
            for (let n = 0; alive; n++) {
              const a = !c.isConnected ? null : choose(mini, c, trial * 1000 + k * 100 + n);
              if (!a) {
                await new Promise((r) => setTimeout(r, 2));
                continue;
              }
              try {
                const seq = await c.act(a);
                acked.get(c.match!.id)!.set(seq, a);
              } catch {
                // refused (a stale view) or cut off by the kill: not acknowledged
              }
            }
          });
          await new Promise((r) => setTimeout(r, 150 + Math.random() * 400));
          await child.kill9();
          alive = false;
          await Promise.all(loops);
          await check(db, acked);
          child = await spawnServer(db, 'a', Date.UTC(2026, 0, 1));
          // every client resynchronises with the restarted server and goes on
          for (const c of clients) {
            c.url = `${child.url.replace(/^http/, 'ws')}/ws`;
            await c.connect();
          }
          const live = new Map<string, number>();
          const conn = await connect(db);
          for (const id of acked.keys()) {
            const r = await conn.db
              .selectFrom('matches')
              .select('seq')
              .where('id', '=', id)
              .executeTakeFirstOrThrow();
            live.set(id, r.seq);
          }
          await conn.close();
          for (const c of clients) {
            expect(c.seq).toBe(live.get(c.match!.id));
            const rows = [...acked.get(c.match!.id)!.keys()];
            total += rows.length;
            const game = gameFromReplay(
              mini,
              7,
              await (async () => {
                const cn = await connect(db);
                const rs = await cn.db
                  .selectFrom('actions')
                  .select('action')
                  .where('match_id', '=', c.match!.id)
                  .orderBy('seq')
                  .execute();
                await cn.close();
                return rs.map((r) => JSON.parse(r.action) as Action);
              })(),
            );
            if (!game.ok) throw new Error('replay');
            if (game.value.state.phase === 'ended') expect(c.revealed).not.toBeNull();
            else expect(plain(c.view)).toEqual(plain(viewFor(mini, game.value.state, c.seat!)));
          }
          // and goes on: an action after the restart is acknowledged
          const going = clients.find((c) => choose(mini, c, 1) !== null);
          if (going) await expect(going.act(choose(mini, going, 1)!)).resolves.toBeGreaterThan(0);
          if (trial % 2 === 1) {
            for (const c of clients) c.close();
            clients = [];
          }
        }
        expect(total).toBeGreaterThan(TRIALS * 4);
      } finally {
        for (const c of clients) c.close();
        await child.kill9();
      }
    },
    240_000,
  );
});
