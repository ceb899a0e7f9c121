// The queries the server makes, the same on SQLite and Postgres.
import type { Action } from '../engine';
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
  /** The state after the entries as JSON, stored when a snapshot is due. */
  readonly snapshot: string | null;
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
    err.code === '40P01' || // Postgres deadlock_detected: two processes' batches crossed
    err.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    err.code === 'SQLITE_CONSTRAINT_UNIQUE'
  );
}

export function asConflict(e: unknown): unknown {
  return e instanceof Conflict || isUniqueViolation(e) ? new Conflict() : e;
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
