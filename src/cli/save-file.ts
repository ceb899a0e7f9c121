// Save files on disk: written atomically, read with a clear one-line error when damaged.
import { readFileSync, statSync } from 'node:fs';
import { loadSave, parseSave, type GameState, type SaveData, type Scenario } from '../engine';
import { writeFileAtomic } from '../node/atomic-write';
import { fail } from './fail';

/** Replaces the save atomically (see writeFileAtomic): a crash, or another process saving to the
 *  same file, never leaves half a save. */
export function writeAtomic(file: string, text: string): void {
  try {
    writeFileAtomic(file, text);
  } catch (e) {
    fail(
      `cannot write the save ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
}

/** A save file's data, or a clear failure. */
export function readSaveFile(file: string): SaveData {
  let text: string;
  try {
    if (statSync(file).size > 16 * 1024 * 1024)
      fail(`cannot load ${file}: the file is too large to be a save`);
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (!code) throw e;
    fail(
      `cannot load ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code}`,
    );
  }
  const r = parseSave(text);
  if (!r.ok) fail(`cannot load ${file}: ${r.error.message}`);
  return r.value;
}

/** Replays a save on its scenario, or fails clearly. */
export function stateFromSave(scenario: Scenario, save: SaveData, file: string): GameState {
  const r = loadSave(scenario, save);
  if (!r.ok) fail(`cannot load ${file}: ${r.error.message}`);
  return r.value;
}
