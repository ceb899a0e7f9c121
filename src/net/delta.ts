// A seat's view changes little from one action to the next, so updates carry what changed, as a
// delta: a tree shaped like the view that holds only what changed, without paths to spell out
// or parse. Worked out on the server by comparing what it sent last with the new view, applied
// by clients without changing any object they already hold (each record or list on a changed
// path is copied once), so a view handed out before an update stays as it was. Free of Node
// built-ins: pages import it.
//
// A record's delta is an object whose members are the record's members that changed, each as
//   - a number, string, boolean or null: the member is now that value;
//   - an object: the member is a record, changed by that delta;
//   - [0, v]: the member is now v (a record or list, or what was no record before);
//   - [1]: the member is gone;
//   - [2, ...splices]: the member is a list, changed by each splice in turn, a splice being
//     [at, removed, ...items] (as Array.prototype.splice: `removed` items from `at` give way
//     to `items`, at indices of the list as the splices before have left it).

export type Splice = readonly [at: number, removed: number, ...items: unknown[]];
export type Entry =
  | null
  | boolean
  | number
  | string
  | Delta
  | readonly [0, unknown]
  | readonly [1]
  | readonly [2, ...Splice[]];
export interface Delta {
  readonly [member: string]: Entry;
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** A record's own value at `k` (a key such as `valueOf` is no value of a record's own). */
const at = (o: Record<string, unknown>, k: string): unknown =>
  Object.hasOwn(o, k) ? o[k] : undefined;

/** Whether two JSON values are equal (a key holding undefined counts as absent, as in JSON). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  let keys = 0;
  for (const k in a) {
    if (a[k] === undefined) continue;
    if (!sameJson(a[k], at(b, k))) return false;
    keys++;
  }
  for (const k in b) if (b[k] !== undefined) keys--;
  return keys === 0;
}

/** A deep copy of a JSON value (what `undefined` a record holds is left out, as in JSON). */
export function copyJson<T>(x: T): T {
  if (typeof x !== 'object' || x === null) return x;
  if (Array.isArray(x)) return x.map(copyJson) as T;
  const out: Record<string, unknown> = {};
  for (const k in x) {
    const v = (x as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = copyJson(v);
  }
  return out as T;
}

/**
 * The entry that turns member value `a` (undefined: absent) into `b` (not undefined), or
 * undefined if they are equal. Identical objects are skipped at once: views share what did
 * not change. With `shared`, lists' items that are objects are the same only if identical:
 * for values whose equal objects are one object (as legal actions' options, each built once),
 * which a list then keeps without comparing their members (a list item not identical is sent
 * again, so the delta holds either way).
 */
export function diffEntry(a: unknown, b: unknown, shared = false): Entry | undefined {
  if (a === b) return undefined;
  if (typeof b !== 'object' || b === null) return b as Entry;
  if (Array.isArray(b)) return Array.isArray(a) ? diffList(a, b, shared) : [0, b];
  return isRecord(a) ? diffRecord(a, b as Record<string, unknown>, shared) : [0, b];
}

/** The delta that turns record `a` into `b`, or undefined if they are equal (`shared`: see
 *  `diffEntry`). */
export function diffRecord(
  a: Record<string, unknown>,
  b: Record<string, unknown>,
  shared = false,
): Delta | undefined {
  if (a === b) return undefined;
  let out: Record<string, Entry> | undefined;
  let kept = 0;
  // (keys as a list: a record of many keys whose shape is not shared, as the events a faction
  // knows have fired, is walked at once rather than key by key)
  const keys = Object.keys(b);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const v = b[k];
    if (v === undefined) continue;
    const w = a[k];
    // (most members are unchanged: the same value, or the same object, which no member a
    // record inherits is)
    if (w === v) {
      kept++;
      continue;
    }
    const was = w === undefined || !Object.hasOwn(a, k) ? undefined : w;
    if (was !== undefined) kept++;
    const e = diffEntry(was, v, shared);
    if (e !== undefined) (out ??= {})[k] = e;
  }
  const had = Object.keys(a);
  // (every member of `a` kept: none gone, without reading them again; a record of many keys, as
  // the events a faction knows have fired, is a hash table, each read a lookup)
  if (had.length === kept) return out;
  let defined = 0;
  for (let i = 0; i < had.length; i++) if (a[had[i]!] !== undefined) defined++;
  if (defined !== kept)
    for (const k of had) if (a[k] !== undefined && at(b, k) === undefined) (out ??= {})[k] = [1];
  return out;
}

/** Whether two list items are the same by identity alone (see `diffEntry`). */
const identical = (a: unknown, b: unknown): boolean => a === b;

/** How far ahead a list's first item is looked for in the list before it: the lists in a
 *  view drop their oldest items at the turn of a month. */
const DROPPED_LOOKAHEAD = 256;

/**
 * A list's entry: the items dropped from its front, the items it shares with the list before
 * it at the start and at the end kept, those between given way to the new ones; the whole
 * list when it shares nothing. Undefined if the lists are equal.
 */
function diffList(
  a: readonly unknown[],
  b: readonly unknown[],
  shared: boolean,
): Entry | undefined {
  const same = shared ? identical : sameJson;
  let from = 0;
  if (b.length > 0 && a.length > 0 && !same(a[0], b[0])) {
    const limit = Math.min(a.length, DROPPED_LOOKAHEAD);
    for (let k = 1; k < limit; k++)
      if (same(a[k], b[0])) {
        from = k;
        break;
      }
  }
  let p = 0;
  while (from + p < a.length && p < b.length && same(a[from + p], b[p])) p++;
  let s = 0;
  while (
    s < a.length - from - p &&
    s < b.length - p &&
    same(a[a.length - 1 - s], b[b.length - 1 - s])
  )
    s++;
  const removed = a.length - from - p - s;
  const added = b.length - p - s;
  if (from === 0 && removed === 0 && added === 0) return undefined;
  if (p + s === 0) return [0, b];
  const out: [2, ...Splice[]] = [2];
  if (from > 0) out.push([0, from]);
  if (removed > 0 || added > 0) {
    const splice: [number, number, ...unknown[]] = [p, removed];
    for (let i = p; i < p + added; i++) splice.push(b[i]);
    out.push(splice);
  }
  return out;
}

export class DeltaError extends Error {}

function applyEntry(was: unknown, e: unknown, path: string): unknown {
  if (typeof e !== 'object' || e === null) return e;
  if (!Array.isArray(e)) return applyRecord(was, e, path);
  if (e[0] === 0 && e.length === 2) return e[1];
  if (e[0] === 2) return applySplices(was, e, path);
  throw new DeltaError(`delta at ${path}: not an entry`);
}

function applyRecord(was: unknown, d: unknown, path: string): Record<string, unknown> {
  if (!isRecord(was)) throw new DeltaError(`delta at ${path || '/'}: no record to change`);
  if (!isRecord(d)) throw new DeltaError(`delta at ${path || '/'}: not a record's delta`);
  const out: Record<string, unknown> = { ...was };
  for (const k in d) {
    if (k === '__proto__') throw new DeltaError(`delta at ${path}/${k}: not a place in a view`);
    const e = d[k];
    if (Array.isArray(e) && e[0] === 1 && e.length === 1) {
      if (!Object.hasOwn(out, k)) throw new DeltaError(`delta at ${path}/${k}: nothing to remove`);
      delete out[k];
    } else out[k] = applyEntry(at(was, k), e, `${path}/${k}`);
  }
  return out;
}

const count = (x: unknown, max: number): x is number =>
  typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= max;

function applySplices(was: unknown, e: readonly unknown[], path: string): unknown[] {
  if (!Array.isArray(was)) throw new DeltaError(`delta at ${path}: no list to change`);
  const out = was.slice();
  for (let i = 1; i < e.length; i++) {
    const s = e[i];
    if (!Array.isArray(s) || !count(s[0], out.length) || !count(s[1], out.length - s[0]))
      throw new DeltaError(`delta at ${path}: splice ${i} does not fit the list`);
    out.splice(s[0], s[1], ...(s.slice(2) as unknown[]));
  }
  return out;
}

/** Member value `was` changed by `entry`, as `applyDelta` changes a record's member: what the
 *  entry leaves as it was is shared, not copied. */
export const changedBy = (was: unknown, entry: Entry): unknown => applyEntry(was, entry, '');

/** `doc` (a record) changed by `delta`; `doc` and everything in it are left unchanged. Throws
 *  DeltaError for a delta that does not fit the document. */
export function applyDelta<T>(doc: T, delta: Delta): T {
  return applyRecord(doc, delta, '') as T;
}
