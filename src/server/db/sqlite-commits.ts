// Commits on SQLite, where a process has the database to itself: the commits of many matches
// that arrive together are written in one transaction, each in a savepoint of its own so that
// one's conflict undoes it alone, and resolve (their actions are acknowledged) only once the
// whole transaction is written. The few statements a commit makes are written by Kysely once,
// prepared once, and run synchronously while the batch holds Kysely's one connection: building
// and compiling a query costs several times what SQLite takes to run one of these.
import type BetterSqlite3 from 'better-sqlite3';
import type { Compilable } from 'kysely';
import { asConflict, Conflict, type Commit } from '../store';
import type { Db } from './schema';

/** A statement compiled by Kysely, with its parameters in the order `build` was given them. */
function statement(
  file: BetterSqlite3.Database,
  build: (p: (i: number) => never) => Compilable,
): BetterSqlite3.Statement & { with: (...values: unknown[]) => unknown[] } {
  // each parameter is built as a unique marker, then found in the compiled parameters
  const marker = (i: number) => `\u0000param${i}` as never;
  const compiled = build(marker).compile();
  // a marker's position, or a constant the query holds (a null it sets)
  const order = compiled.parameters.map((p) => {
    const m = typeof p === 'string' ? /^\u0000param(\d+)$/.exec(p) : null;
    return m ? Number(m[1]) : { constant: p };
  });
  const s = file.prepare(compiled.sql) as BetterSqlite3.Statement & {
    with: (...values: unknown[]) => unknown[];
  };
  s.with = (...values) => order.map((i) => (typeof i === 'number' ? values[i] : i.constant));
  return s;
}

export class SqliteCommits {
  private queue: { c: Commit; resolve: () => void; reject: (e: unknown) => void }[] = [];
  private scheduled = false;
  private readonly writeOne: (c: Commit) => void;
  private readonly writeAll: (batch: readonly Commit[]) => Map<number, unknown>;

  constructor(
    private readonly db: Db,
    file: BetterSqlite3.Database,
    private readonly max = 500,
  ) {
    const claim = statement(file, (p) =>
      db
        .updateTable('deadlines')
        .set({ fired_by: p(0) })
        .where('match_id', '=', p(1))
        .where('from_seq', '=', p(2))
        .where('fired_by', 'is', null),
    );
    const move = statement(file, (p) =>
      db
        .updateTable('matches')
        .set({ seq: p(0), turn: p(1), status: p(2) })
        .where('id', '=', p(3))
        .where('seq', '=', p(4)),
    );
    const insert = statement(file, (p) =>
      db.insertInto('actions').values({
        match_id: p(0),
        seq: p(1),
        faction: p(2),
        action: p(3),
        actor: p(4),
        at: p(5),
      }),
    );
    const snapshot = statement(file, (p) =>
      db
        .insertInto('snapshots')
        .values({ match_id: p(0), seq: p(1), state: p(2) })
        .onConflict((oc) => oc.column('match_id').doUpdateSet({ seq: p(1), state: p(2) })),
    );
    const deadline = statement(file, (p) =>
      db
        .insertInto('deadlines')
        .values({ match_id: p(0), from_seq: p(1), due_at: p(2), fired_by: null })
        .onConflict((oc) =>
          oc.column('match_id').doUpdateSet({ from_seq: p(1), due_at: p(2), fired_by: null }),
        ),
    );
    const clear = statement(file, (p) => db.deleteFrom('deadlines').where('match_id', '=', p(0)));
    // (a transaction function called inside another runs in a savepoint, undone if it throws)
    this.writeOne = file.transaction((c: Commit) => {
      const toSeq = c.fromSeq + c.entries.length;
      if (c.claimDeadline) {
        const r = claim.run(
          ...claim.with(c.claimDeadline.process, c.match, c.claimDeadline.fromSeq),
        );
        if (r.changes !== 1) throw new Conflict();
      }
      // The match row's sequence moves only from the one this commit was built on.
      const moved = move.run(
        ...move.with(toSeq, c.turn, c.ended ? 'ended' : 'live', c.match, c.fromSeq),
      );
      if (moved.changes !== 1) throw new Conflict();
      c.entries.forEach((e, i) =>
        insert.run(
          ...insert.with(
            c.match,
            c.fromSeq + i + 1,
            e.faction,
            JSON.stringify(e.action),
            e.actor,
            c.at,
          ),
        ),
      );
      if (c.snapshot) snapshot.run(...snapshot.with(c.match, toSeq, JSON.stringify(c.snapshot)));
      if (typeof c.deadline === 'number')
        deadline.run(...deadline.with(c.match, toSeq, c.deadline));
      else if (c.deadline === 'clear') clear.run(...clear.with(c.match));
    });
    this.writeAll = file.transaction((batch: readonly Commit[]) => {
      const failed = new Map<number, unknown>();
      batch.forEach((c, i) => {
        try {
          this.writeOne(c);
        } catch (e) {
          failed.set(i, asConflict(e));
        }
      });
      return failed;
    });
  }

  commit(c: Commit): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ c, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        // after the messages already read from the sockets have reached here too
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.max);
      let failed: Map<number, unknown>;
      try {
        // holding the connection: no other query runs inside this transaction
        failed = await this.db
          .connection()
          .execute(async () => this.writeAll(batch.map((b) => b.c)));
      } catch (e) {
        for (const b of batch) b.reject(e);
        continue;
      }
      batch.forEach((b, i) => (failed.has(i) ? b.reject(failed.get(i)) : b.resolve()));
    }
    this.scheduled = false;
  }
}
