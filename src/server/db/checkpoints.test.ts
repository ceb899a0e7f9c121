import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connect } from './connect';

describe('SQLite checkpoints', () => {
  it('are made on a worker thread: the commits never checkpoint, the file still takes in the log', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'uchronia-ckpt-')), 'x.db');
    const c = await connect(`sqlite:${path}`);
    try {
      const file = c.sqlite!;
      expect(file.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
      file.exec('create table filler (v text)');
      const insert = file.prepare('insert into filler (v) values (?)');
      const before = statSync(path).size;
      // ~1.2 MB in the log: far less than SQLite's own threshold (1,000 pages, 4 MB)
      file.transaction(() => {
        for (let i = 0; i < 4000; i++) insert.run('x'.repeat(300));
      })();
      const deadline = Date.now() + 10_000;
      while (statSync(path).size < before + 1_000_000 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      expect(statSync(path).size).toBeGreaterThan(before + 1_000_000);
      expect(file.prepare('select count(*) as n from filler').get()).toEqual({ n: 4000 });
    } finally {
      await c.close();
    }
  });
});
