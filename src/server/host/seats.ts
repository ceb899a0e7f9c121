// A match's seats as stored: read again after a change (a hand-over to a bot, a new link, a
// rematch), closing the connections of a revoked link, and told to the match's connections.
import type { Live } from '../match/live';
import type { Db } from '../db/schema';

/** Reads the seats again. Inside `live.run`. */
export async function reloadSeats(host: { readonly db: Db }, live: Live): Promise<void> {
  live.seats = await host.db
    .selectFrom('seats')
    .selectAll()
    .where('match_id', '=', live.id)
    .orderBy('faction')
    .execute();
  const m = await host.db
    .selectFrom('matches')
    .select('rematch')
    .where('id', '=', live.id)
    .executeTakeFirst();
  live.rematch = m?.rematch ?? null;
  // a revoked link's connections end now
  for (const conn of [...live.conns])
    if (conn.seat !== null && live.seat(conn.seat)?.token_hash !== conn.tokenHash) {
      live.conns.delete(conn);
      conn.close('bad-token');
    }
  live.sendInfo();
}
