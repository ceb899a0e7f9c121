// Where the server's bots think. The search bot plays games out for a good part of a second a
// decision: on the event loop it would hold back every other match's acknowledgements
// meanwhile. So it decides on a worker thread (piscina), from the view and legal actions the
// match sends it, and the match goes on with other work while it waits. The other bots decide
// in less time than sending a view to a thread and back takes (the priority bot: a few dozen
// µs, against a copy of the view each way), so they decide here. A decision depends only on
// what the task holds (decide.ts), so it is the same on either side.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Action, Scenario } from '../../engine';
import { workerEntry, type WorkerEntry } from '../../node/worker-bundle';
import { decideHere, type BotTask } from './decide';
import type { WorkerTask } from './bot-worker';

export interface Bots {
  /** `scenario`'s bot's move from the task's view. */
  decide(scenario: Scenario, task: BotTask): Promise<Action>;
  close(): Promise<void>;
}

/** Bots that think on the event loop (a Host whose scenarios have no folder a worker could
 *  load them from, as in some tests). */
export const botsHere: Bots = {
  decide: (scenario, task) => Promise.resolve(decideHere(scenario, task)),
  close: () => Promise.resolve(),
};

/** Whether a bot thinks long enough to be worth a worker thread: the search policies. */
export const thinksLong = (bot: string): boolean => /^search(-all)?(:|$)/.test(bot);

/** The worker threads for bots: one fewer than the cores, at least one. */
export function defaultBotThreads(): number {
  return Math.max(1, availableParallelism() - 1);
}

/**
 * The bots that think long (`thinksLong`) on `threads` worker threads, started at the first
 * such decision; the others here. `dirOf` gives a scenario's folder as an absolute path; a
 * scenario without one is decided here.
 */
export function botThreads(threads: number, dirOf: (scenario: string) => string | null): Bots {
  let pool: Promise<{ pool: Piscina<WorkerTask, Action>; entry: WorkerEntry }> | null = null;
  const start = async () => {
    const entry = await workerEntry(
      'src/server/bots/bot-worker.ts',
      'src/server/bots/bot-worker.mjs',
    );
    return {
      entry,
      pool: new Piscina<WorkerTask, Action>({
        filename: entry.filename,
        minThreads: threads,
        maxThreads: threads,
        idleTimeout: 60_000,
        execArgv: [],
      }),
    };
  };
  return {
    async decide(scenario, task) {
      const dir = thinksLong(task.bot) ? dirOf(scenario.id) : null;
      if (dir === null) return decideHere(scenario, task);
      const running = await (pool ??= start());
      return running.pool.run({ ...task, dir });
    },
    async close() {
      if (!pool) return;
      const running = await pool;
      pool = null;
      await running.pool.destroy();
      running.entry.dispose();
    },
  };
}
