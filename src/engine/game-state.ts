// The game state and the actions that move it: plain, serialisable data, changed only by `step`
// (see types.ts for the compiled scenario they are played on).

export const PHASES = ['orders', 'choices', 'ended'] as const;
export type Phase = (typeof PHASES)[number];

export interface OrderChoice {
  readonly order: string;
  readonly target?: string;
}

export interface RegionState {
  control: string;
  unrest: number;
}

export interface CharacterState {
  health: number;
  alive: boolean;
}

export interface PendingChoice {
  readonly event: string;
  readonly faction: string;
}

export interface Scheduled {
  readonly event: string;
  readonly turn: number;
}

export type LogEntry =
  | {
      readonly kind: 'event';
      readonly turn: number;
      readonly event: string;
      readonly visibleTo?: readonly string[];
    }
  | {
      readonly kind: 'choice';
      readonly turn: number;
      readonly event: string;
      readonly faction: string;
      readonly option: string;
      readonly visibleTo?: readonly string[];
    }
  | {
      readonly kind: 'order';
      readonly turn: number;
      readonly faction: string;
      readonly order: string;
      readonly target?: string;
      readonly success: boolean;
      readonly visibleTo?: readonly string[];
    }
  | {
      readonly kind: 'exposed';
      readonly turn: number;
      readonly faction: string;
      readonly order: string;
      readonly target?: string;
    }
  | { readonly kind: 'death'; readonly turn: number; readonly character: string }
  | { readonly kind: 'ending'; readonly turn: number; readonly ending: string };

export interface GameState {
  readonly scenario: string;
  readonly seed: number;
  /** Months since the scenario's start. */
  turn: number;
  phase: Phase;
  tracks: Record<string, number>;
  flags: Record<string, boolean>;
  regions: Record<string, RegionState>;
  characters: Record<string, CharacterState>;
  /** Event id → turns it fired on (last first is not needed: ascending). */
  fired: Record<string, number[]>;
  /** Event id → option chosen the last time it fired. */
  chosen: Record<string, string>;
  scheduled: Scheduled[];
  pending: PendingChoice[];
  /** This month's orders, per faction, hidden from the others until resolved. */
  orders: Record<string, OrderChoice[] | null>;
  /** An `end` effect names an ending; it is taken when the step finishes. */
  endingRequested: string | null;
  ending: string | null;
  /** The random generator's state (hidden from every player). */
  rng: number[];
  /** How many random numbers have been drawn: undo may not go back past one. */
  draws: number;
  log: LogEntry[];
  /** What changed each figure this month and last, cause by cause (see `Change`). A record of
   *  how the rules played, never read by them. */
  changes: Change[];
}

/** What moved a figure: an order as it resolved (a force no one plays acts by its routine
 *  through orders too), what an order cost when given, an event, a choice in an event, or a
 *  track's monthly drift. */
export type Cause =
  | {
      readonly kind: 'order';
      readonly faction: string;
      readonly order: string;
      readonly target?: string;
    }
  | { readonly kind: 'cost'; readonly faction: string; readonly order: string }
  | { readonly kind: 'event'; readonly event: string }
  | { readonly kind: 'choice'; readonly event: string; readonly option: string }
  | { readonly kind: 'drift'; readonly track: string; readonly modifier: string };

/** A cause as a faction may know it: the causes it may not know of are told as one. */
export type KnownCause = Cause | { readonly kind: 'unseen' };

/** One change of one figure: `figure` is `track:<id>`, `unrest:<region>` or `health:<character>`;
 *  `delta` is what the figure actually moved (after its bounds). Like a log entry, a change whose
 *  cause or amount some factions may not know lists those who may in `visibleTo`. */
export interface Change {
  readonly turn: number;
  readonly figure: string;
  readonly delta: number;
  readonly cause: Cause;
  readonly visibleTo?: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Actions

export type Action =
  | {
      readonly type: 'orders';
      readonly faction: string;
      readonly turn: number;
      readonly orders: readonly OrderChoice[];
    }
  | {
      readonly type: 'choose';
      readonly faction: string;
      readonly turn: number;
      readonly event: string;
      readonly option: string;
    };

export const STEP_ERRORS = [
  'action/malformed',
  'action/game-over',
  'action/wrong-phase',
  'action/stale',
  'action/unknown-faction',
  'action/not-playable',
  'action/already-submitted',
  'action/too-many-orders',
  'action/unknown-order',
  'action/not-your-order',
  'action/order-unavailable',
  'action/bad-target',
  'action/duplicate-order',
  'action/unaffordable',
  'action/no-such-choice',
  'action/unknown-option',
  'action/option-unavailable',
] as const;
export type StepError = (typeof STEP_ERRORS)[number];

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };
