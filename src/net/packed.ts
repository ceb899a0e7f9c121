// The month's changes are most of what a seat is sent as the game goes on (a month's resolution
// notes dozens), and as records they spell out the same five keys in every one: updates carry
// each as a list of its values, in an order fixed by its cause's kind, and clients unpack them
// into the same records. A change whose cause is of a kind not known here, or has members not
// listed here, is sent as it is (a record), so nothing is ever lost. Free of Node built-ins.
import type { KnownChange } from '../engine';
import type { Delta, Entry } from './delta';

/** Per kind of cause, its members after `kind`, in order (an optional one last). */
const CAUSE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  order: ['faction', 'order', 'target'],
  cost: ['faction', 'order'],
  event: ['event'],
  choice: ['event', 'option'],
  drift: ['track', 'modifier'],
  unseen: [],
};

/** A change as `[turn, figure, delta, kind, ...the cause's members]`, or as it is. */
export function packChange(c: KnownChange): unknown {
  const cause = c.cause as unknown as Record<string, unknown>;
  const fields = Object.hasOwn(CAUSE_FIELDS, c.cause.kind) ? CAUSE_FIELDS[c.cause.kind]! : null;
  if (!fields) return c;
  const out: unknown[] = [c.turn, c.figure, c.delta, c.cause.kind];
  let members = 1;
  for (const f of fields) {
    const v = cause[f];
    if (v === undefined) break;
    if (typeof v !== 'string') return c;
    out.push(v);
    members++;
  }
  let own = 0;
  for (const k in cause) if (cause[k] !== undefined) own++;
  // (a change's own members: the four, and none else)
  let keys = 0;
  for (const k in c) if ((c as unknown as Record<string, unknown>)[k] !== undefined) keys++;
  return own === members && keys === 4 ? out : c;
}

export function unpackChange(x: unknown): KnownChange {
  if (!Array.isArray(x)) return x as KnownChange;
  const [turn, figure, delta, kind] = x as [number, string, number, string];
  const fields = Object.hasOwn(CAUSE_FIELDS, kind) ? CAUSE_FIELDS[kind]! : null;
  if (!fields || x.length > 4 + fields.length) throw new Error(`a packed change of kind ${kind}`);
  const cause: Record<string, unknown> = { kind };
  for (let i = 4; i < x.length; i++) cause[fields[i - 4]!] = x[i];
  return { turn, figure, delta, cause: cause as unknown as KnownChange['cause'] };
}

/** A list member's entry (or the whole list) with its items mapped by `f`. */
function mapItems(e: Entry, f: (x: unknown) => unknown): Entry {
  if (!Array.isArray(e)) return e;
  if (e[0] === 0 && Array.isArray(e[1])) return [0, (e[1] as unknown[]).map(f)];
  if (e[0] !== 2) return e;
  const out: unknown[] = [2];
  for (let i = 1; i < e.length; i++) {
    const s = e[i] as unknown[];
    if (!Array.isArray(s)) {
      out.push(s);
      continue;
    }
    const mapped: unknown[] = [s[0], s[1]];
    for (let j = 2; j < s.length; j++) mapped.push(f(s[j]));
    out.push(mapped);
  }
  return out as unknown as Entry;
}

/** The entry of the view's `changes` as sent. */
export const packChanges = (e: Entry): Entry => mapItems(e, (x) => packChange(x as KnownChange));
/** The entry of the view's `changes` as received, with its changes as records again. */
export const unpackChanges = (e: Entry): Entry => mapItems(e, unpackChange);

/** A view's delta as received, with the changes in it as records again. */
export const unpackDelta = (d: Delta): Delta =>
  d.changes === undefined ? d : { ...d, changes: unpackChanges(d.changes) };
