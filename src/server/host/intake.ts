// The intents of a match's people, taken in together: each checked with the engine on the state
// the ones before it lead to, all committed in one go, acknowledged once committed.
import type { Checkpoint, Conn, Intent, Live, Outcome, Waiting } from '../match/live';
import type { CommitEntry } from '../store';

/** What the intake needs of the host. */
interface Host {
  commitStaged(
    live: Live,
    from: Checkpoint,
    entries: readonly CommitEntry[],
  ): Promise<Outcome | 'conflict'>;
  playBots(live: Live): Promise<void>;
}

/** The intents waiting in `live.intake`. Inside `live.run`. */
export async function takeIntents(host: Host, live: Live): Promise<void> {
  let waiting: Waiting[] = live.intake.splice(0);
  try {
    for (let attempt = 0; attempt < 3 && waiting.length > 0; attempt++) {
      const from = live.checkpoint();
      const staged: Waiting[] = [];
      for (const w of waiting) {
        const refusal =
          check(live, w.conn, w.intent) ??
          (() => {
            const refused = live.stage([w.intent]);
            return refused ? ({ ok: false, code: 'illegal', detail: refused } as const) : null;
          })();
        if (refusal) w.done(refusal);
        else staged.push(w);
      }
      if (staged.length === 0) return;
      const r = await host.commitStaged(
        live,
        from,
        staged.map((w) => ({
          faction: w.intent.action.faction,
          action: w.intent.action,
          actor: 'person',
        })),
      );
      if (r === 'conflict') {
        // another process moved the match on: check them again on what it did
        waiting = staged;
        continue;
      }
      if (!r.ok) throw new Error(r.code);
      staged.forEach((w, i) => {
        const seq = from.seq + i + 1;
        w.conn.send({ t: 'ack', seq, id: w.intent.id });
        w.done({ ok: true, seq });
      });
      waiting = [];
      await host.playBots(live);
    }
    for (const w of waiting) w.done({ ok: false, code: 'busy' });
  } catch (e) {
    for (const w of waiting) w.done({ ok: false, code: 'busy' });
    throw e;
  }
}

function check(live: Live, conn: Conn, msg: Intent): Exclude<Outcome, { ok: true }> | null {
  if (conn.seat === null) return { ok: false, code: 'observer' };
  if (msg.action.faction !== conn.seat) return { ok: false, code: 'other-seat' };
  if (live.ended) return { ok: false, code: 'game-over' };
  if (live.seat(conn.seat)?.controller === 'bot') return { ok: false, code: 'bot-seat' };
  if (msg.seq > live.seq) return { ok: false, code: 'ahead' };
  if (msg.seq < live.staleBefore(conn.seat)) return { ok: false, code: 'stale' };
  return null;
}
