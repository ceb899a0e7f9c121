// The mirrors of a match's frames (frames.ts): what the seats were last sent of the state's own
// objects, and when a mirror must be compared with the state again.
import { writesOf } from '../../engine';
import { copyJson, type Entry } from '../../net/delta';

/**
 * A member of the views that is the state's own object, changed in place as the match's state
 * steps on (the regions, the characters, the flags of a faction that sees them all): a copy of
 * it as last sent, and what the last update changed of it, worked out once for every seat.
 */
export interface Mirror {
  copy: unknown;
  /** Counts the changes sent; `part` turns version `version - 1` into `version`. */
  version: number;
  /** What the last change made of it, as a delta's entry (of copies: the state's objects
   *  change on), and as JSON (`"key":entry`). */
  entry: Entry | undefined;
  part: string;
  /** The member's value whole, as JSON (`"key":[0,value]`), when asked for. */
  whole: string | null;
  /** What turns an older version (`from`, a seat's update put off for a while) into this one,
   *  worked out for the first seat that needs it. */
  lag: { from: number; entry: Entry | undefined; part: string } | null;
  /** The state's record (of flags, regions or characters) the copy was last compared with,
   *  and the engine's writes to it then (see `unwritten`); null for the other members. */
  writtenOf: object | null;
  writes: number;
  /** The object the copy was last compared with, and the sequence of the state then: a state
   *  stepped on in place changes only as its sequence moves on (a step the engine refuses
   *  changes nothing), so the copy still holds for the same object at the same sequence. */
  seenOf: unknown;
  seenAt: number;
  /** This version and its copy, as seats are told they were sent it. */
  synced: Synced;
}

/** A member that is the state's own object, as a seat was last sent it: the version of its
 *  mirror, and that version's copy (copies are never changed: a new one replaces it). */
export interface Synced {
  readonly version: number;
  readonly copy: unknown;
}

/** The mirror of member `k` first seen as `v`: as sent, no change yet. */
export const newMirror = (k: string, v: unknown, seq: number | undefined): Mirror => {
  const copy = copyJson(v);
  return {
    copy,
    synced: { version: 0, copy },
    version: 0,
    entry: undefined,
    part: '',
    whole: null,
    lag: null,
    ...writesSeen(k, v),
    seenOf: v,
    seenAt: seq ?? NaN,
  };
};

/** The members that are records whose writes the engine counts (the state's own objects). */
const COUNTED: ReadonlySet<string> = new Set(['flags', 'regions', 'characters']);

/** The record `v` (member `k`) and the engine's writes to it so far, if the engine counts them. */
export const writesSeen = (k: string, v: unknown) =>
  COUNTED.has(k)
    ? { writtenOf: v as object, writes: writesOf(v as object) }
    : { writtenOf: null, writes: 0 };

/** Whether the member is a record of the state's that the engine has not written since the
 *  mirror's copy was compared with it: the copy still holds (these records change only by the
 *  engine's steps, and most steps write none of them). */
export const unwritten = (m: Mirror, v: unknown): boolean =>
  m.writtenOf === v && writesOf(v as object) === m.writes;

/** Whether the mirror's copy was compared with `v` at sequence `seq` (undefined: not known). */
export const seenAt = (m: Mirror, v: unknown, seq: number | undefined): boolean =>
  m.seenOf === v && m.seenAt === seq;
