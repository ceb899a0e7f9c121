// Save files on disk: written atomically, read with a clear one-line error when damaged.
import {
  loadSave,
  MAX_SAVE_BYTES,
  parseSave,
  type GameState,
  type SaveData,
  type Scenario,
} from '../../engine';
import { writeFileAtomic } from '../../node/atomic-write';
import { readTextFile } from '../../node/read-file';
import { fail } from '../fail';

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

/** A save file's data, or a clear failure: only a regular file is read, bounded like any save. */
export function readSaveFile(file: string): SaveData {
  const read = readTextFile(file, MAX_SAVE_BYTES);
  if (!read.ok) fail(`cannot load ${file}: ${read.message}`);
  const r = parseSave(read.text);
  if (!r.ok) fail(`cannot load ${file}: ${r.error.message}`);
  return r.value;
}

/** Replays a save on its scenario, or fails clearly. What the player should know about a save
 *  that loads (a changed scenario) is printed as a note on stderr. */
export function stateFromSave(scenario: Scenario, save: SaveData, file: string): GameState {
  const r = loadSave(scenario, save);
  if (!r.ok) fail(`cannot load ${file}: ${r.error.message}`);
  for (const n of r.notices) process.stderr.write(`uchronia: note: ${file}: ${n.message}\n`);
  return r.value;
}
