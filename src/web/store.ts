// Saves kept in the browser: the autosave and named saves, in IndexedDB. A tiny wrapper, with an
// in-memory twin for tests and for browsers that refuse IndexedDB (private windows).

export interface StoredSave {
  /** `autosave`, or the name the player gave. */
  readonly name: string;
  readonly text: string;
  readonly savedAt: number;
  /** A line to recognise it by: faction, date, seed. */
  readonly summary: string;
}

export interface SaveStore {
  get(name: string): Promise<StoredSave | null>;
  put(save: StoredSave): Promise<void>;
  list(): Promise<StoredSave[]>;
  remove(name: string): Promise<void>;
}

export const AUTOSAVE = 'autosave';

export function memoryStore(): SaveStore {
  const saves = new Map<string, StoredSave>();
  return {
    get: async (name) => saves.get(name) ?? null,
    put: async (save) => void saves.set(save.name, save),
    list: async () => [...saves.values()].sort((a, b) => b.savedAt - a.savedAt),
    remove: async (name) => void saves.delete(name),
  };
}

const DB = 'uchronia';
const STORE = 'saves';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

export async function indexedDbStore(): Promise<SaveStore> {
  if (typeof indexedDB === 'undefined') return memoryStore();
  const open = indexedDB.open(DB, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'name' });
  let db: IDBDatabase;
  try {
    db = await request(open);
  } catch {
    return memoryStore();
  }
  const tx = (mode: IDBTransactionMode) => db.transaction(STORE, mode).objectStore(STORE);
  return {
    get: async (name) =>
      ((await request(tx('readonly').get(name))) as StoredSave | undefined) ?? null,
    // One put is one transaction: the old save stays whole until the new one is written.
    put: async (save) => void (await request(tx('readwrite').put(save))),
    list: async () =>
      ((await request(tx('readonly').getAll())) as StoredSave[]).sort(
        (a, b) => b.savedAt - a.savedAt,
      ),
    remove: async (name) => void (await request(tx('readwrite').delete(name))),
  };
}
