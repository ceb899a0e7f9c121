// Group commit on SQLite, where a process has the database to itself: a batch in one
// transaction, the statements (commit-writes.ts) prepared once and run synchronously while the
// batch holds Kysely's one connection. The batch is first written whole; if any of its commits
// fails (a conflict, rare where one process has the database), the transaction is rolled back
// and the batch written again with each commit in a savepoint of its own, so that the failed
// ones alone are undone (a savepoint for every commit costs as much as its own writes).
import type BetterSqlite3 from 'better-sqlite3';
import { asConflict, Conflict, type Commit } from '../store';
import { compileWrites, writesOf } from './commit-writes';
import { GroupCommits } from './group-commits';
import type { Db } from './schema';

export class SqliteCommits extends GroupCommits {
  private readonly writeAll: (batch: readonly Commit[]) => Map<number, unknown>;

  constructor(
    private readonly db: Db,
    file: BetterSqlite3.Database,
    max?: number,
  ) {
    super(max);
    const compiled = compileWrites(db);
    const prepared = new Map(
      [...compiled.statements].map(([name, s]) => [name, { s, run: file.prepare(s.sql) }]),
    );
    const write = (c: Commit) => {
      for (const w of writesOf(c)) {
        const { s, run } = prepared.get(w.statement)!;
        const r = run.run(...s.params(w.values));
        if (w.changesOne && r.changes !== 1) throw new Conflict();
      }
    };
    const writeWhole = file.transaction((batch: readonly Commit[]) => batch.forEach(write));
    // (a transaction function called inside another runs in a savepoint, undone if it throws)
    const writeOne = file.transaction(write);
    const writeEach = file.transaction((batch: readonly Commit[]) => {
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
    this.writeAll = (batch) => {
      try {
        writeWhole(batch);
        return new Map();
      } catch (e) {
        if (batch.length === 1) return new Map([[0, asConflict(e)]]);
      }
      return writeEach(batch);
    };
  }

  protected writeBatch(batch: readonly Commit[]): Promise<Map<number, unknown>> {
    // holding Kysely's one connection: no other query runs inside this transaction
    return this.db.connection().execute(async () => this.writeAll(batch));
  }
}
