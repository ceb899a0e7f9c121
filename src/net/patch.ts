// A seat's view changes little from one action to the next, so updates carry what changed: JSON
// Patch operations (RFC 6902's add, replace and remove), worked out on the server by comparing
// the view it sent last with the new one, and applied by clients without changing any object
// they already hold (each container on a changed path is copied once), so a view handed out
// before an update stays as it was. Free of Node built-ins: pages import it.

export type PatchOp =
  | { readonly op: 'add' | 'replace'; readonly path: string; readonly value: unknown }
  | { readonly op: 'remove'; readonly path: string };

type Container = Record<string, unknown> | unknown[];

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** A record's own value at `k` (a key such as `valueOf` is no value of a record's own). */
const at = (o: Record<string, unknown>, k: string): unknown =>
  Object.hasOwn(o, k) ? o[k] : undefined;

export const escapeKey = (key: string) =>
  key.includes('~') || key.includes('/') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key;

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

/**
 * The operations that turn JSON value `a` into `b`. Records are compared key by key; arrays by
 * what they share at both ends (see `diffArray`). Identical objects are skipped at once: views
 * share what did not change.
 */
export function diffJson(a: unknown, b: unknown, path = '', out: PatchOp[] = []): PatchOp[] {
  if (a === b) return out;
  if (isRecord(a) && isRecord(b)) {
    // (the path of a key is written out only where something changed)
    let kept = 0;
    for (const k in b) {
      const v = b[k];
      if (v === undefined) continue;
      const was = a[k];
      if (was === v) kept++;
      else if (was === undefined || !Object.hasOwn(a, k))
        out.push({ op: 'add', path: `${path}/${escapeKey(k)}`, value: v });
      else {
        kept++;
        if (typeof was === 'object' && typeof v === 'object')
          diffJson(was, v, `${path}/${escapeKey(k)}`, out);
        else out.push({ op: 'replace', path: `${path}/${escapeKey(k)}`, value: v });
      }
    }
    let had = 0;
    for (const k in a) if (a[k] !== undefined) had++;
    if (had !== kept)
      for (const k in a)
        if (a[k] !== undefined && at(b, k) === undefined)
          out.push({ op: 'remove', path: `${path}/${escapeKey(k)}` });
  } else if (Array.isArray(a) && Array.isArray(b)) diffArray(a, b, path, out);
  else if (!sameJson(a, b)) out.push({ op: 'replace', path, value: b });
  return out;
}

/** How far ahead an array's first item is looked for in the array before it: the lists in a
 *  view drop their oldest items at the turn of a month. */
const DROPPED_LOOKAHEAD = 256;

/**
 * An array's operations: items dropped from its front, the items it shares with the array
 * before it at the start and at the end kept, those between replaced item by item (then
 * removed or inserted); replaced whole when that is shorter than the operations would be.
 * Indices are those of the array as the operations before have left it, as JSON Patch applies
 * them one after another.
 */
function diffArray(a: unknown[], b: unknown[], path: string, out: PatchOp[]): void {
  let from = 0;
  if (b.length > 0 && a.length > 0 && !sameJson(a[0], b[0])) {
    const limit = Math.min(a.length, DROPPED_LOOKAHEAD);
    for (let k = 1; k < limit; k++)
      if (sameJson(a[k], b[0])) {
        from = k;
        break;
      }
  }
  let p = 0;
  while (from + p < a.length && p < b.length && sameJson(a[from + p], b[p])) p++;
  let s = 0;
  while (
    s < a.length - from - p &&
    s < b.length - p &&
    sameJson(a[a.length - 1 - s], b[b.length - 1 - s])
  )
    s++;
  const removed = a.length - from - p - s;
  const added = b.length - p - s;
  // (an operation that removes an item is about a third of one that carries an item)
  if (0.3 * (from + Math.max(0, removed - added)) + Math.max(removed, added) >= b.length) {
    out.push({ op: 'replace', path, value: b });
    return;
  }
  for (let k = 0; k < from; k++) out.push({ op: 'remove', path: `${path}/0` });
  const both = Math.min(removed, added);
  for (let i = p; i < p + both; i++) {
    const x = a[from + i];
    const y = b[i];
    if (typeof x === 'object' && x !== null && typeof y === 'object' && y !== null)
      diffJson(x, y, `${path}/${i}`, out);
    else out.push({ op: 'replace', path: `${path}/${i}`, value: y });
  }
  for (let i = both; i < removed; i++) out.push({ op: 'remove', path: `${path}/${p + both}` });
  for (let i = both; i < added; i++)
    out.push({
      op: 'add',
      path: s === 0 ? `${path}/-` : `${path}/${p + i}`,
      value: b[p + i],
    });
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
 * Compares records member by member, remembering the last comparison of each member: records
 * that share members (the views of one state for several seats share most of theirs) then
 * compare each pair of members once.
 */
export class MemberDiff {
  private readonly last = new Map<string, { a: unknown; b: unknown; ops: PatchOp[] }>();

  diff<T extends object>(from: T, to: T): PatchOp[] {
    const a = from as Record<string, unknown>;
    const b = to as Record<string, unknown>;
    const out: PatchOp[] = [];
    for (const k in b) this.member(k, at(a, k), b[k], out);
    for (const k in a)
      if (a[k] !== undefined && at(b, k) === undefined)
        out.push({ op: 'remove', path: `/${escapeKey(k)}` });
    return out;
  }

  /** The operations that turn member `k`'s value `x` (undefined: absent) into `y`, onto `out`. */
  member(k: string, x: unknown, y: unknown, out: PatchOp[]): void {
    if (x === y || y === undefined) return;
    const seen = this.last.get(k);
    if (seen && seen.a === x && seen.b === y) {
      for (const op of seen.ops) out.push(op);
      return;
    }
    const ops =
      x === undefined
        ? [{ op: 'add' as const, path: `/${escapeKey(k)}`, value: y }]
        : diffJson(x, y, `/${escapeKey(k)}`);
    this.last.set(k, { a: x, b: y, ops });
    for (const op of ops) out.push(op);
  }
}

export class PatchError extends Error {}

function keysOf(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/'))
    throw new PatchError(`patch path ${JSON.stringify(path)}: not a JSON pointer`);
  return path
    .slice(1)
    .split('/')
    .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function indexIn(list: unknown[], key: string, path: string, adding: boolean): number {
  if (adding && key === '-') return list.length;
  const i = /^(0|[1-9][0-9]*)$/.test(key) ? Number(key) : -1;
  if (i < 0 || i > list.length || (!adding && i === list.length))
    throw new PatchError(`patch path ${path}: no item ${key}`);
  return i;
}

/** `doc` with `ops` applied; `doc` and everything in it are left unchanged. Throws PatchError
 *  for an operation that does not fit the document. */
export function applyPatch<T>(doc: T, ops: readonly PatchOp[]): T {
  const copies = new Set<Container>();
  const own = (c: Container): Container => {
    if (copies.has(c)) return c;
    const copy = Array.isArray(c) ? c.slice() : { ...c };
    copies.add(copy);
    return copy;
  };
  const container = (x: unknown, path: string): Container => {
    if (typeof x !== 'object' || x === null)
      throw new PatchError(`patch path ${path}: no such place`);
    return own(x as Container);
  };
  let root: unknown = doc;
  for (const op of ops) {
    const keys = keysOf(op.path);
    if (keys.some((k) => k === '__proto__'))
      throw new PatchError(`patch path ${op.path}: not a place in a view`);
    if (keys.length === 0) {
      if (op.op === 'remove') throw new PatchError('patch: cannot remove the whole view');
      root = op.value;
      continue;
    }
    root = container(root, op.path);
    let parent = root as Container;
    for (const k of keys.slice(0, -1)) {
      const child = Array.isArray(parent)
        ? parent[indexIn(parent, k, op.path, false)]
        : Object.hasOwn(parent, k)
          ? parent[k]
          : undefined;
      const copy = container(child, op.path);
      if (Array.isArray(parent)) parent[Number(k)] = copy;
      else parent[k] = copy;
      parent = copy;
    }
    const last = keys[keys.length - 1]!;
    if (Array.isArray(parent)) {
      const i = indexIn(parent, last, op.path, op.op === 'add');
      if (op.op === 'add') parent.splice(i, 0, op.value);
      else if (op.op === 'replace') parent[i] = op.value;
      else parent.splice(i, 1);
    } else if (op.op === 'add') parent[last] = op.value;
    else {
      if (!Object.hasOwn(parent, last)) throw new PatchError(`patch path ${op.path}: no such key`);
      if (op.op === 'replace') parent[last] = op.value;
      else delete parent[last];
    }
  }
  return root as T;
}
