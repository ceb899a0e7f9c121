// A scenario folder on disk is untrusted: what is not a readable regular file of bounded size is
// an error naming it, never a hang, a crash or memory without end.
import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdtempSync,
  openSync,
  closeSync,
  ftruncateSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadScenarioDir, readScenarioFolder } from './scenario-dir';
import { MINI_DIR } from '../../test/helpers';
import { readTextFile } from './read-file';

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A copy of the mini fixture to spoil. */
function miniCopy(): string {
  const d = mkdtempSync(join(tmpdir(), 'uchronia-dir-'));
  dirs.push(d);
  cpSync(MINI_DIR, d, { recursive: true });
  return d;
}

function onlyError(dir: string) {
  const r = loadScenarioDir(dir);
  expect(r.ok).toBe(false);
  const errors = r.ok ? [] : r.errors;
  expect(errors).toHaveLength(1);
  return errors[0]!;
}

describe('reading a scenario folder', () => {
  it('reads the fixture with no problem', () => {
    const r = readScenarioFolder(miniCopy());
    expect(r.errors).toEqual([]);
    expect(r.files.map((f) => f.path)).toContain('events/main.yaml');
  });

  it('refuses a FIFO among the events without opening it', () => {
    const d = miniCopy();
    execFileSync('mkfifo', [join(d, 'events/pipe.yaml')]);
    expect(onlyError(d)).toMatchObject({
      file: 'events/pipe.yaml',
      code: 'E_NOT_A_FILE',
      message:
        'cannot read `events/pipe.yaml`: it is a named pipe (FIFO), not a regular file; only files are read',
    });
  });

  it('refuses a link to a device', () => {
    const d = miniCopy();
    symlinkSync('/dev/zero', join(d, 'events/zero.yaml'));
    expect(onlyError(d)).toMatchObject({ file: 'events/zero.yaml', code: 'E_NOT_A_FILE' });
  });

  it('refuses a broken link and a loop of links, naming each', () => {
    const d = miniCopy();
    symlinkSync(join(d, 'nowhere.yaml'), join(d, 'events/gone.yaml'));
    symlinkSync(join(d, 'events/b.yaml'), join(d, 'events/a.yaml'));
    symlinkSync(join(d, 'events/a.yaml'), join(d, 'events/b.yaml'));
    const r = loadScenarioDir(d);
    expect(r.ok ? [] : r.errors.map((e) => `${e.file} ${e.code}`)).toEqual([
      'events/a.yaml E_LINK_LOOP',
      'events/b.yaml E_LINK_LOOP',
      'events/gone.yaml E_BROKEN_LINK',
    ]);
  });

  it('refuses a 600 MB file from its size, without reading it', () => {
    const d = miniCopy();
    const fd = openSync(join(d, 'events/huge.yaml'), 'w');
    ftruncateSync(fd, 600 * 1024 * 1024); // sparse: no disk is used
    closeSync(fd);
    expect(onlyError(d)).toMatchObject({
      file: 'events/huge.yaml',
      code: 'E_FILE_TOO_LARGE',
      message: 'cannot read `events/huge.yaml`: it is 629145600 bytes; the limit is 1048576',
    });
  });

  it('bounds the read of a file whose size is not what it claims', () => {
    // Files under /proc claim to be empty; what is read is still bounded.
    const r = readTextFile('/proc/self/maps', 16);
    expect(r).toMatchObject({ ok: false, code: 'E_FILE_TOO_LARGE' });
    expect(readTextFile('/proc/self/maps', 1024 * 1024).ok).toBe(true);
  });

  it('reports a file that fails to read', () => {
    const d = miniCopy();
    symlinkSync('/proc/self/mem', join(d, 'events/mem.yaml')); // reading it at 0 is an I/O error
    expect(onlyError(d)).toMatchObject({ file: 'events/mem.yaml', code: 'E_UNREADABLE' });
  });

  it.skipIf(process.getuid?.() === 0)('reports a file it may not read', () => {
    const d = miniCopy();
    chmodSync(join(d, 'orders.yaml'), 0);
    expect(onlyError(d)).toMatchObject({
      file: 'orders.yaml',
      code: 'E_UNREADABLE',
      message: 'cannot read `orders.yaml`: it cannot be read: permission denied',
    });
  });

  it('refuses a file that is not UTF-8', () => {
    const d = miniCopy();
    writeFileSync(join(d, 'events/latin1.yaml'), Buffer.from([0x65, 0x3a, 0x20, 0xe9, 0x0a]));
    expect(onlyError(d)).toMatchObject({ file: 'events/latin1.yaml', code: 'E_NOT_UTF8' });
  });

  it('ignores broken links that are not scenario files', () => {
    const d = miniCopy();
    symlinkSync(join(d, 'nowhere'), join(d, 'README'));
    expect(loadScenarioDir(d).ok).toBe(true);
  });
});
