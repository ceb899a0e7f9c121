// The writes of a commit, described once: the few statements a commit makes (each built by
// Kysely from its parameters) and, for a commit, which of them it runs with which values. Each
// statement is compiled once: building and compiling a query costs several times what the
// database takes to run one of these. The commits run them through Kysely (kysely-commits.ts)
// or prepared on SQLite's own connection (sqlite-commits.ts).
import { CompiledQuery, type Compilable } from 'kysely';
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

/** A statement compiled by Kysely, with its parameters in the order it was built with them. */
export interface Compiled {
  readonly sql: string;
  /** The statement's parameters from the values of a Write. */
  params(values: readonly unknown[]): unknown[];
}

/** Compiles a statement once: each parameter is built as a unique marker, then found in the
 *  compiled parameters. */
export function compileStatement(build: (p: Param) => Compilable): Compiled {
  const marker = (i: number) => `\u0000param${i}` as never;
  const compiled = build(marker).compile();
  // a marker's position, or a constant the query holds (a null it sets)
  const order = compiled.parameters.map((p) => {
    const m = typeof p === 'string' ? /^\u0000param(\d+)$/.exec(p) : null;
    return m ? Number(m[1]) : { constant: p };
  });
  return {
    sql: compiled.sql,
    params: (values) => order.map((i) => (typeof i === 'number' ? values[i] : i.constant)),
  };
}

export interface CompiledWrites {
  readonly statements: ReadonlyMap<StatementName, Compiled>;
  /** A write as a query for Kysely to run. */
  query(w: Write): CompiledQuery;
}

export function compileWrites(db: Db): CompiledWrites {
  const statements = new Map(
    Object.entries(STATEMENTS).map(([name, build]) => [
      name as StatementName,
      compileStatement((p) => build(db, p)),
    ]),
  );
  return {
    statements,
    query: (w) => {
      const s = statements.get(w.statement)!;
      return CompiledQuery.raw(s.sql, s.params(w.values));
    },
  };
}
