// Chat between a match's players (not its observers), with length and rate limits, kept with
// the match.
import { CHAT_BURST, CHAT_WINDOW_MS, MAX_CHAT_CHARS } from '../../net/protocol';
import type { Conn, Live, Outcome } from '../match/live';
import { addChat, chatSince } from '../store';
import type { Bus } from '../bus';
import type { Clock } from '../clock';
import type { Db } from '../db/schema';

/** What chat needs of the host. */
interface Host {
  readonly db: Db;
  readonly clock: Clock;
  readonly bus: Bus;
  readonly process: string;
}

/** A player's chat message: stored, then sent to the match's players. */
export async function chat(host: Host, live: Live, conn: Conn, text: string): Promise<Outcome> {
  if (conn.seat === null) return { ok: false, code: 'observer' };
  const clean = text.trim();
  if (clean.length === 0) return { ok: false, code: 'chat-empty' };
  if ([...clean].length > MAX_CHAT_CHARS) return { ok: false, code: 'chat-too-long' };
  const now = host.clock.now();
  const times = (live.chatTimes.get(conn.seat) ?? []).filter((t) => t > now - CHAT_WINDOW_MS);
  if (times.length >= CHAT_BURST) return { ok: false, code: 'rate-limited' };
  times.push(now);
  live.chatTimes.set(conn.seat, times);
  return live.run(async () => {
    await addChat(host.db, live.id, conn.seat!, clean, now);
    await chatCatchUp(host, live);
    void host.bus.publish({ from: host.process, match: live.id, kind: 'chat' });
    return { ok: true, seq: live.seq };
  });
}

export async function chatCatchUp(host: Host, live: Live): Promise<void> {
  for (const line of await chatSince(host.db, live.id, live.chatSeen)) {
    live.chatSeen = Math.max(live.chatSeen, line.id);
    live.sendChat(line);
  }
}
