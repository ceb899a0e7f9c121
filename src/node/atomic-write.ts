// Files replaced whole or not at all, even with several writers at once and a crash at any
// moment: each writer fills a temporary file of its own in the target's folder, flushes it to
// disk, renames it over the target (atomic within one file system), then flushes the folder so
// the rename itself survives a power cut.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A name beside `path` that no other writer (process or thread) picks: `.NAME.<random>.tmp`. */
export function temporaryBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(8).toString('hex')}.tmp`);
}

/** Flushes a file or folder to disk. Some systems cannot open a folder for that: skipped there. */
export function fsyncPath(path: string): void {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    if (['EISDIR', 'EPERM', 'EACCES'].includes((e as NodeJS.ErrnoException).code ?? '')) return;
    throw e;
  }
  try {
    fsyncSync(fd);
  } catch (e) {
    if (!['EINVAL', 'EBADF', 'EPERM'].includes((e as NodeJS.ErrnoException).code ?? '')) throw e;
  } finally {
    closeSync(fd);
  }
}

/** Writes a file and flushes it to disk; `wx` refuses to reuse a name another writer holds. */
export function writeDurable(path: string, data: string | Uint8Array): void {
  const fd = openSync(path, 'wx', 0o666);
  try {
    writeFileSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Replaces `path` with `data` atomically. Throws the file system's error (ENOENT, EACCES, …);
 *  the temporary file is then removed. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = temporaryBeside(path);
  try {
    writeDurable(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  fsyncPath(dirname(path));
}
