// Reading an untrusted file: only a regular file, only up to a bound, only UTF-8, and every way
// it can fail said in words. A FIFO, a device, a link to nowhere or a growing file never hangs or
// exhausts memory: the size is checked on the open file, and the read itself is bounded.
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  statSync,
  type Stats,
} from 'node:fs';

export type ReadProblem =
  /** A FIFO, a device, a socket or a folder. */
  | 'E_NOT_A_FILE'
  | 'E_BROKEN_LINK'
  | 'E_LINK_LOOP'
  | 'E_FILE_TOO_LARGE'
  | 'E_NOT_UTF8'
  | 'E_NO_FILE'
  | 'E_UNREADABLE';

export type ReadResult =
  { ok: true; text: string } | { ok: false; code: ReadProblem; message: string };

const fail = (code: ReadProblem, message: string): ReadResult => ({ ok: false, code, message });

/** The text of the regular file at `path`, at most `maxBytes` long, or why it cannot be had. */
export function readTextFile(path: string, maxBytes: number): ReadResult {
  let fd: number;
  try {
    // A device or a pipe is not even opened: opening some has effects of its own.
    const st = statSync(path);
    if (!st.isFile())
      return fail('E_NOT_A_FILE', `it is ${kindOf(st)}, not a regular file; only files are read`);
    // Non-blocking, so that opening a FIFO that slipped past any earlier look returns at once.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return openProblem(path, e);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile())
      return fail('E_NOT_A_FILE', `it is ${kindOf(st)}, not a regular file; only files are read`);
    if (st.size > maxBytes)
      return fail('E_FILE_TOO_LARGE', `it is ${st.size} bytes; the limit is ${maxBytes}`);
    // A file's size may be wrong (files under /proc claim 0) or change while it is read: the read
    // goes on to the end of the file, but never past one byte more than the limit.
    let buf = Buffer.alloc(Math.min(Math.max(st.size, 64 * 1024), maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buf.length) {
        if (length > maxBytes)
          return fail('E_FILE_TOO_LARGE', `it is more than ${maxBytes} bytes, the limit`);
        const bigger = Buffer.alloc(Math.min(buf.length * 2, maxBytes + 1));
        buf.copy(bigger, 0, 0, length);
        buf = bigger;
      }
      const n = readSync(fd, buf, length, buf.length - length, null);
      if (n === 0) break;
      length += n;
    }
    try {
      return {
        ok: true,
        text: new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, length)),
      };
    } catch {
      return fail('E_NOT_UTF8', 'it is not UTF-8 text');
    }
  } catch (e) {
    return fail('E_UNREADABLE', `it cannot be read (${errnoOf(e)})`);
  } finally {
    closeSync(fd);
  }
}

function openProblem(path: string, e: unknown): ReadResult {
  const code = errnoOf(e);
  if (code === 'ELOOP') return fail('E_LINK_LOOP', 'it is a loop of symbolic links');
  if (code === 'ENOENT') {
    let link = false;
    try {
      link = lstatSync(path).isSymbolicLink();
    } catch {
      // Gone between the two looks: there is no file either way.
    }
    return link
      ? fail('E_BROKEN_LINK', 'it is a symbolic link to a file that does not exist')
      : fail('E_NO_FILE', 'there is no such file');
  }
  if (code === 'EISDIR') return fail('E_NOT_A_FILE', 'it is a folder, not a regular file');
  if (code === 'EACCES' || code === 'EPERM')
    return fail('E_UNREADABLE', 'it cannot be read: permission denied');
  return fail('E_UNREADABLE', `it cannot be read (${code})`);
}

const errnoOf = (e: unknown): string =>
  (e as NodeJS.ErrnoException | null)?.code ?? (e instanceof Error ? e.message : String(e));

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}
