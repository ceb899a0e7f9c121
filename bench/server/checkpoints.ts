// What the event loop spends in SQLite commits of three rows each (the size of a match's commit
// at low load, one per transaction), when SQLite checkpoints inside commits (its default) and
// when a worker thread checkpoints instead (src/server/db/checkpoints.ts), alternately:
//   npx tsx bench/server/checkpoints.ts
import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkpointElsewhere } from '../../src/server/db/checkpoints';
for (const mode of ['sqlite', 'worker', 'sqlite', 'worker']) {
  const path = join(mkdtempSync(join(tmpdir(), 'ck-')), 'x.db');
  const db = new BetterSqlite3(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('create table a (id integer primary key, m text, v text)');
  const c = mode === 'worker' ? checkpointElsewhere(db, path) : null;
  const ins = db.prepare('insert into a (m, v) values (?, ?)');
  const tx = db.transaction((i: number) => {
    for (let k = 0; k < 3; k++) ins.run('m' + (i % 200), 'x'.repeat(300));
  });
  const times: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < 20000; i++) {
    const t = performance.now();
    tx(i);
    times.push(performance.now() - t);
    if (i % 50 === 0) await new Promise((r) => setImmediate(r));
  }
  const u = process.cpuUsage(cpu);
  times.sort((a, b) => a - b);
  const sum = times.reduce((a, b) => a + b, 0);
  console.log(
    mode.padEnd(6),
    `the loop's ms per commit: mean ${(sum / times.length).toFixed(3)} p50 ${times[10000]!.toFixed(3)} p99 ${times[19800]!.toFixed(3)} p99.9 ${times[19980]!.toFixed(2)} max ${times[19999]!.toFixed(1)}; in all ${sum.toFixed(0)} ms; the process's CPU ${((u.user + u.system) / 1000).toFixed(0)} ms`,
  );
  await c?.close();
  db.close();
}
