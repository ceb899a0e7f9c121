// A faction's tracks and flags as a transient viewer hands them out: one record of each, kept
// up in place from look to look instead of copied, with the look at which each figure last
// changed. A simulation looks at its game several times a month (each faction before it acts)
// while the tracks drift once a month and the flags change now and then, so most looks change
// nothing or a few figures; and what is worked out from a view (its faction's legal actions, see
// orders/maintained.ts) is kept while nothing it reads has changed since. Figures are compared
// by value with the state's, so a mirror is exact for any state it is handed, of any game, as
// long as nothing but the engine's steps writes into a state in place (tracks are read from the
// state's memo where it has one).
import { blindFor } from './secrecy';
import { writesOf, recordWritten } from '../writes';
import { hashedRecord } from '../state';
import { memoIfAny } from '../month/memo';
import type { SlotIds, StateSlots } from '../../expr/slots';
import type { GameState, Scenario } from '../../types';

/** Where a faction's figures sit in its mirrors: the tracks and flags it sees, numbered. */
export interface MirrorLayout {
  readonly tracks: readonly string[];
  readonly trackSlot: ReadonlyMap<string, number>;
  readonly flags: readonly string[];
  readonly flagSlot: ReadonlyMap<string, number>;
  /** Whether the faction sees every flag: its views then hand out the state's own record. */
  readonly allFlags: boolean;
  /** The slots above as a table of ids, for expressions to read a mirror by slot. */
  readonly ids: SlotIds;
}

const layouts = new WeakMap<Scenario, Map<string, MirrorLayout>>();

const NO_SLOTS: ReadonlyMap<string, number> = new Map();
const NO_COUNTS = new Int32Array(0);

export function mirrorLayout(scenario: Scenario, faction: string): MirrorLayout {
  let byFaction = layouts.get(scenario);
  if (!byFaction) layouts.set(scenario, (byFaction = new Map()));
  let layout = byFaction.get(faction);
  if (!layout) {
    const blind = blindFor(scenario, faction);
    const flags = blind.flags ?? scenario.flags.map((f) => f.id);
    const trackSlot = new Map(blind.tracks.map((id, i) => [id, i]));
    const flagSlot = new Map(flags.map((id, i) => [id, i]));
    layout = {
      tracks: blind.tracks,
      trackSlot,
      flags,
      flagSlot,
      allFlags: blind.flags === null,
      // no faction has a slot: a view's counts of regions in control are counted from its
      // records (see controlledReader)
      ids: { tracks: trackSlot, flags: flagSlot, factions: NO_SLOTS },
    };
    byFaction.set(faction, layout);
  }
  return layout;
}

export class Mirror {
  /** The number of looks that found something changed; a figure's stamp is the look at which
   *  it last changed (0: never since the mirror was made). */
  clock = 0;
  /** The record of tracks handed out, changed in place. */
  readonly tracks: Record<string, number>;
  /** The record of flags handed out, changed in place (null: the state's own is). */
  readonly flags: Record<string, boolean> | null;
  readonly trackStamps: Uint32Array;
  readonly flagStamps: Uint32Array;
  /** The tracks' values by slot, as the record of tracks holds them (a figure that is not a
   *  number as a number). */
  readonly trackValues: Float64Array;
  /** The flags it sees by slot, 1 where set. */
  readonly flagValues: Uint8Array;
  /** Its figures by slot, for an expression worked out from its views (see expr/slots.ts): they
   *  are the views' records' as long as the state is written by the engine alone. */
  readonly slots: StateSlots;
  /** The state's record of flags last compared with, and the engine's writes to it then. */
  private flagsOf: object | null = null;
  private flagsSeen = -1;
  /** The table of ids of the state memo's slots last read, and each of the layout's tracks' and
   *  flags' slot in it (null: one of them has none). */
  private memoIds: SlotIds | null = null;
  private memoTracks: Int32Array | null = null;
  private memoFlags: Int32Array | null = null;

  constructor(
    readonly layout: MirrorLayout,
    shapes: {
      readonly tracks: Readonly<Record<string, number>>;
      readonly flags: Readonly<Record<string, boolean>> | null;
    },
  ) {
    // hash tables, as the state's own records (see hashedRecord): read and written by a name
    // that varies from call to call
    this.tracks = Object.assign(hashedRecord<number>(), shapes.tracks);
    this.flags = layout.allFlags ? null : Object.assign(hashedRecord<boolean>(), shapes.flags);
    this.trackValues = new Float64Array(layout.tracks.length);
    this.flagValues = new Uint8Array(layout.flags.length);
    this.trackStamps = new Uint32Array(layout.tracks.length);
    this.flagStamps = new Uint32Array(layout.flags.length);
    this.slots = {
      ids: layout.ids,
      trackValues: this.trackValues,
      flagValues: this.flagValues,
      controlled: NO_COUNTS,
    };
    mirrors.set(this.tracks, this);
  }

  /** Brings the records up to `state`, stamping what changed. */
  follow(state: GameState): void {
    const look = this.clock + 1;
    let changed = false;
    const { tracks: trackIds, flags: flagIds } = this.layout;
    const values = this.trackValues;
    // The state's memo (rules/month/memo.ts) holds its tracks and flags by slot, written wherever
    // the engine writes the records: they are the records' figures as long as nothing but the
    // engine writes the state in place between two steps, the rule of a memo and of a transient
    // viewer alike. They are read by place rather than the records by name.
    const memo = memoIfAny(state);
    if (memo !== null && memo.ids !== this.memoIds) this.slotsIn(memo.ids);
    const at = memo !== null && memo.slotted ? this.memoTracks : null;
    if (at !== null) {
      const from = memo!.trackValues;
      for (let i = 0; i < at.length; i++) {
        const v = from[at[i]!]!;
        if (Object.is(v, values[i]!)) continue;
        values[i] = v;
        this.tracks[trackIds[i]!] = v;
        this.trackStamps[i] = look;
        changed = true;
      }
    } else {
      const from = state.tracks;
      for (let i = 0; i < trackIds.length; i++) {
        const id = trackIds[i]!;
        const v = from[id] ?? 0;
        // a figure that is not a number is never the same as the typed array's: it is written
        // and stamped at every look, which is always exact
        if (Object.is(v, values[i]!)) continue;
        values[i] = v;
        this.tracks[id] = v;
        this.trackStamps[i] = look;
        changed = true;
      }
    }
    // Flags change rarely: they are compared only once the engine has set some since, or when
    // handed another record.
    const writes = writesOf(state.flags);
    if (state.flags !== this.flagsOf || writes !== this.flagsSeen) {
      this.flagsOf = state.flags;
      this.flagsSeen = writes;
      const flags = state.flags;
      const fv = this.flagValues;
      const flagAt = memo !== null ? this.memoFlags : null;
      const slotted = memo !== null ? memo.flagValues : null;
      let flagsChanged = false;
      for (let i = 0; i < flagIds.length; i++) {
        const id = flagIds[i]!;
        const v = flagAt !== null ? slotted![flagAt[i]!]! : flags[id] === true ? 1 : 0;
        if (v === fv[i]) continue;
        fv[i] = v;
        if (this.flags) this.flags[id] = v === 1;
        this.flagStamps[i] = look;
        flagsChanged = true;
      }
      // whoever tells flags apart by the engine's writes to a record sees this one's change
      if (flagsChanged && this.flags) recordWritten(this.flags);
      changed ||= flagsChanged;
    }
    if (changed) this.clock = look;
  }

  /** Finds each of the layout's tracks' and flags' slot among a memo's of table `ids`. */
  private slotsIn(ids: SlotIds): void {
    this.memoIds = ids;
    const tracks = this.layout.tracks.map((id) => ids.tracks.get(id) ?? -1);
    const flags = this.layout.flags.map((id) => ids.flags.get(id) ?? -1);
    this.memoTracks = tracks.includes(-1) ? null : Int32Array.from(tracks);
    this.memoFlags = flags.includes(-1) ? null : Int32Array.from(flags);
  }
}

const mirrors = new WeakMap<object, Mirror>();

/** The mirror a view's record of tracks is kept by, if it is a transient viewer's. */
export function mirrorOf(tracks: object): Mirror | undefined {
  return mirrors.get(tracks);
}
