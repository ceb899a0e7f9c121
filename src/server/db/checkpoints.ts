// SQLite's write-ahead log is copied back into the database file by a checkpoint, which SQLite
// runs inside a commit once the log has grown past a size: that commit, and with it the event
// loop, then waits for the copy and its sync to disk (several ms; tens on a busy disk). So the
// server's connection never checkpoints (wal_autocheckpoint = 0), and a connection of its own
// on a worker thread checkpoints every so often instead, passively: without ever waiting for
// or holding back a writer. What a commit has written is in the log already, whether or not a
// checkpoint has copied it since: no acknowledged action depends on the checkpoints.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3';

/** How often the worker checkpoints, in ms. */
const EVERY_MS = 250;

// (plain CommonJS, run as it is: the worker needs none of the server's modules)
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 5000');
db.pragma('synchronous = NORMAL');
parentPort.on('message', (m) => {
  if (m === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  let error = null;
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (e) {
    error = String(e && e.message);
  }
  parentPort.postMessage(error);
});
`;

export interface Checkpoints {
  close(): Promise<void>;
}

/** Hands the checkpoints of `file` (at `path`, in WAL mode) to a worker thread. */
export function checkpointElsewhere(file: BetterSqlite3.Database, path: string): Checkpoints {
  file.pragma('wal_autocheckpoint = 0');
  const module = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER, { eval: true, workerData: { module, path } });
  let busy = false;
  let failed = false;
  const fallBack = () => {
    // without the worker, the connection checkpoints as SQLite does by default
    if (failed) return;
    failed = true;
    clearInterval(timer);
    if (file.open) file.pragma('wal_autocheckpoint = 1000');
  };
  worker.on('message', (error: string | null) => {
    busy = false;
    if (error !== null) process.stderr.write(`sqlite checkpoint: ${error}\n`);
  });
  worker.on('error', (e) => {
    process.stderr.write(`sqlite checkpoints' worker: ${e.message}\n`);
    fallBack();
  });
  worker.on('exit', fallBack);
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    worker.postMessage('checkpoint');
  }, EVERY_MS);
  timer.unref();
  worker.unref();
  return {
    async close() {
      clearInterval(timer);
      failed = true;
      const exited = new Promise((r) => worker.once('exit', r));
      worker.ref();
      worker.postMessage('close');
      await exited;
    },
  };
}
