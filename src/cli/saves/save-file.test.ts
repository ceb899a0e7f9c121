// Reading a save from disk: a BOM is read past; what is not a bounded regular file is refused
// with one clear line, never a hang.
import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  ftruncateSync,
  mkdtempSync,
  openSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSaveFile } from './save-file';
import { gameFromReplay, saveGame } from '../../engine';
import { runCampaign } from '../../analysis/campaign';
import { randomPolicy } from '../../ai';
import { loadMini } from '../../../test/helpers';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const tmp = () => (dir = mkdtempSync(join(tmpdir(), 'uchronia-save-')));

function aSave(): string {
  const scenario = loadMini();
  const all = Object.fromEntries(scenario.index.playable.map((f) => [f, randomPolicy]));
  const r = gameFromReplay(scenario, 7, runCampaign(scenario, 7, all).actions.slice(0, 10));
  if (!r.ok) throw new Error('replay failed');
  return saveGame(r.value, { red: 'human', blue: 'random' });
}

describe('readSaveFile', () => {
  it('reads a save that starts with a byte-order mark', () => {
    const file = join(tmp(), 'bom.json');
    const text = aSave();
    writeFileSync(file, '\uFEFF' + text);
    const withBom = readSaveFile(file);
    writeFileSync(file, text);
    expect(withBom).toEqual(readSaveFile(file));
  });

  it('refuses a FIFO, a device and a huge file by name', () => {
    const d = tmp();
    execFileSync('mkfifo', [join(d, 'pipe.json')]);
    symlinkSync('/dev/zero', join(d, 'zero.json'));
    const fd = openSync(join(d, 'huge.json'), 'w');
    ftruncateSync(fd, 600 * 1024 * 1024);
    closeSync(fd);
    expect(() => readSaveFile(join(d, 'pipe.json'))).toThrow(
      /cannot load .*pipe\.json: it is a named pipe \(FIFO\), not a regular file/,
    );
    expect(() => readSaveFile(join(d, 'zero.json'))).toThrow(/zero\.json: it is a device/);
    expect(() => readSaveFile(join(d, 'huge.json'))).toThrow(
      /huge\.json: it is 629145600 bytes; the limit is 5242880/,
    );
    expect(() => readSaveFile(join(d, 'missing.json'))).toThrow(
      /missing\.json: there is no such file/,
    );
  });
});
