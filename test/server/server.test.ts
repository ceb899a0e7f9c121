// The server's suite, run the same on SQLite and on Postgres: play, authority, leaks, deadlines,
// bots, chat, reconnection, rematch, webhooks and restart.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  gameFromReplay,
  legalActions,
  stateHash,
  viewFor,
  type Action,
  type GameView,
} from '../../src/engine';
import type { MatchClient } from '../../src/net/client';
import { updatedLegal, updatedView, type HeldLegal } from '../../src/net/client';
import type { ServerMessage } from '../../src/net/protocol';
import { PUBLIC } from '../../src/server/match/live';
import { setPoster } from '../../src/server/webhook';
import { loadMini } from '../helpers';
import {
  choose,
  client,
  createMatch,
  post,
  rawSocket,
  sqliteUrl,
  testServer,
  until,
} from './harness';
import { postgresAvailable, startPostgres, type Cluster } from './postgres';

const mini = loadMini();

let cluster: Cluster | null = null;
let dbCount = 0;
beforeAll(async () => {
  if (postgresAvailable) cluster = await startPostgres();
}, 60_000);
afterAll(() => cluster?.stop());

const databases: [string, () => string][] = [
  ['sqlite', sqliteUrl],
  ['postgres', () => cluster!.database(`t${++dbCount}`)],
];

const twoSeats = {
  scenario: 'mini',
  seed: 7,
  creator: 'red',
  seats: { red: { kind: 'person' as const }, blue: { kind: 'person' as const } },
  pace: { kind: 'live' as const },
};

async function storedActions(
  server: Awaited<ReturnType<typeof testServer>>['server'],
  match: string,
) {
  return server.host.db
    .selectFrom('actions')
    .selectAll()
    .where('match_id', '=', match)
    .orderBy('seq')
    .execute();
}

/** Plays each client's seat whenever it has to act, until the game ends or `turns` pass. */
async function playAll(clients: MatchClient[], seed: number, stopAtTurn = Infinity) {
  for (let i = 0; i < 10_000; i++) {
    const c0 = clients[0]!;
    if (c0.revealed || (c0.view && c0.view.turn >= stopAtTurn)) return;
    let acted = false;
    for (const c of clients) {
      const a = choose(mini, c, seed + i);
      if (!a) continue;
      const seq = c.seq;
      await c.act(a);
      acted = true;
      await until(() => clients.every((o) => o.seq > seq), 'the update');
    }
    if (!acted) await new Promise((r) => setTimeout(r, 5));
  }
}

describe.each(databases)('server on %s', (name, dbUrl) => {
  const skip = name === 'postgres' && !postgresAvailable;

  it.skipIf(skip)('two people play a game to its end; the log holds every action', async () => {
    const { server } = await testServer(dbUrl());
    try {
      const made = await createMatch(server, twoSeats);
      expect(made.tokens.red).toMatch(/^[A-Za-z0-9_-]{32}$/);
      const red = await client(server, made.match, made.tokens.red!);
      const blue = await client(server, made.match, made.tokens.blue!);
      expect(red.seat).toBe('red');
      await playAll([red, blue], 1);
      expect(red.revealed?.phase).toBe('ended');
      expect(blue.revealed).toEqual(red.revealed);
      const rows = await storedActions(server, made.match);
      expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
      expect(rows.every((r) => r.actor === 'person')).toBe(true);
      const replayed = gameFromReplay(
        mini,
        7,
        rows.map((r) => JSON.parse(r.action) as Action),
      );
      expect(replayed.ok && stateHash(replayed.value.state)).toBe(stateHash(red.revealed!));
      // the seeds never reach the database: only SHA-256 hashes of them
      const seats = await server.host.db.selectFrom('seats').selectAll().execute();
      expect(JSON.stringify(seats)).not.toContain(made.tokens.red);
      red.close();
      blue.close();
    } finally {
      await server.close();
    }
  });

  it.skipIf(skip)(
    'sends the security headers: its content policy, no sniffing, no framing',
    async () => {
      const { server } = await testServer(dbUrl());
      try {
        const r = await fetch(`${server.url}/api/matches`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(twoSeats),
        });
        expect(r.status).toBe(201);
        const policy = r.headers.get('content-security-policy') ?? '';
        expect(policy).toContain("default-src 'self'");
        expect(policy).toContain("worker-src 'self' blob:");
        expect(policy).toContain("connect-src 'self' ws: wss:");
        expect(policy).not.toContain('upgrade-insecure-requests');
        expect(r.headers.get('x-content-type-options')).toBe('nosniff');
        expect(r.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      } finally {
        await server.close();
      }
    },
  );

  it.skipIf(skip)(
    "refuses forged, stale, replayed, oversized, malformed and other seats' messages, changing nothing",
    async () => {
      const { server } = await testServer(dbUrl());
      try {
        const a = await createMatch(server, twoSeats);
        const b = await createMatch(server, twoSeats);
        const s = await rawSocket(server);
        const refused = async (m: unknown, code: string) => {
          const r = await s.send(m);
          expect(r, JSON.stringify(m).slice(0, 80)).toMatchObject({ t: 'refused', code });
        };
        await refused('{not json', 'bad-json');
        await refused({ t: 'act', id: 1, seq: 0, action: {} }, 'malformed');
        await refused(
          {
            t: 'act',
            id: 1,
            seq: 0,
            action: { type: 'orders', faction: 'red', turn: 0, orders: [] },
          },
          'hello-first',
        );
        await refused({ t: 'hello', match: a.match, token: b.tokens.red }, 'bad-token');
        await refused({ t: 'hello', match: 'nope', token: a.tokens.red }, 'unknown-match');
        await refused({ t: 'hello', match: a.match, token: a.tokens.red, since: 99 }, 'ahead');
        await refused({ t: 'hello', match: a.match, token: a.tokens.red, evil: 1 }, 'malformed');
        await refused('x'.repeat(20_000), 'too-large');
        const welcome = await s.send({ t: 'hello', match: a.match, token: a.tokens.red });
        expect(welcome).toMatchObject({ t: 'welcome', seat: 'red', seq: 0 });
        const orders = (faction: string, turn = 0) => ({
          type: 'orders',
          faction,
          turn,
          orders: [],
        });
        await refused({ t: 'act', id: 2, seq: 0, action: orders('blue') }, 'other-seat');
        await refused({ t: 'act', id: 3, seq: 5, action: orders('red') }, 'ahead');
        await refused({ t: 'act', id: 4, seq: 0, action: orders('red', 3) }, 'illegal');
        await refused(
          { t: 'act', id: 5, seq: 0, action: { ...orders('red'), orders: [{ order: 'no_such' }] } },
          'illegal',
        );
        await refused(
          {
            t: 'act',
            id: 6,
            seq: 0,
            action: { ...orders('red'), orders: [{ order: 'x'.repeat(100) }] },
          },
          'malformed',
        );
        await refused(
          '{"t":"act","id":7,"seq":0,"action":{"type":"orders","faction":"red","turn":0,"orders":[],"__proto__":{"x":1}}}',
          'malformed',
        );
        expect(await storedActions(server, a.match)).toHaveLength(0);
        // an accepted action, then the same request replayed, and the same orders again
        expect(await s.send({ t: 'act', id: 8, seq: 0, action: orders('red') })).toMatchObject({
          t: 'ack',
          seq: 1,
        });
        await refused({ t: 'act', id: 8, seq: 1, action: orders('red') }, 'duplicate');
        await refused({ t: 'act', id: 9, seq: 1, action: orders('red') }, 'illegal');
        expect(await storedActions(server, a.match)).toHaveLength(1);
        // blue's orders end the month: red's message built before then is stale
        const blue = await client(server, a.match, a.tokens.blue!);
        await blue.act({ type: 'orders', faction: 'blue', turn: 0, orders: [] });
        await until(() => s.got.some((m) => m.t === 'update' && m.seq === 2), 'the update');
        await refused({ t: 'act', id: 10, seq: 1, action: orders('red', 1) }, 'stale');
        // observers can neither act nor chat
        const o = await rawSocket(server);
        expect(await o.send({ t: 'hello', match: a.match, token: a.observer })).toMatchObject({
          t: 'welcome',
          seat: null,
        });
        expect(await o.send({ t: 'act', id: 1, seq: 2, action: orders('red', 1) })).toMatchObject({
          code: 'observer',
        });
        expect(await o.send({ t: 'chat', id: 2, text: 'hi' })).toMatchObject({ code: 'observer' });
        expect(await o.send({ t: 'control', id: 3, bot: true })).toMatchObject({
          code: 'observer',
        });
        const rows = await storedActions(server, a.match);
        expect(rows.map((r) => r.faction)).toEqual(['red', 'blue']);
        // a revoked link: its open connection ends, a new one is refused; the new link works
        const re = await post<{ token: string }>(server, `/api/matches/${a.match}/reissue`, {
          token: a.tokens.blue,
          faction: 'red',
        });
        expect(re.status).toBe(403);
        const re2 = await post<{ token: string }>(server, `/api/matches/${a.match}/reissue`, {
          token: a.tokens.red,
          faction: 'blue',
        });
        expect(re2.status).toBe(200);
        await until(
          () =>
            blue.onClose !== undefined && !(blue as unknown as { connected: boolean }).connected,
          'blue disconnected',
        );
        const again = await rawSocket(server);
        expect(
          await again.send({ t: 'hello', match: a.match, token: a.tokens.blue }),
        ).toMatchObject({ code: 'bad-token' });
        expect(
          await again.send({ t: 'hello', match: a.match, token: re2.body.token }),
        ).toMatchObject({ t: 'welcome', seat: 'blue' });
        expect(await storedActions(server, a.match)).toHaveLength(2);
        for (const x of [s, o, again]) x.close();
      } finally {
        await server.close();
      }
    },
  );

  it.skipIf(skip)('every frame a seat receives is what its view allows', async () => {
    const { server } = await testServer(dbUrl());
    try {
      for (const seed of [3, 11, 29]) {
        const made = await createMatch(server, {
          ...twoSeats,
          seed,
          seats: { red: { kind: 'person' }, blue: { kind: 'bot', bot: 'random' } },
        });
        const red = await client(server, made.match, made.tokens.red!);
        const obs = await client(server, made.match, made.observer);
        const frames: { who: string; m: ServerMessage }[] = [];
        red.onMessage = (m) => frames.push({ who: 'red', m });
        obs.onMessage = (m) => frames.push({ who: PUBLIC, m });
        const redStart = red.view!;
        const redLegal = red.legal;
        const obsStart = obs.view!;
        const startSeq = { red: red.seq, obs: obs.seq };
        await playAll([red], seed);
        await until(() => obs.revealed !== null, 'the end for the observer');
        const rows = await storedActions(server, made.match);
        const actions = rows.map((r) => JSON.parse(r.action) as Action);
        const stateAt = (seq: number) => {
          const g = gameFromReplay(mini, seed, actions.slice(0, seq));
          if (!g.ok) throw new Error('replay');
          return g.value.state;
        };
        // each seat's view as its frames build it: the welcome's, then changed by each update
        const views = new Map<string, GameView>([
          ['red', redStart],
          [PUBLIC, obsStart],
        ]);
        const legals = new Map<string, HeldLegal>([['red', { legal: redLegal, base: redLegal }]]);
        const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;
        expect(plain(redStart)).toEqual(plain(viewFor(mini, stateAt(startSeq.red), 'red')));
        expect(plain(obsStart)).toEqual(plain(viewFor(mini, stateAt(startSeq.obs), PUBLIC)));
        let checked = 0;
        for (const { who, m } of frames) {
          if (m.t !== 'update') continue;
          const state = stateAt(m.seq);
          const expected = viewFor(mini, state, who);
          const before = views.get(who)!;
          expect(Object.hasOwn(m.delta, 'log')).toBe(false);
          const now = updatedView(before, m);
          views.set(who, now);
          expect(plain(now)).toEqual(plain(expected));
          if (who === PUBLIC) expect(m.legal ?? m.legalDelta ?? null).toBeNull();
          else {
            // absent: as in the frame before
            const held = updatedLegal(legals.get(who)!, m);
            legals.set(who, held);
            expect(plain(held.legal)).toEqual(
              state.phase === 'ended' ? null : plain(legalActions(mini, expected)),
            );
          }
          if (state.phase === 'ended') expect(m.revealed).not.toBeNull();
          else expect(m.revealed).toBeNull();
          checked++;
        }
        // (a seat that cannot act is sent the others' progress a few commits at a time)
        expect(checked).toBeGreaterThan(10);
        red.close();
        obs.close();
      }
    } finally {
      await server.close();
    }
  });

  it.skipIf(skip)(
    "a passed deadline lets the seat's bot play, once; it survives a restart",
    async () => {
      const db = dbUrl();
      const first = await testServer(db);
      let server = first.server;
      const clock = first.clock;
      try {
        const made = await createMatch(server, {
          ...twoSeats,
          seats: { red: { kind: 'person' }, blue: { kind: 'person', bot: 'random' } },
          pace: { kind: 'async', deadlineSeconds: 3600 },
        });
        const red = await client(server, made.match, made.tokens.red!);
        expect(red.deadline).toBe(clock.now() + 3600_000);
        await red.act({ type: 'orders', faction: 'red', turn: 0, orders: [] });
        expect(await server.tick()).toBe(0); // not due yet
        red.close();
        await server.close();
        // restarted: the deadline is still there, and fires when due
        server = (await testServer(db, clock)).server;
        clock.advance(3600_000);
        expect(await server.tick()).toBe(1);
        expect(await server.tick()).toBe(0);
        const rows = await storedActions(server, made.match);
        expect(rows.map((r) => [r.faction, r.actor])).toEqual([
          ['red', 'person'],
          ['blue', 'bot'],
        ]);
        const red2 = await client(server, made.match, made.tokens.red!);
        expect(red2.view!.turn).toBe(1);
        expect(red2.deadline).toBe(clock.now() + 3600_000);
        red2.close();
      } finally {
        await server.close();
      }
    },
  );

  it.skipIf(skip)('a seat handed to its bot is played at once, and can be taken back', async () => {
    const { server } = await testServer(dbUrl());
    try {
      const made = await createMatch(server, twoSeats);
      const red = await client(server, made.match, made.tokens.red!);
      const blue = await client(server, made.match, made.tokens.blue!);
      await blue.handToBot(true);
      await red.act({ type: 'orders', faction: 'red', turn: 0, orders: [] });
      await until(() => red.view!.turn === 1 || red.view!.phase !== 'orders', 'the bot');
      expect(red.match!.seats.find((x) => x.faction === 'blue')!.controller).toBe('bot');
      await expect(
        blue.act({ type: 'orders', faction: 'blue', turn: 1, orders: [] }),
      ).rejects.toMatchObject({ code: 'bot-seat' });
      await blue.handToBot(false);
      const seq = red.seq;
      const a = choose(mini, red, 5);
      if (a) await red.act(a);
      await new Promise((r) => setTimeout(r, 50));
      const rows = await storedActions(server, made.match);
      // blue, a person again, has not been played for
      expect(rows.filter((r) => r.seq > seq && r.faction === 'blue')).toHaveLength(0);
      expect(rows.filter((r) => r.faction === 'blue').every((r) => r.actor === 'bot')).toBe(true);
      red.close();
      blue.close();
    } finally {
      await server.close();
    }
  });

  it.skipIf(skip)('chat between players, with limits, kept with the game', async () => {
    const { server, clock } = await testServer(dbUrl());
    try {
      const made = await createMatch(server, twoSeats);
      const red = await client(server, made.match, made.tokens.red!);
      const blue = await client(server, made.match, made.tokens.blue!);
      const obs = await client(server, made.match, made.observer);
      await red.say('  hola  ');
      await until(() => blue.chat.length === 1, 'the chat line');
      expect(blue.chat[0]).toMatchObject({ faction: 'red', text: 'hola' });
      await expect(red.say('x'.repeat(501))).rejects.toMatchObject({ code: 'chat-too-long' });
      await expect(red.say('   ')).rejects.toMatchObject({ code: 'chat-empty' });
      for (let i = 0; i < 4; i++) await red.say(`m${i}`);
      await expect(red.say('one too many')).rejects.toMatchObject({ code: 'rate-limited' });
      clock.advance(10_001);
      await red.say('later');
      expect(obs.chat).toHaveLength(0);
      const again = await client(server, made.match, made.tokens.blue!);
      expect(again.chat.map((l) => l.text)).toEqual(['hola', 'm0', 'm1', 'm2', 'm3', 'later']);
      for (const c of [red, blue, obs, again]) c.close();
    } finally {
      await server.close();
    }
  });

  it.skipIf(skip)(
    'a client that reconnects gets what it missed; the game ends revealed; rematch',
    async () => {
      const { server } = await testServer(dbUrl());
      try {
        const made = await createMatch(server, twoSeats);
        const red = await client(server, made.match, made.tokens.red!);
        const blue = await client(server, made.match, made.tokens.blue!);
        await playAll([red, blue], 3, 2);
        blue.close();
        await until(() => !(blue as unknown as { connected: boolean }).connected, 'closed');
        const seen = blue.seq;
        const a = choose(mini, red, 1)!;
        await red.act(a);
        await blue.connect();
        const welcome = { seq: blue.seq, view: blue.view };
        expect(welcome.seq).toBe(seen + 1);
        expect(JSON.parse(JSON.stringify(blue.view))).toEqual(
          JSON.parse(
            JSON.stringify(viewFor(mini, (await server.host.open(made.match))!.state, 'blue')),
          ),
        );
        await playAll([red, blue], 9);
        expect(blue.revealed).not.toBeNull();
        expect(blue.revealed!.tracks).toEqual((await server.host.open(made.match))!.state.tracks);
        const r = await post<{ match: string }>(server, `/api/matches/${made.match}/rematch`, {
          token: made.tokens.blue,
        });
        expect(r.status).toBe(200);
        const r2 = await post<{ match: string }>(server, `/api/matches/${made.match}/rematch`, {
          token: made.tokens.red,
        });
        expect(r2.body.match).toBe(r.body.match);
        await until(() => red.match!.rematch === r.body.match, 'the rematch announced');
        const next = await client(server, r.body.match, made.tokens.red!);
        expect(next.seat).toBe('red');
        expect(next.view!.turn).toBe(0);
        for (const c of [red, blue, next]) c.close();
      } finally {
        await server.close();
      }
    },
  );

  it.skipIf(skip)(
    "webhooks are signed posts when it becomes a seat's turn; games list yours first",
    async () => {
      const posts: { url: string; body: string; signature: string }[] = [];
      setPoster(async (url, body, signature) => void posts.push({ url, body, signature }));
      const { server } = await testServer(dbUrl());
      try {
        const made = await createMatch(server, twoSeats);
        const other = await createMatch(server, { ...twoSeats, creator: 'blue' });
        const hook = await post<{ secret: string }>(server, '/api/webhook', {
          token: made.tokens.blue,
          url: 'https://example.invalid/hook',
        });
        expect(hook.status).toBe(200);
        const red = await client(server, made.match, made.tokens.red!);
        const blue = await client(server, made.match, made.tokens.blue!);
        await red.act({ type: 'orders', faction: 'red', turn: 0, orders: [] });
        expect(posts).toHaveLength(0);
        await blue.act({ type: 'orders', faction: 'blue', turn: 0, orders: [] });
        await until(() => posts.length > 0, 'the webhook');
        const p = posts[0]!;
        expect(JSON.parse(p.body)).toMatchObject({
          event: 'your-turn',
          match: made.match,
          faction: 'blue',
          turn: 1,
        });
        expect(p.signature).toBe(
          `sha256=${createHmac('sha256', hook.body.secret).update(p.body).digest('hex')}`,
        );
        await blue
          .act({ type: 'orders', faction: 'blue', turn: 1, orders: [] })
          .catch(() => undefined);
        const games = await post<{ match: string; yourTurn: boolean }[]>(server, '/api/games', {
          tokens: [made.tokens.blue, other.tokens.blue],
        });
        expect(games.body.map((g) => [g.match, g.yourTurn])).toEqual([
          [other.match, true],
          [made.match, blue.legal?.orders != null || (blue.legal?.choices.length ?? 0) > 0],
        ]);
        red.close();
        blue.close();
      } finally {
        setPoster(async () => undefined);
        await server.close();
      }
    },
  );

  it.skipIf(skip)('a restart rebuilds every live match as it was', async () => {
    const db = dbUrl();
    let { server } = await testServer(db);
    try {
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        const made = await createMatch(server, {
          ...twoSeats,
          seed: i,
          seats: { red: { kind: 'person' }, blue: { kind: 'bot', bot: 'random' } },
        });
        const red = await client(server, made.match, made.tokens.red!);
        await playAll([red], i, 3 + i);
        red.close();
        ids.push(made.match);
      }
      // once the bots' last moves are in
      const settled = async (id: string) => {
        const live = (await server.host.open(id))!;
        return live.run(async () => stateHash(live.state));
      };
      const before = await Promise.all(ids.map(settled));
      await server.close();
      server = (await testServer(db)).server;
      expect(server.rebuilt).toBe(5);
      const after = await Promise.all(
        ids.map(async (id) => stateHash((await server.host.open(id))!.state)),
      );
      expect(after).toEqual(before);
    } finally {
      await server.close();
    }
  });

  it.skipIf(skip)(
    'a damaged match keeps neither the server nor the other matches from resuming',
    async () => {
      const db = dbUrl();
      let { server } = await testServer(db);
      try {
        const made = await Promise.all(
          [0, 1].map((seed) => createMatch(server, { ...twoSeats, seed })),
        );
        const [good, bad] = made as [(typeof made)[0], (typeof made)[0]];
        for (const m of made) {
          const red = await client(server, m.match, m.tokens.red!);
          await red.act({ type: 'orders', faction: 'red', turn: 0, orders: [] });
          red.close();
        }
        // the stored record of one match no longer fits its rules
        await server.host.db
          .updateTable('actions')
          .set({ action: JSON.stringify({ type: 'orders', faction: 'red', turn: 9, orders: [] }) })
          .where('match_id', '=', bad.match)
          .execute();
        await server.close();
        server = (await testServer(db)).server;
        expect(server.rebuilt).toBe(1);
        expect(server.broken).toEqual([
          {
            match: bad.match,
            reason: expect.stringContaining(`match ${bad.match}: stored action 1`),
          },
        ]);
        const s = await rawSocket(server);
        expect(await s.send({ t: 'hello', match: bad.match, token: bad.tokens.red })).toMatchObject(
          {
            t: 'refused',
            code: 'damaged-match',
          },
        );
        // the other match plays on
        const blue = await client(server, good.match, good.tokens.blue!);
        await blue.act({ type: 'orders', faction: 'blue', turn: 0, orders: [] });
        expect(blue.seq).toBe(2);
        blue.close();
      } finally {
        await server.close();
      }
    },
  );
});
