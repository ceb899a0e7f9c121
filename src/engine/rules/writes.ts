// How many times the engine has set flags in a state's record of flags. Flags change rarely, so
// a simulation's viewer (one whose views are read only until the next step, while the game
// changes by the engine's steps alone) knows from this that the flags it copied last still hold,
// without comparing them one by one.
const flagWrites = new WeakMap<object, number>();

/** Called by the engine whenever it sets flags in `flags`. */
export function flagsWritten(flags: object): void {
  flagWrites.set(flags, (flagWrites.get(flags) ?? 0) + 1);
}

/** How many times the engine has set flags in `flags`. */
export function flagWritesOf(flags: object): number {
  return flagWrites.get(flags) ?? 0;
}
