// Commits on SQLite, where a process has the database to itself: the commits of many matches
// that arrive together are written in one transaction, each in a savepoint of its own so that
// one's conflict undoes it alone, and resolve (their actions are acknowledged) only once the
// whole transaction is written. The few statements a commit makes (commit-writes.ts) are built
// by Kysely once, prepared once, and run synchronously while the batch holds Kysely's one
// connection: building and compiling a query costs several times what SQLite takes to run one.
import type BetterSqlite3 from 'better-sqlite3';
import type { Compilable } from 'kysely';
import { asConflict, Conflict, type Commit } from '../store';
import { STATEMENTS, writesOf, type StatementName } from './commit-writes';
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
  private readonly writeAll: (batch: readonly Commit[]) => Map<number, unknown>;

  constructor(
    private readonly db: Db,
    file: BetterSqlite3.Database,
    private readonly max = 500,
  ) {
    const prepared = new Map(
      Object.entries(STATEMENTS).map(([name, build]) => [
        name as StatementName,
        statement(file, (p) => build(db, p)),
      ]),
    );
    // (a transaction function called inside another runs in a savepoint, undone if it throws)
    const writeOne = file.transaction((c: Commit) => {
      for (const w of writesOf(c)) {
        const s = prepared.get(w.statement)!;
        const r = s.run(...s.with(...w.values));
        if (w.changesOne && r.changes !== 1) throw new Conflict();
      }
    });
    this.writeAll = file.transaction((batch: readonly Commit[]) => {
      const failed = new Map<number, unknown>();
      batch.forEach((c, i) => {
        try {
          writeOne(c);
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
