// The chronicle as plain data: what renderers (Markdown, HTML, side by side) read. Everything here
// is worked out once, in words, by buildChronicle; renderers only lay it out and escape it.
import type { MonthIndex } from '../engine';

export const ENTRY_KINDS = [
  'event',
  'choice',
  'order',
  'exposed',
  'death',
  'ending',
  'canon-missed',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** The mark of a place where the game leaves the source timeline. */
export const DIVERGENCE_MARK = '⟡';

/** What the source timeline did instead, where a game leaves it. */
export interface SourceNote {
  /** The canon option or ending. */
  readonly id: string;
  readonly title: string;
  readonly text: string;
}

/** An order or exposure told once for its act, though it happened more often there. */
export interface Repeat {
  readonly times: number;
  /** When it last happened in the act. */
  readonly untilMonth: MonthIndex;
  readonly until: string;
  /** Every region it was aimed at, in the order first aimed at. */
  readonly targets: readonly string[];
}

export interface ChronicleEntry {
  readonly kind: EntryKind;
  /** Months since the scenario's start (for a missed canon event: when it would have been). */
  readonly turn: number;
  readonly month: MonthIndex;
  /** The day of the month, for dated events (and the choices made on them). */
  readonly day: number | null;
  /** In words: "10 March 1900", or "March 1900" without a day. */
  readonly date: string;
  /** The event (event, choice, canon-missed), order, character or ending the entry is about. */
  readonly id: string;
  /** The option taken, for a choice. */
  readonly option: string | null;
  /** Who acted: the decider of a choice, the faction of an order or exposure. */
  readonly faction: string | null;
  /** The region an order was aimed at. */
  readonly target: string | null;
  readonly title: string;
  /** The sentence of the chronicle (for an ending, its body). */
  readonly text: string;
  /** Set on an order or exposure that stands for several in its act. */
  readonly repeat: Repeat | null;
  /** Set where this entry leaves the source timeline: what happened there instead. */
  readonly source: SourceNote | null;
}

export interface ChronicleAct {
  readonly id: string;
  readonly title: string;
  readonly from: MonthIndex;
  readonly entries: readonly ChronicleEntry[];
}

/** A place where the game left the source timeline. */
export type Divergence =
  | {
      readonly kind: 'choice';
      readonly turn: number;
      readonly date: string;
      readonly event: string;
      /** The option this game took. */
      readonly chosen: string;
      /** The option the source timeline took. */
      readonly canon: string;
    }
  | {
      readonly kind: 'canon-missed';
      readonly turn: number;
      readonly date: string;
      readonly event: string;
    }
  | {
      readonly kind: 'ending';
      readonly turn: number;
      readonly date: string;
      readonly chosen: string;
      readonly canon: string;
    };

export interface Chronicle {
  /** The scenario's id and title. */
  readonly scenario: string;
  readonly title: string;
  readonly seed: number;
  /** The faction whose view this is told from; null for the whole story. */
  readonly viewer: string | null;
  readonly lang: string;
  /** A few sentences on the game as a whole: the seed, whose view, canon or not, the ending. */
  readonly summary: string;
  /** The ending reached, or null if the game goes on. */
  readonly ending: string | null;
  readonly acts: readonly ChronicleAct[];
  readonly divergences: readonly Divergence[];
  /** True when the game never left the source timeline (no divergence). */
  readonly canon: boolean;
}
