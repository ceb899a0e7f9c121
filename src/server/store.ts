// The queries the server makes, the same on SQLite and Postgres.
import type { Action, GameState } from '../engine';
import type { Actor, ChatLine } from '../net/protocol';
import type { Db, MatchTable, SeatTable } from './db/schema';

export type MatchRow = MatchTable;
export type SeatRow = SeatTable;

export interface CommitEntry {
  readonly faction: string;
  readonly action: Action;
  readonly actor: Actor;
}

export class Conflict extends Error {
  constructor() {
    super('another commit took this sequence');
  }
}

/** A commit of one or more actions at `fromSeq`: all or nothing. */
export interface Commit {
  readonly match: string;
  readonly fromSeq: number;
  readonly entries: readonly CommitEntry[];
  readonly at: number;
  readonly turn: number;
  readonly ended: boolean;
  /** The state after the entries, stored when a snapshot is due. */
  readonly snapshot: GameState | null;
  /** A new deadline from the sequence after the commit (ms since 1970), none, or the one running. */
  readonly deadline: number | 'clear' | 'keep';
  /** Claims the deadline that began at this sequence, for `process`: the commit fails with
   *  Conflict unless it is still unclaimed. */
  readonly claimDeadline?: { readonly fromSeq: number; readonly process: string };
}

function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; message?: string };
  return (
    err.code === '23505' || // Postgres unique_violation
    err.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    err.code === 'SQLITE_CONSTRAINT_UNIQUE'
  );
}

/** Commits one match's actions in a transaction of its own. */
export async function commit(db: Db, c: Commit): Promise<void> {
  try {
    await db.transaction().execute((trx) => writeCommit(trx, c));
  } catch (e) {
    throw asConflict(e);
  }
}

export function asConflict(e: unknown): unknown {
  return e instanceof Conflict || isUniqueViolation(e) ? new Conflict() : e;
}

/** The writes of a commit, inside a transaction. */
async function writeCommit(trx: Db, c: Commit): Promise<void> {
  const toSeq = c.fromSeq + c.entries.length;
  if (c.claimDeadline) {
    const claimed = await trx
      .updateTable('deadlines')
      .set({ fired_by: c.claimDeadline.process })
      .where('match_id', '=', c.match)
      .where('from_seq', '=', c.claimDeadline.fromSeq)
      .where('fired_by', 'is', null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) throw new Conflict();
  }
  // The match row's sequence moves only from the one this commit was built on: a process
  // with an old copy of the match fails here (or on the actions' primary key) and catches up.
  const moved = await trx
    .updateTable('matches')
    .set({ seq: toSeq, turn: c.turn, status: c.ended ? 'ended' : 'live' })
    .where('id', '=', c.match)
    .where('seq', '=', c.fromSeq)
    .executeTakeFirst();
  if (Number(moved.numUpdatedRows) !== 1) throw new Conflict();
  await trx
    .insertInto('actions')
    .values(
      c.entries.map((e, i) => ({
        match_id: c.match,
        seq: c.fromSeq + i + 1,
        faction: e.faction,
        action: JSON.stringify(e.action),
        actor: e.actor,
        at: c.at,
      })),
    )
    .execute();
  if (c.snapshot)
    await trx
      .insertInto('snapshots')
      .values({ match_id: c.match, seq: toSeq, state: JSON.stringify(c.snapshot) })
      .onConflict((oc) =>
        oc.column('match_id').doUpdateSet({ seq: toSeq, state: JSON.stringify(c.snapshot) }),
      )
      .execute();
  const due = c.deadline;
  if (typeof due === 'number')
    await trx
      .insertInto('deadlines')
      .values({ match_id: c.match, from_seq: toSeq, due_at: due, fired_by: null })
      .onConflict((oc) =>
        oc.column('match_id').doUpdateSet({ from_seq: toSeq, due_at: due, fired_by: null }),
      )
      .execute();
  else if (due === 'clear')
    await trx.deleteFrom('deadlines').where('match_id', '=', c.match).execute();
}

export async function actionsAfter(
  db: Db,
  match: string,
  seq: number,
): Promise<{ seq: number; faction: string; action: Action; actor: Actor }[]> {
  const rows = await db
    .selectFrom('actions')
    .select(['seq', 'faction', 'action', 'actor'])
    .where('match_id', '=', match)
    .where('seq', '>', seq)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({
    seq: r.seq,
    faction: r.faction,
    action: JSON.parse(r.action) as Action,
    actor: r.actor,
  }));
}

export async function chatSince(db: Db, match: string, after: number): Promise<ChatLine[]> {
  const rows = await db
    .selectFrom('chat')
    .select(['id', 'faction', 'text', 'at'])
    .where('match_id', '=', match)
    .where('id', '>', after)
    .orderBy('id')
    .limit(500)
    .execute();
  return rows.map((r) => ({ id: Number(r.id), faction: r.faction, text: r.text, at: r.at }));
}

export async function addChat(
  db: Db,
  match: string,
  faction: string,
  text: string,
  at: number,
): Promise<ChatLine> {
  const row = await db
    .insertInto('chat')
    .values({ match_id: match, faction, text, at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: Number(row.id), faction, text, at };
}
