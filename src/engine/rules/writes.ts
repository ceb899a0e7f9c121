// How many times the engine has set flags in a state's record of flags. Flags change rarely, so
// a simulation's viewer (one whose views are read only until the next step, while the game
// changes by the engine's steps alone) knows from this that the flags it copied last still hold,
// without comparing them one by one.
//
// The count is a hidden property of the record itself (not enumerable: a copy, a save or JSON
// of the record leaves it out) rather than an entry of a weak map: the collector visits every
// live entry of a weak map at each young collection, and each game makes its own records.
// A record that cannot take a property (frozen) is counted in a weak map.

const WRITES = Symbol('flag writes');
type Counted = { [WRITES]?: number };
const sealed = new WeakMap<object, number>();

/** Called by the engine whenever it sets flags in `flags`. */
export function flagsWritten(flags: object): void {
  const counted = flags as Counted;
  const n = counted[WRITES];
  if (n !== undefined) counted[WRITES] = n + 1;
  else if (Object.isExtensible(flags))
    Object.defineProperty(flags, WRITES, { value: 1, writable: true });
  else sealed.set(flags, (sealed.get(flags) ?? 0) + 1);
}

/** How many times the engine has set flags in `flags`. */
export function flagWritesOf(flags: object): number {
  return (flags as Counted)[WRITES] ?? sealed.get(flags) ?? 0;
}
