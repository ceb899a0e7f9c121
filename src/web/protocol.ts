// The messages between the page and the worker that runs the engine, the AI and the chronicle.
// Everything here is plain, serialisable data, already put into the player's words: the page
// never sees the compiled scenario, the random generator or what the player's faction may not know.
import type { Chronicle } from '../chronicle';
import type { Action, GameState, GameView, OrderChoice, Part, ScenarioFileText } from '../engine';

export interface FactionInfo {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly color: string;
  readonly playable: boolean;
  readonly ordersPerTurn: number;
}

export interface RegionInfo {
  readonly id: string;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly country: string;
  readonly tags: readonly string[];
}

export interface PolicyInfo {
  readonly name: string;
  readonly label: string;
}

export interface ScenarioInfo {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly factions: readonly FactionInfo[];
  readonly regions: readonly RegionInfo[];
  /** The policies that can play a faction the player leaves to the computer. */
  readonly policies: readonly PolicyInfo[];
  /** How many turns the calendar holds. */
  readonly months: number;
  /** What one turn is, and what several are: `month`/`months`, `day`/`days`, `week`/`weeks`,
   *  or `turn`/`turns` when a turn is several of them. */
  readonly turnUnit: string;
  readonly turnsUnit: string;
  /** Shipped with the game (its map is drawn at build time), or opened by the player. */
  readonly bundled?: boolean;
  /** The countries the scenario names for its map (ISO alpha-3), if it names any. */
  readonly mapCountries?: readonly string[];
}

export interface Stage {
  readonly label: string;
  readonly at: number;
}

/** A figure on the tracks panel, with the "why" of its value or drift. */
export interface TrackModel {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  /** Expected change this month (tracks) — null for derived figures. */
  readonly drift: number | null;
  /** What it moved over the month the report tells of (null before any has resolved): the sum
   *  of `month`'s parts. */
  readonly change: number | null;
  readonly month: MonthModel | null;
  readonly parts: readonly Part[];
  readonly derived: boolean;
  /** Set on a threat clock. */
  readonly clock: {
    readonly stage: string;
    readonly stages: readonly Stage[];
    readonly next: Stage | null;
  } | null;
  /** Owned by the player's faction: it pays for orders. */
  readonly budget: boolean;
}

export interface BriefingModel {
  readonly name: string;
  readonly aims: string | null;
  readonly endings: readonly {
    readonly id: string;
    readonly title: string;
    readonly how: string | null;
    /** The least and the most it can score for the player (the same, for a fixed score). */
    readonly score: number;
    readonly upTo: number;
    readonly fallback: boolean;
  }[];
  readonly wants: readonly string[];
  readonly fears: readonly string[];
  /** The last month played, as a date: after it the fallback ending is taken. */
  readonly lastMonth: string;
  /** People, places and terms, alphabetically. */
  readonly glossary: readonly GlossaryEntry[];
}

export interface GlossaryEntry {
  readonly id: string;
  readonly kind: 'person' | 'place' | 'term' | 'side';
  readonly name: string;
  readonly text: string;
}

/** A figure's change over a month, cause by cause. */
export interface MonthModel {
  /** "Last month (May 1946)" or "This month so far (June 1946)". */
  readonly title: string;
  /** What it moved: the sum of the parts (each rounded for show, the sum not). */
  readonly total: number;
  readonly parts: readonly {
    readonly kind: string;
    readonly label: string;
    readonly value: number;
  }[];
}

/** One of the faction's own people (as the terminal shows them): orders and events change their
 *  health, and a death can change the game. */
export interface PersonModel {
  readonly id: string;
  readonly name: string;
  readonly health: number;
  readonly alive: boolean;
  /** What the health moved over the month the report tells of, cause by cause. */
  readonly month: MonthModel | null;
}

export interface RegionModel {
  readonly id: string;
  readonly control: string;
  readonly unrest: number;
  /** What the unrest moved over the month the report tells of, cause by cause. */
  readonly month: MonthModel | null;
}

export interface Cost {
  readonly track: string;
  readonly name: string;
  readonly amount: number;
}

export interface OrderOptionModel {
  readonly order: string;
  readonly target?: string;
  readonly name: string;
  readonly targetName?: string;
  readonly description: string;
  readonly cost: readonly Cost[];
  /** Chance of success, 0..1, when the order may fail. */
  readonly chance: number | null;
  readonly covert: boolean;
  readonly effects: readonly string[];
  readonly failure: readonly string[];
}

export interface LockedOrder {
  readonly order: string;
  readonly name: string;
  /** What unlocks it: the scenario's condition, or the funds it costs. */
  readonly needs: string;
}

export interface DecisionModel {
  readonly event: string;
  readonly title: string;
  readonly body: string;
  readonly options: readonly {
    readonly id: string;
    readonly label: string;
    readonly effects: readonly string[];
  }[];
}

export interface NewsItem {
  readonly kind: 'event' | 'choice' | 'order' | 'exposed' | 'death' | 'ending';
  readonly title: string;
  readonly body: string;
  /** True for the player's own orders and decisions. */
  readonly own: boolean;
}

export interface EndingModel {
  readonly id: string;
  readonly title: string;
  readonly body: string;
  readonly score: number | null;
}

/** A decision the player took, that a "what if" can go back to. */
export interface PastDecision {
  /** Index of the action in the game: forking keeps the actions before it. */
  readonly index: number;
  readonly date: string;
  readonly title: string;
  readonly chose: string;
}

export interface HistoryPoint {
  readonly turn: number;
  readonly date: string;
  readonly tracks: Readonly<Record<string, number>>;
}

export interface TurnModel {
  readonly seed: number;
  readonly human: string;
  readonly players: Readonly<Record<string, string>>;
  readonly turn: number;
  readonly date: string;
  readonly phase: 'orders' | 'choices' | 'ended';
  readonly tracks: readonly TrackModel[];
  readonly regions: readonly RegionModel[];
  readonly people: readonly PersonModel[];
  readonly orders: {
    readonly max: number;
    readonly options: readonly OrderOptionModel[];
    /** The faction's orders it cannot give this month, with what they need. */
    readonly locked?: readonly LockedOrder[];
  } | null;
  readonly decision: DecisionModel | null;
  /** The month's report, as the player's faction may know it: the month just ended, or while
   *  decisions are pending and at the end, the month under way. */
  readonly news: readonly NewsItem[];
  readonly newsTitle: string;
  readonly ending: EndingModel | null;
  /** How many of the player's last actions can be taken back (no randomness revealed since). */
  readonly undoable: number;
  readonly history: readonly HistoryPoint[];
  readonly decisions: readonly PastDecision[];
  /** The faction's aims and the endings, from the scenario alone. */
  readonly briefing: BriefingModel;
  /** Endings the faction can see coming, from its view. */
  readonly warnings: readonly {
    readonly title: string;
    readonly text: string;
    readonly good: boolean;
  }[];
}

export interface NewGameSpec {
  readonly faction: string;
  readonly seed: number;
  /** Policy name per faction the computer plays. */
  readonly policies: Readonly<Record<string, string>>;
}

export interface ChronicleModel {
  readonly chronicle: Chronicle;
  readonly markdown: string;
  readonly html: string;
}

export type Request =
  | { readonly type: 'init' }
  | { readonly type: 'new'; readonly spec: NewGameSpec }
  | { readonly type: 'load'; readonly text: string }
  | { readonly type: 'orders'; readonly orders: readonly OrderChoice[] }
  | { readonly type: 'choose'; readonly event: string; readonly option: string }
  | { readonly type: 'undo' }
  | { readonly type: 'fork'; readonly index: number }
  | { readonly type: 'chronicle' }
  /** Plays another scenario: a bundled one, or the files of a folder or zip the player opened. */
  | {
      readonly type: 'open';
      readonly source:
        | { readonly bundled: string }
        | { readonly name: string; readonly files: readonly ScenarioFileText[] };
    }
  | MultiRequest;

/** A game of several people on one device: who plays, the seed, the bots for the others. */
export interface HotSeatSpec {
  readonly humans: readonly string[];
  readonly seed: number;
  readonly policies: Readonly<Record<string, string>>;
}

/** Whose turn it is in a hot-seat game (no one's once it has ended). */
export interface HotSeatTurn {
  readonly next: string | null;
  readonly ended: boolean;
}

/** A faction's own figures, secrets included, shown to everyone once a game is over. */
export interface RevealedFaction {
  readonly faction: string;
  readonly tracks: readonly TrackModel[];
}

/** Requests of games with other people: an online seat's model from the view the server sent
 *  (`key` names the seat, whose history the worker keeps), and hot-seat games. */
export type MultiRequest =
  | {
      readonly type: 'view';
      readonly key: string;
      readonly view: GameView;
      readonly faction: string;
      readonly players: Readonly<Record<string, string>>;
    }
  | { readonly type: 'viewChronicle'; readonly of: GameView | GameState }
  | { readonly type: 'reveal'; readonly state: GameState }
  | { readonly type: 'hotseat'; readonly spec: HotSeatSpec }
  | { readonly type: 'hotseatSeat'; readonly faction: string }
  | { readonly type: 'hotseatAct'; readonly action: Action }
  | { readonly type: 'hotseatChronicle'; readonly faction: string }
  | { readonly type: 'hotseatReveal' };

/** After every move: the new turn and the save text to keep. */
export interface Update {
  readonly model: TurnModel;
  readonly save: string;
  /** After loading a save: what the player should know of it (the scenario changed since). */
  readonly notices?: readonly string[];
  /** After loading a save made in another scenario: the scenario now open. */
  readonly info?: ScenarioInfo;
}

export interface Responses {
  init: ScenarioInfo;
  new: Update;
  load: Update;
  orders: Update;
  choose: Update;
  undo: Update;
  fork: Update;
  chronicle: ChronicleModel;
  open: ScenarioInfo;
  view: Update;
  viewChronicle: ChronicleModel;
  reveal: readonly RevealedFaction[];
  hotseat: HotSeatTurn;
  hotseatSeat: Update;
  hotseatAct: HotSeatTurn;
  hotseatChronicle: ChronicleModel;
  hotseatReveal: readonly RevealedFaction[];
}

export type RequestType = Request['type'];
export type Reply<T extends RequestType> =
  | { ok: true; value: Responses[T] }
  /** `details`: one line per problem, for a scenario that does not load (file:line:col …). */
  | { ok: false; message: string; details?: readonly string[] };

export interface Envelope {
  readonly id: number;
  readonly request: Request;
}
export interface ReplyEnvelope {
  readonly id: number;
  readonly reply: Reply<RequestType>;
}
