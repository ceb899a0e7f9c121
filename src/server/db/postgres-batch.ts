// A batch of commits on Postgres in one statement, and so in one round trip: each array
// parameter holds one column of the batch's rows, and every row a commit writes is written only
// if its match row moved from the sequence the commit was built on. (A round trip costs more
// than the writes it carries; on a busy machine, each one waits for the database's process to
// be scheduled.)
import { sql } from 'kysely';
import type { Commit } from '../store';
import type { Db } from './schema';

/** Writes the commits (none of them claims a deadline), atomically: the matches whose commit
 *  was written. Another commit took the sequence of the others. */
export async function writePostgresBatch(db: Db, batch: readonly Commit[]): Promise<Set<string>> {
  const m = {
    id: [] as string[],
    from: [] as number[],
    to: [] as number[],
    turn: [] as number[],
    status: [] as string[],
  };
  const a = {
    match: [] as string[],
    seq: [] as number[],
    faction: [] as string[],
    action: [] as string[],
    actor: [] as string[],
    at: [] as number[],
  };
  const s = { match: [] as string[], seq: [] as number[], state: [] as string[] };
  const d = { match: [] as string[], from: [] as number[], due: [] as number[] };
  const cleared: string[] = [];
  for (const c of batch) {
    if (c.claimDeadline) throw new Error('a commit that claims a deadline is written on its own');
    const toSeq = c.fromSeq + c.entries.length;
    m.id.push(c.match);
    m.from.push(c.fromSeq);
    m.to.push(toSeq);
    m.turn.push(c.turn);
    m.status.push(c.ended ? 'ended' : 'live');
    c.entries.forEach((e, i) => {
      a.match.push(c.match);
      a.seq.push(c.fromSeq + i + 1);
      a.faction.push(e.faction);
      a.action.push(JSON.stringify(e.action));
      a.actor.push(e.actor);
      a.at.push(c.at);
    });
    if (c.snapshot) {
      s.match.push(c.match);
      s.seq.push(toSeq);
      s.state.push(c.snapshot);
    }
    if (typeof c.deadline === 'number') {
      d.match.push(c.match);
      d.from.push(toSeq);
      d.due.push(c.deadline);
    } else if (c.deadline === 'clear') cleared.push(c.match);
  }
  const r = await sql<{ id: string }>`
    with v as (
      select * from unnest(${m.id}::varchar[], ${m.from}::integer[], ${m.to}::integer[],
        ${m.turn}::integer[], ${m.status}::varchar[]) as v(id, from_seq, to_seq, turn, status)
    ), moved as (
      update matches set seq = v.to_seq, turn = v.turn, status = v.status
      from v where matches.id = v.id and matches.seq = v.from_seq
      returning matches.id
    ), acts as (
      insert into actions (match_id, seq, faction, action, actor, at)
      select * from unnest(${a.match}::varchar[], ${a.seq}::integer[], ${a.faction}::varchar[],
        ${a.action}::text[], ${a.actor}::varchar[], ${a.at}::bigint[]) as a(match_id, seq, faction, action, actor, at)
      where a.match_id in (select id from moved)
    ), snaps as (
      insert into snapshots (match_id, seq, state)
      select * from unnest(${s.match}::varchar[], ${s.seq}::integer[], ${s.state}::text[]) as s(match_id, seq, state)
      where s.match_id in (select id from moved)
      on conflict (match_id) do update set seq = excluded.seq, state = excluded.state
    ), due as (
      insert into deadlines (match_id, from_seq, due_at, fired_by)
      select d.match_id, d.from_seq, d.due_at, null
      from unnest(${d.match}::varchar[], ${d.from}::integer[], ${d.due}::bigint[]) as d(match_id, from_seq, due_at)
      where d.match_id in (select id from moved)
      on conflict (match_id) do update set from_seq = excluded.from_seq, due_at = excluded.due_at, fired_by = null
    ), cleared as (
      delete from deadlines where match_id = any(${cleared}::varchar[]) and match_id in (select id from moved)
    )
    select id from moved`.execute(db);
  return new Set(r.rows.map((x) => x.id));
}
