// The command line's store of checked scenarios (see `parseScenarioWith`): one JSON file per key,
// in the package's cache folder, so that loading a scenario already checked skips parsing its
// YAML. A cache and nothing more: a store that cannot be read or written loads every scenario
// afresh, and an entry that does not read back as the scenario's files is ignored.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckedStore } from '../engine/format/load';
import { writeFileAtomic } from './atomic-write';
import { packageRoot } from './package-root';
import { readTextFile } from './read-file';

/** The store keeps this many scenarios; past that, entries are dropped in the order of their names
 *  (a hash: in no particular order). A few scenarios and
 *  their versions under edit fit; an author's hundredth edit does not fill the disk. */
const MAX_ENTRIES = 64;
const MAX_ENTRY_BYTES = 16 * 1024 * 1024;

let store: CheckedStore | null = null;

export function checkedStore(): CheckedStore {
  if (store) return store;
  const dir = join(packageRoot(), 'node_modules/.cache/uchronia/checked');
  const file = (key: string) => join(dir, `${key.replace(/[^a-z0-9-]/gi, '')}.json`);
  store = {
    get(key) {
      const read = readTextFile(file(key), MAX_ENTRY_BYTES);
      return read.ok ? read.text : undefined;
    },
    set(key, text) {
      try {
        mkdirSync(dir, { recursive: true });
        const names = readdirSync(dir).filter((n) => n.endsWith('.json'));
        for (const n of names.sort().slice(0, Math.max(0, names.length - MAX_ENTRIES + 1)))
          rmSync(join(dir, n), { force: true });
        writeFileAtomic(file(key), text);
      } catch {
        // a read-only package or a full disk: the next load checks the files again
      }
    },
    sha256Hex: (text) => createHash('sha256').update(text, 'utf8').digest('hex'),
  };
  return store;
}
