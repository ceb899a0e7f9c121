// One WebSocket connection: the hello that opens a seat, then intents, chat and control, each
// checked against the protocol's schemas. Every refusal names its code; none changes anything.
import { TypeCompiler } from '@sinclair/typebox/compiler';
import type { WebSocket } from 'ws';
import {
  ClientMessage,
  MAX_MESSAGE_BYTES,
  type Refusal,
  type ServerMessage,
} from '../../net/protocol';
import { chat } from '../host/chat';
import type { Host } from '../host/host';
import { reloadSeats } from '../host/seats';
import { prewritten } from '../match/frames';
import type { Conn, Live } from '../match/live';
import { chatSince } from '../store';
import { hashToken } from '../tokens';

const check = TypeCompiler.Compile(ClientMessage);

/** Request ids a connection remembers, to refuse a replayed message. */
const MAX_REMEMBERED_IDS = 4096;

/** A message sent to many connections (an update to every connection of a seat) is written
 *  as JSON once (an update, as it was made); an ack, sent once, is written from its members,
 *  its object left as it is. */
function json(m: ServerMessage): string {
  if (m.t === 'ack') return `{"t":"ack","seq":${m.seq},"id":${m.id}}`;
  let s = prewritten.get(m);
  if (s === undefined) prewritten.set(m, (s = JSON.stringify(m)));
  return s;
}

/** A connection's messages of one tick as one text frame's bytes (a JSON list if several),
 *  encoded here at once: handed a string, the socket measures its bytes, flattening it, then
 *  copies it again into a buffer of its own as it writes (some 6 k instructions more a frame
 *  than its bytes made here, counted under cachegrind over loopback). */
function frameBytes(messages: readonly string[]): Buffer {
  return Buffer.from(messages.length === 1 ? messages[0]! : `[${messages.join(',')}]`);
}

/** The connections with messages waiting (their flushes), all written by one callback once the
 *  work at hand is done: a callback per connection cost more than its write's bookkeeping. */
const outboxes: (() => void)[] = [];
function flushOutboxes(): void {
  for (let i = 0; i < outboxes.length; i++) outboxes[i]!();
  outboxes.length = 0;
}

export function serveSocket(host: Host, socket: WebSocket): void {
  let live: Live | null = null;
  let conn: Conn | null = null;
  let opening = false;
  const used = new Set<number>();
  // What arises together for this connection (a batch of commits' updates, the ack after its
  // own update) leaves in one frame, once the work at hand is done: a write to the socket costs
  // more than the bytes it carries.
  let outbox: string[] = [];
  const flush = () => {
    const messages = outbox;
    outbox = [];
    if (socket.readyState === socket.OPEN) socket.send(frameBytes(messages), { binary: false });
  };
  const send = (m: ServerMessage) => {
    if (socket.readyState !== socket.OPEN) return;
    if (outbox.push(json(m)) === 1 && outboxes.push(flush) === 1) process.nextTick(flushOutboxes);
  };
  const refuse = (code: Refusal, id: number | null = null, detail?: string) =>
    send({ t: 'refused', seq: live?.seq ?? 0, id, code, ...(detail ? { detail } : {}) });

  socket.on('message', (data, isBinary) => {
    const bytes = Array.isArray(data)
      ? data.reduce((n, b) => n + b.length, 0)
      : (data as Buffer | ArrayBuffer).byteLength;
    if (bytes > MAX_MESSAGE_BYTES) return refuse('too-large');
    if (isBinary) return refuse('malformed');
    let msg: unknown;
    try {
      msg = JSON.parse(String(data));
    } catch {
      return refuse('bad-json');
    }
    if (!check.Check(msg)) {
      const first = check.Errors(msg).First();
      const id = (msg as { id?: unknown })?.id;
      return refuse(
        'malformed',
        typeof id === 'number' && Number.isSafeInteger(id) ? id : null,
        first ? `${first.path || '/'}: ${first.message}` : undefined,
      );
    }
    void handle(msg).catch((e: unknown) => {
      process.stderr.write(`socket: ${(e as Error).stack ?? e}\n`);
      refuse('busy');
    });
  });

  socket.on('close', () => {
    if (live && conn) live.conns.delete(conn);
  });

  async function handle(msg: ClientMessage): Promise<void> {
    if (msg.t === 'hello') {
      if (conn || opening) return refuse('duplicate');
      opening = true;
      try {
        await hello(msg);
      } finally {
        opening = false;
      }
      return;
    }
    if (!live || !conn) return refuse('hello-first', msg.id);
    if (used.has(msg.id)) return refuse('duplicate', msg.id);
    if (used.size >= MAX_REMEMBERED_IDS) used.delete(used.values().next().value!);
    used.add(msg.id);
    if (msg.t === 'act') {
      const r = await host.act(live, conn, msg);
      if (!r.ok) refuse(r.code, msg.id, r.detail);
    } else if (msg.t === 'chat') {
      const r = await chat(host, live, conn, msg.text);
      if (r.ok) send({ t: 'ack', seq: r.seq, id: msg.id });
      else refuse(r.code, msg.id);
    } else {
      if (conn.seat === null) return refuse('observer', msg.id);
      await host.control(live, conn.seat, msg.bot);
      send({ t: 'ack', seq: live.seq, id: msg.id });
    }
  }

  async function hello(msg: Extract<ClientMessage, { t: 'hello' }>): Promise<void> {
    let m: Live | null;
    try {
      m = await host.open(msg.match);
    } catch (e) {
      return refuse('damaged-match', null, (e as Error).message);
    }
    if (!m) return refuse('unknown-match');
    const hash = hashToken(msg.token);
    await m.run(async () => {
      // the seats as stored now: a link revoked by another process is refused too
      await reloadSeats(host, m);
      const seat = m.seats.find((s) => s.token_hash === hash);
      let observer = false;
      if (!seat) {
        const o = await host.db
          .selectFrom('observers')
          .select('token_hash')
          .where('match_id', '=', m.id)
          .executeTakeFirst();
        observer = o?.token_hash === hash;
        if (!observer) return refuse('bad-token');
      }
      await host.catchUp(m);
      if (msg.since !== undefined && msg.since > m.seq) return refuse('ahead');
      const faction = seat?.faction ?? null;
      live = m;
      conn = {
        seat: faction,
        tokenHash: hash,
        send,
        close: (reason) => {
          refuse(reason as Refusal);
          // after the refusal has left
          process.nextTick(() => socket.close(4001, reason));
        },
      };
      m.conns.add(conn);
      const since = msg.since ?? 0;
      const { view, legal } = m.welcome(faction);
      send({
        t: 'welcome',
        seq: m.seq,
        seat: faction,
        match: m.info(),
        missed: Math.max(0, m.seq - since),
        view,
        revealed: m.ended ? m.state : null,
        legal,
        chat: faction === null ? null : await chatSince(host.db, m.id, 0),
      });
    });
  }
}
