// Group commit through Kysely. On Postgres a batch is one statement (postgres-batch.ts). Else
// (and for a commit that claims a deadline) a batch is one transaction and one round trip per
// statement, its statements compiled once (commit-writes.ts): first written whole; if any of
// its commits fails, the transaction is rolled back and the batch written again with each
// commit in a savepoint of its own, so that the failed ones alone are undone.
import { sql } from 'kysely';
import { asConflict, Conflict, type Commit } from '../store';
import { compileWrites, writesOf, type CompiledWrites } from './commit-writes';
import { GroupCommits } from './group-commits';
import { writePostgresBatch } from './postgres-batch';
import type { Db } from './schema';

/** A commit's writes inside a transaction; throws Conflict if another took its sequence. */
export async function writeCommit(trx: Db, compiled: CompiledWrites, c: Commit): Promise<void> {
  for (const w of writesOf(c)) {
    const r = await trx.executeQuery(compiled.query(w));
    if (w.changesOne && Number(r.numAffectedRows) !== 1) throw new Conflict();
  }
}

/** The batch's indices in the order of their matches: two processes' batches then lock the
 *  match rows in one order. */
const byMatch = (batch: readonly Commit[]): number[] =>
  batch.map((_, i) => i).sort((i, j) => (batch[i]!.match < batch[j]!.match ? -1 : 1));

export class KyselyCommits extends GroupCommits {
  private readonly compiled: CompiledWrites;

  constructor(
    private readonly db: Db,
    /** Postgres: each batch in one statement (postgres-batch.ts). */
    private readonly oneStatement: boolean,
    max?: number,
  ) {
    super(max);
    this.compiled = compileWrites(db);
  }

  protected async writeBatch(batch: readonly Commit[]): Promise<Map<number, unknown>> {
    if (!this.oneStatement) return this.writeEach(batch);
    // on Postgres in one statement, but for the rare commit that claims a deadline
    const order = byMatch(batch);
    const plain = order.filter((i) => !batch[i]!.claimDeadline);
    const claims = order.filter((i) => batch[i]!.claimDeadline);
    const failed = new Map<number, unknown>();
    if (plain.length > 0) {
      let written: Set<string>;
      try {
        written = await writePostgresBatch(
          this.db,
          plain.map((i) => batch[i]!),
        );
      } catch (e) {
        const error = asConflict(e);
        for (const i of plain) failed.set(i, error);
        written = new Set();
      }
      for (const i of plain)
        if (!written.has(batch[i]!.match) && !failed.has(i)) failed.set(i, new Conflict());
    }
    if (claims.length > 0) {
      const some = await this.writeEach(claims.map((i) => batch[i]!));
      for (const [k, e] of some) failed.set(claims[k]!, e);
    }
    return failed;
  }

  /** Each commit's statements one after another, all in one transaction. */
  private async writeEach(batch: readonly Commit[]): Promise<Map<number, unknown>> {
    const order = byMatch(batch);
    try {
      await this.db.transaction().execute(async (trx) => {
        for (const i of order) await writeCommit(trx, this.compiled, batch[i]!);
      });
      return new Map();
    } catch (e) {
      if (batch.length === 1) return new Map([[0, asConflict(e)]]);
    }
    const failed = new Map<number, unknown>();
    await this.db.transaction().execute(async (trx) => {
      for (const i of order) {
        await sql`savepoint one_commit`.execute(trx);
        try {
          await writeCommit(trx, this.compiled, batch[i]!);
          await sql`release savepoint one_commit`.execute(trx);
        } catch (e) {
          await sql`rollback to savepoint one_commit`.execute(trx);
          failed.set(i, asConflict(e));
        }
      }
    });
    return failed;
  }
}
