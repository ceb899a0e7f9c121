// Reading a match from the database into a process's memory: its rows, its last snapshot and
// the actions committed after it, replayed in place on the process's own copy of the state.
import { cloneState, type GameState, type Scenario } from '../../engine';
import type { Db } from '../db/schema';
import { Live } from './live';
import { actionsAfter } from '../store';

/** The match as stored, or null if there is none. */
export async function readMatch(
  db: Db,
  scenarioOf: (id: string) => Scenario | null,
  id: string,
): Promise<Live | null> {
  const row = await db.selectFrom('matches').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const scenario = scenarioOf(row.scenario);
  if (!scenario || scenario.contentHash !== row.content_hash)
    throw new Error(`match ${id}: scenario ${row.scenario} is missing or has changed`);
  const [seats, snap] = await Promise.all([
    db.selectFrom('seats').selectAll().where('match_id', '=', id).orderBy('faction').execute(),
    db.selectFrom('snapshots').selectAll().where('match_id', '=', id).executeTakeFirst(),
  ]);
  const state = snap ? cloneState(JSON.parse(snap.state) as GameState) : null;
  const live = new Live(scenario, row, seats, state);
  live.seq = snap?.seq ?? 0;
  live.snapshotSeq = live.seq;
  live.turnStartSeq = live.seq;
  // the state is this copy's own and nobody watches it yet: replayed in place
  const rows = await actionsAfter(db, id, live.seq);
  const refused = live.replay(rows.map((r) => r.action));
  if (refused)
    throw new Error(`match ${id}: stored action ${live.seq + 1} is refused (${refused})`);
  // read after the actions: a deadline is never older than the actions it follows
  const deadline = await db
    .selectFrom('deadlines')
    .selectAll()
    .where('match_id', '=', id)
    .executeTakeFirst();
  live.deadline = deadline && deadline.fired_by === null ? deadline.due_at : null;
  if (deadline && deadline.from_seq <= live.seq) live.turnStartSeq = deadline.from_seq;
  const lastChat = await db
    .selectFrom('chat')
    .select((eb) => eb.fn.max('id').as('id'))
    .where('match_id', '=', id)
    .executeTakeFirst();
  live.chatSeen = Number(lastChat?.id ?? 0);
  return live;
}
