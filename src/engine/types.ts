// The engine's data: a compiled scenario (read-only, built once by the loader), here, and the game
// state (plain, serialisable data changed only by `step`), in game-state.ts and exported from here
// too, so that the engine's modules find both in one place.
import type { Calendar } from './calendar';
import type { CharacterState, RegionState } from './game-state';

export * from './game-state';

/** Version of the scenario format this engine reads. */
export const SCENARIO_FORMAT_VERSION = 1;

/** A date as the scenario's calendar counts it (a *tick*, see calendar.ts): a month counted
 *  from year 0, `year * 12 + (month - 1)`, in a scenario played by the month; a day number in
 *  one played by the day or the week. */
export type MonthIndex = number;

/** Where something sits in the scenario files, for error messages and "why" answers. */
export interface SourceRef {
  file: string;
  path: string;
}

// ---------------------------------------------------------------------------------------------
// Compiled expressions and effects

/** What expressions read of a game: the full state (for the rules), or a faction's view of it
 *  (for everything shown to that faction: legal actions, previews, "why"). */
export interface ReadableState {
  readonly turn: number;
  readonly tracks: Readonly<Record<string, number>>;
  readonly flags: Readonly<Record<string, boolean>>;
  readonly regions: Readonly<Record<string, Readonly<RegionState>>>;
  readonly characters: Readonly<Record<string, Readonly<CharacterState>>>;
  readonly fired: Readonly<Record<string, readonly number[]>>;
  readonly chosen: Readonly<Record<string, string>>;
}

/** What a compiled expression can read. Built by the engine; expressions never see JS objects. */
export interface EvalContext {
  readonly scenario: Scenario;
  readonly state: ReadableState;
  /** The region an order is aimed at, when evaluating that order. */
  readonly target: string | null;
}

export type NumFn = (ctx: EvalContext) => number;
export type BoolFn = (ctx: EvalContext) => boolean;

/** A compiled expression keeps its source for display ("why" and effect previews). */
export interface CompiledNum {
  readonly source: string;
  readonly constant: number | null;
  readonly run: NumFn;
}
export interface CompiledBool {
  readonly source: string;
  readonly run: BoolFn;
  /** For a condition on the region an order is aimed at alone: the same test, given that
   *  region's state (`run` with `target` set gives what this gives of the target's state). */
  readonly onTarget?: (region: RegionState | undefined, id: string) => boolean;
  /** Of such a condition, the part that reads the target's identity alone (its tags, its name),
   *  which never changes, and the rest (null when the identity decides it all): `onTarget` holds
   *  where both do. */
  readonly split?: {
    readonly fixed: (id: string) => boolean;
    readonly rest: ((region: RegionState | undefined, id: string) => boolean) | null;
  };
}

/** An effect, compiled: data the engine applies (see effects.ts for the registry). */
export type Effect =
  | { readonly op: 'add'; readonly entries: readonly (readonly [string, CompiledNum])[] }
  | {
      readonly op: 'set';
      readonly tracks: readonly (readonly [string, CompiledNum])[];
      readonly flags: readonly (readonly [string, boolean])[];
    }
  | { readonly op: 'unrest'; readonly entries: readonly (readonly [string, CompiledNum])[] }
  | { readonly op: 'control'; readonly entries: readonly (readonly [string, string])[] }
  | { readonly op: 'health'; readonly entries: readonly (readonly [string, CompiledNum])[] }
  | { readonly op: 'kill'; readonly character: string }
  | { readonly op: 'trigger'; readonly event: string; readonly delay: number }
  | { readonly op: 'end'; readonly ending: string }
  | {
      readonly op: 'chance';
      readonly p: CompiledNum;
      readonly then: readonly Effect[];
      readonly else: readonly Effect[];
    }
  | {
      readonly op: 'if';
      readonly when: CompiledBool;
      readonly then: readonly Effect[];
      readonly else: readonly Effect[];
    };

// ---------------------------------------------------------------------------------------------
// The compiled scenario

export interface Modifier {
  readonly id: string;
  readonly when: CompiledBool | null;
  readonly value: CompiledNum;
}

export interface FactionDef {
  readonly id: string;
  readonly playable: boolean;
  readonly ordersPerTurn: number;
  readonly color: string | null;
}

export interface StageDef {
  readonly id: string;
  readonly at: number;
}

export interface TrackDef {
  readonly id: string;
  readonly initial: number;
  readonly min: number;
  readonly max: number;
  readonly owner: string | null;
  readonly private: boolean;
  readonly drift: readonly Modifier[];
  readonly stages: readonly StageDef[];
}

export interface FlagDef {
  readonly id: string;
  readonly initial: boolean;
  /** The only factions that see it; null when every faction does. */
  readonly visibleTo: readonly string[] | null;
}

export interface DerivedDef {
  readonly id: string;
  readonly terms: readonly Modifier[];
}

export interface RegionDef {
  readonly id: string;
  readonly lat: number;
  readonly lon: number;
  readonly country: string;
  readonly control: string;
  readonly unrest: number;
  readonly tags: readonly string[];
}

export interface CharacterDef {
  readonly id: string;
  readonly faction: string | null;
  readonly born: MonthIndex;
  readonly health: number;
}

export interface ActDef {
  readonly id: string;
  readonly from: MonthIndex;
}

export interface OrderDef {
  readonly id: string;
  readonly faction: string;
  readonly cost: readonly (readonly [string, number])[];
  readonly targeted: boolean;
  readonly where: CompiledBool | null;
  readonly when: CompiledBool | null;
  readonly chance: CompiledNum | null;
  readonly effects: readonly Effect[];
  readonly failure: readonly Effect[];
  readonly covert: boolean;
  readonly exposure: CompiledNum | null;
  readonly canon: {
    readonly from: MonthIndex;
    readonly until: MonthIndex;
    /** Where the source timeline aimed it, if the scenario says. */
    readonly targets: readonly string[] | null;
  } | null;
}

export interface ChoiceDef {
  readonly id: string;
  readonly canon: boolean;
  readonly when: CompiledBool | null;
  readonly effects: readonly Effect[];
}

export interface EventDef {
  readonly id: string;
  /** The tick it fires on (it fires in the turn that holds it), and the day of the month for
   *  the chronicle. */
  readonly date: MonthIndex | null;
  readonly day: number | null;
  readonly after: MonthIndex | null;
  readonly before: MonthIndex | null;
  readonly when: CompiledBool | null;
  /** Chance per month while eligible (from the mean time to happen); 1 when fired at once. */
  readonly monthlyChance: number;
  readonly mtth: number | null;
  readonly repeat: boolean;
  readonly cooldown: number;
  readonly hidden: boolean;
  readonly visibleTo: readonly string[] | null;
  readonly canon: boolean;
  /** Fires only as a follow-up: no date, window or condition of its own makes it fire. */
  readonly followUpOnly: boolean;
  readonly effects: readonly Effect[];
  readonly decider: string | null;
  readonly choices: readonly ChoiceDef[];
}

export interface EndingDef {
  readonly id: string;
  readonly when: CompiledBool | null;
  /** While this holds (from a faction's view), the faction is told the ending is near. */
  readonly warning: CompiledBool | null;
  readonly priority: number;
  readonly canon: boolean;
  readonly fallback: boolean;
  /** How good it is for each playable faction: read it through `endingScore`. */
  readonly score: Readonly<Record<string, EndingScore>>;
}

/** An ending's score for one faction: a number, or an expression of the last month's state as
 *  that faction sees it, held to 0..100. */
export interface EndingScore {
  readonly value: CompiledNum;
  /** The least and the most it can be (both the number, for a number). */
  readonly low: number;
  readonly high: number;
}

/** Weights for the data-driven priority bot, per faction (from ai.yaml). */
export interface AiDef {
  readonly faction: string;
  /** How much the bot values a point of each track; `unrest_own`/`unrest_rivals` value unrest. */
  readonly weights: Readonly<Record<string, number>>;
  /** How much the bot values a flag becoming true. */
  readonly flags: Readonly<Record<string, number>>;
  /** Extra appetite for given orders. */
  readonly orders: Readonly<Record<string, number>>;
  /** Extra appetite for given options, keyed `event.option`. */
  readonly choices: Readonly<Record<string, number>>;
}

/** One rule of a routine: give this order, if the rule applies, at the region it picks. */
export interface RoutineRule {
  readonly order: string;
  readonly when: CompiledBool | null;
  /** Which valid targets the rule may pick, for an order aimed at a region. */
  readonly where: CompiledBool | null;
  /** The target is the one where this is highest (`sign` 1) or lowest (-1); else the first. */
  readonly rank: { readonly by: CompiledNum; readonly sign: 1 | -1 } | null;
}

/** How a faction acts by rule, in the spirit of a board game's non-player flowchart. */
export interface RoutineDef {
  readonly faction: string;
  readonly rules: readonly RoutineRule[];
}

export interface Scenario {
  readonly formatVersion: number;
  readonly id: string;
  /** Hash of the scenario's files, so a save knows which content it was played on. */
  readonly contentHash: string;
  /** How long a turn lasts, and so what a tick counts. */
  readonly calendar: Calendar;
  readonly start: MonthIndex;
  readonly end: MonthIndex;
  readonly player: string;
  readonly acts: readonly ActDef[];
  readonly factions: readonly FactionDef[];
  readonly tracks: readonly TrackDef[];
  readonly flags: readonly FlagDef[];
  readonly derived: readonly DerivedDef[];
  readonly regions: readonly RegionDef[];
  /** How the browser game draws the map: the countries it sets in the foreground. */
  readonly map?: { readonly countries: readonly string[] };
  readonly characters: readonly CharacterDef[];
  readonly orders: readonly OrderDef[];
  readonly events: readonly EventDef[];
  readonly endings: readonly EndingDef[];
  readonly ai: readonly AiDef[];
  readonly routines: readonly RoutineDef[];
  /** Every text, flattened to dotted keys, per language. */
  readonly texts: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Look-ups by id, built once. */
  readonly index: ScenarioIndex;
}

export interface ScenarioIndex {
  readonly faction: ReadonlyMap<string, FactionDef>;
  readonly track: ReadonlyMap<string, TrackDef>;
  readonly flag: ReadonlyMap<string, FlagDef>;
  readonly derived: ReadonlyMap<string, DerivedDef>;
  readonly region: ReadonlyMap<string, RegionDef>;
  readonly character: ReadonlyMap<string, CharacterDef>;
  readonly order: ReadonlyMap<string, OrderDef>;
  readonly event: ReadonlyMap<string, EventDef>;
  readonly ending: ReadonlyMap<string, EndingDef>;
  readonly playable: readonly string[];
  readonly routine: ReadonlyMap<string, RoutineDef>;
  /** Non-playable factions that follow a routine: the engine gives their orders. */
  readonly automated: readonly string[];
  /** The factions whose orders resolve each month, in the order they are declared. */
  readonly acting: readonly string[];
  /** Dated events by the first tick of the turn they fire in, in the order of their date. */
  readonly eventsByMonth: ReadonlyMap<MonthIndex, readonly EventDef[]>;
  /** Events that may fire in any month of their window (no date, not follow-up only). */
  readonly openEvents: readonly EventDef[];
}
