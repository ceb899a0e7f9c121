// How many times the engine has written a state's record of flags, of regions or of characters.
// These change rarely (the regions and characters only as a month resolves, the flags now and
// then), so whoever follows a game stepped on in place by the engine alone (a simulation's
// viewer, whose views are read only until the next step; the server's frames) knows from this
// that the copy of a record it made last still holds, without comparing it member by member.
//
// The count is a hidden property of the record itself (not enumerable: a copy, a save or JSON
// of the record leaves it out) rather than an entry of a weak map: the collector visits every
// live entry of a weak map at each young collection, and each game makes its own records.
// A record that cannot take a property (frozen) is counted in a weak map.

const WRITES = Symbol('writes');
type Counted = { [WRITES]?: number };
const sealed = new WeakMap<object, number>();

/** Called by the engine whenever it writes `record` (its flags, or a region's or character's
 *  state in it). */
export function recordWritten(record: object): void {
  const counted = record as Counted;
  const n = counted[WRITES];
  if (n !== undefined) counted[WRITES] = n + 1;
  else if (Object.isExtensible(record))
    Object.defineProperty(record, WRITES, { value: 1, writable: true });
  else sealed.set(record, (sealed.get(record) ?? 0) + 1);
}

/** How many times the engine has written `record`. */
export function writesOf(record: object): number {
  return (record as Counted)[WRITES] ?? sealed.get(record) ?? 0;
}
