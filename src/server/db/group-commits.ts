// Group commit: the commits of many matches that arrive together are written in one
// transaction, each undone alone if it fails (a conflict), and resolve (their actions are
// acknowledged) only once the whole transaction is written. One transaction's durable write
// (a sync of the log) then serves all of them.
import type { Commit } from '../store';

export abstract class GroupCommits {
  private queue: { c: Commit; resolve: () => void; reject: (e: unknown) => void }[] = [];
  private scheduled = false;
  /** The commits and transactions written so far (how many commits a transaction serves). */
  readonly written = { commits: 0, transactions: 0 };

  constructor(private readonly max = 500) {}

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

  /** Writes a batch in one transaction: the failures, by index in the batch (each undone). */
  protected abstract writeBatch(batch: readonly Commit[]): Promise<Map<number, unknown>>;

  private async flush(): Promise<void> {
    // what arrives while a batch is written waits for the next
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.max);
      this.written.commits += batch.length;
      this.written.transactions++;
      let failed: Map<number, unknown>;
      try {
        failed = await this.writeBatch(batch.map((b) => b.c));
      } catch (e) {
        for (const b of batch) b.reject(e);
        continue;
      }
      batch.forEach((b, i) => (failed.has(i) ? b.reject(failed.get(i)) : b.resolve()));
    }
    this.scheduled = false;
  }
}
