// The writes of a commit, described once: the few statements a commit makes (each built by
// Kysely from its parameters) and, for a commit, which of them it runs with which values. The
// commits run them through Kysely (Postgres, store.ts) or prepared once on SQLite's own
// connection (sqlite-commits.ts).
import type { Compilable } from 'kysely';
import type { Commit } from '../store';
import type { Db } from './schema';

/** A statement's parameters, by position. */
type Param = (i: number) => never;

export const STATEMENTS = {
  /** Claims a deadline that is still unclaimed. */
  claim: (db: Db, p: Param) =>
    db
      .updateTable('deadlines')
      .set({ fired_by: p(0) })
      .where('match_id', '=', p(1))
      .where('from_seq', '=', p(2))
      .where('fired_by', 'is', null),
  /** Moves the match row's sequence on, only from the one the commit was built on: a process
   *  with an old copy of the match fails here (or on the actions' primary key) and catches up. */
  move: (db: Db, p: Param) =>
    db
      .updateTable('matches')
      .set({ seq: p(0), turn: p(1), status: p(2) })
      .where('id', '=', p(3))
      .where('seq', '=', p(4)),
  action: (db: Db, p: Param) =>
    db.insertInto('actions').values({
      match_id: p(0),
      seq: p(1),
      faction: p(2),
      action: p(3),
      actor: p(4),
      at: p(5),
    }),
  snapshot: (db: Db, p: Param) =>
    db
      .insertInto('snapshots')
      .values({ match_id: p(0), seq: p(1), state: p(2) })
      .onConflict((oc) => oc.column('match_id').doUpdateSet({ seq: p(1), state: p(2) })),
  deadline: (db: Db, p: Param) =>
    db
      .insertInto('deadlines')
      .values({ match_id: p(0), from_seq: p(1), due_at: p(2), fired_by: null })
      .onConflict((oc) =>
        oc.column('match_id').doUpdateSet({ from_seq: p(1), due_at: p(2), fired_by: null }),
      ),
  clear: (db: Db, p: Param) => db.deleteFrom('deadlines').where('match_id', '=', p(0)),
} satisfies Record<string, (db: Db, p: Param) => Compilable>;

export type StatementName = keyof typeof STATEMENTS;

export interface Write {
  readonly statement: StatementName;
  readonly values: readonly unknown[];
  /** The write must change exactly one row, or the commit conflicts with another. */
  readonly changesOne?: true;
}

/** What a commit writes, in order. */
export function writesOf(c: Commit): Write[] {
  const toSeq = c.fromSeq + c.entries.length;
  const out: Write[] = [];
  if (c.claimDeadline)
    out.push({
      statement: 'claim',
      values: [c.claimDeadline.process, c.match, c.claimDeadline.fromSeq],
      changesOne: true,
    });
  out.push({
    statement: 'move',
    values: [toSeq, c.turn, c.ended ? 'ended' : 'live', c.match, c.fromSeq],
    changesOne: true,
  });
  c.entries.forEach((e, i) =>
    out.push({
      statement: 'action',
      values: [c.match, c.fromSeq + i + 1, e.faction, JSON.stringify(e.action), e.actor, c.at],
    }),
  );
  if (c.snapshot) out.push({ statement: 'snapshot', values: [c.match, toSeq, c.snapshot] });
  if (typeof c.deadline === 'number')
    out.push({ statement: 'deadline', values: [c.match, toSeq, c.deadline] });
  else if (c.deadline === 'clear') out.push({ statement: 'clear', values: [c.match] });
  return out;
}
