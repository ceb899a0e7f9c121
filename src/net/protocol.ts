// The multiplayer wire protocol, shared by the server and browser clients: message schemas
// (TypeBox, so both ends validate the same shapes), refusal codes and limits. No Node built-ins:
// this module runs in a page. docs/multiplayer.md describes the conversation.
import { Type, type Static } from '@sinclair/typebox';
import type { GameState, GameView, Legal, LogEntry } from '../engine';

import { MAX_CHAT_CHARS } from './limits';
import type { Delta } from './delta';

export { CHAT_BURST, CHAT_WINDOW_MS, MAX_CHAT_CHARS, MAX_MESSAGE_BYTES } from './limits';

/** Why a message was refused. Every refusal carries one, and nothing changes. */
export const REFUSALS = [
  'bad-json', // the frame is not JSON
  'malformed', // JSON, but not a message of this protocol
  'too-large', // over MAX_MESSAGE_BYTES
  'hello-first', // anything before a successful hello
  'unknown-match', // no such match
  'damaged-match', // the match is stored but cannot be resumed (its scenario changed, or its log)
  'bad-token', // the token opens no seat of this match (wrong, revoked, or another match's)
  'observer', // observers may neither act nor chat
  'other-seat', // an action for a faction that is not this seat's
  'bot-seat', // the seat is handed to its bot: take it back first
  'stale', // the action was built on a sequence before the current month or decision
  'ahead', // the message claims a sequence the match has not reached (forged)
  'duplicate', // a request id this connection already used
  'illegal', // the engine refused the action (its code is in `detail`)
  'game-over',
  'chat-too-long',
  'chat-empty',
  'rate-limited',
  'busy', // the database refused the commit; nothing was applied, try again
] as const;
export type Refusal = (typeof REFUSALS)[number];

const Id = Type.String({ minLength: 1, maxLength: 64 });
const Seq = Type.Integer({ minimum: 0, maximum: 1e9 });
const ReqId = Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER });
const Token = Type.String({ minLength: 16, maxLength: 128, pattern: '^[A-Za-z0-9_-]+$' });
const Name = Type.String({ minLength: 1, maxLength: 64, pattern: '^[a-z0-9_-]+$' });

const OrderChoice = Type.Object(
  { order: Name, target: Type.Optional(Name) },
  { additionalProperties: false },
);
export const ActionSchema = Type.Union([
  Type.Object(
    {
      type: Type.Literal('orders'),
      faction: Name,
      turn: Type.Integer({ minimum: 0, maximum: 10_000 }),
      orders: Type.Array(OrderChoice, { maxItems: 32 }),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      type: Type.Literal('choose'),
      faction: Name,
      turn: Type.Integer({ minimum: 0, maximum: 10_000 }),
      event: Name,
      option: Name,
    },
    { additionalProperties: false },
  ),
]);

// ---------------------------------------------------------------------------------------------
// Client → server

export const ClientMessage = Type.Union([
  /** First message of a connection: which match, with which secret, and the last sequence seen
   *  (absent on a first visit). */
  Type.Object(
    { t: Type.Literal('hello'), match: Id, token: Token, since: Type.Optional(Seq) },
    { additionalProperties: false },
  ),
  /** An intent: `seq` is the last sequence this client saw. */
  Type.Object(
    { t: Type.Literal('act'), id: ReqId, seq: Seq, action: ActionSchema },
    { additionalProperties: false },
  ),
  Type.Object(
    { t: Type.Literal('chat'), id: ReqId, text: Type.String({ maxLength: MAX_CHAT_CHARS * 4 }) },
    { additionalProperties: false },
  ),
  /** Hands this seat to its bot (`bot: true`) or takes it back. */
  Type.Object(
    { t: Type.Literal('control'), id: ReqId, bot: Type.Boolean() },
    { additionalProperties: false },
  ),
]);
export type ClientMessage = Static<typeof ClientMessage>;

// ---------------------------------------------------------------------------------------------
// Server → client (built by the server only, so plain types rather than schemas)

export type Actor = 'person' | 'bot';
export type Pace = { readonly kind: 'live'; readonly timerSeconds?: number } | AsyncPace;
export interface AsyncPace {
  readonly kind: 'async';
  /** Time allowed for each month, in seconds. */
  readonly deadlineSeconds: number;
}

export interface SeatInfo {
  readonly faction: string;
  /** Who plays it now. */
  readonly controller: Actor;
  /** The policy that plays it when a bot does. */
  readonly bot: string;
  readonly name: string | null;
}

export interface ChatLine {
  readonly id: number;
  readonly faction: string;
  readonly text: string;
  /** Milliseconds since 1970. */
  readonly at: number;
}

/** A view without its history: updates carry only the log entries added since. */
export type ViewBody = Omit<GameView, 'log'>;

export type { Delta } from './delta';

export interface MatchInfo {
  readonly id: string;
  readonly scenario: string;
  readonly seats: readonly SeatInfo[];
  readonly pace: Pace;
  /** When the current month's deadline passes (ms since 1970), if it has one. */
  readonly deadline: number | null;
  readonly rematch: string | null;
}

/** What one WebSocket frame from the server holds: a message, or several in the order sent
 *  (the messages for a connection that arise together go in one frame). */
export type ServerFrame = ServerMessage | readonly ServerMessage[];

export type ServerMessage =
  /** Reply to hello: the seat's full view (or, once the game is over, the whole state). */
  | {
      readonly t: 'welcome';
      readonly seq: number;
      readonly seat: string | null;
      readonly match: MatchInfo;
      /** How many actions happened since the `since` of the hello (0 when up to date). */
      readonly missed: number;
      readonly view: GameView;
      readonly revealed: GameState | null;
      readonly legal: Legal | null;
      readonly chat: readonly ChatLine[] | null;
    }
  /** After each committed action: what changed, as this seat may see it. */
  | {
      readonly t: 'update';
      readonly seq: number;
      /** Who acted, in order: the actions committed together since the last update (`seq` is
       *  the last one's). */
      readonly by: readonly { readonly faction: string; readonly actor: Actor }[];
      /** What changed in the view without its log (`ViewBody`) since this connection's last
       *  welcome or update (net/delta.ts). */
      readonly delta: Delta;
      /** Log entries this seat can see that the action added. */
      readonly news: readonly LogEntry[];
      /** The seat's legal actions, when they changed (absent: as before, or see `legalDelta`). */
      readonly legal?: Legal | null;
      /** The seat's legal actions, when they changed, as a delta of this connection's base
       *  (`legalBaseAfter`): the orders of one month are much those of the month before. */
      readonly legalDelta?: Delta;
      readonly deadline: number | null;
      /** The whole state, sent to everyone once the game has ended. */
      readonly revealed: GameState | null;
    }
  | { readonly t: 'ack'; readonly seq: number; readonly id: number }
  | {
      readonly t: 'refused';
      readonly seq: number;
      readonly id: number | null;
      readonly code: Refusal;
      readonly detail?: string;
    }
  | { readonly t: 'chat'; readonly seq: number; readonly line: ChatLine }
  | { readonly t: 'match'; readonly seq: number; readonly match: MatchInfo };

// ---------------------------------------------------------------------------------------------
// HTTP API (JSON bodies)

export const SeatSpec = Type.Union([
  Type.Object(
    {
      kind: Type.Literal('person'),
      name: Type.Optional(Type.String({ maxLength: 64 })),
      /** The policy that plays this seat when its deadline passes or it is handed over. */
      bot: Type.Optional(Type.String({ maxLength: 32 })),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    { kind: Type.Literal('bot'), bot: Type.String({ maxLength: 32 }) },
    { additionalProperties: false },
  ),
]);

export const CreateMatchRequest = Type.Object(
  {
    scenario: Type.String({ minLength: 1, maxLength: 64, pattern: '^[a-z0-9_-]+$' }),
    seed: Type.Optional(Type.Integer({ minimum: -2147483648, maximum: 2147483647 })),
    /** The creator's faction: its token may revoke and reissue the others' links. */
    creator: Name,
    seats: Type.Record(Name, SeatSpec),
    pace: Type.Union([
      Type.Object(
        {
          kind: Type.Literal('live'),
          timerSeconds: Type.Optional(Type.Integer({ minimum: 10, maximum: 86_400 })),
        },
        { additionalProperties: false },
      ),
      Type.Object(
        {
          kind: Type.Literal('async'),
          deadlineSeconds: Type.Integer({ minimum: 60, maximum: 30 * 86_400 }),
        },
        { additionalProperties: false },
      ),
    ]),
  },
  { additionalProperties: false },
);
export type CreateMatchRequest = Static<typeof CreateMatchRequest>;

export interface CreateMatchResponse {
  readonly match: string;
  /** A secret per seat played by a person; shown once, the server keeps only its hash. */
  readonly tokens: Readonly<Record<string, string>>;
  readonly observer: string;
}

export const GamesRequest = Type.Object(
  { tokens: Type.Array(Token, { maxItems: 200 }) },
  { additionalProperties: false },
);

export interface GameListing {
  readonly match: string;
  readonly scenario: string;
  readonly faction: string;
  readonly turn: number;
  readonly status: 'live' | 'ended';
  /** This seat has to act now. */
  readonly yourTurn: boolean;
  readonly deadline: number | null;
  readonly rematch: string | null;
}

export const WebhookRequest = Type.Object(
  {
    token: Token,
    /** Null removes the webhook. */
    url: Type.Union([Type.String({ maxLength: 2048, pattern: '^https?://' }), Type.Null()]),
  },
  { additionalProperties: false },
);

/** The JSON body of a webhook POST; signed in `x-uchronia-signature: sha256=<hex HMAC>`. */
export interface WebhookBody {
  readonly event: 'your-turn';
  readonly match: string;
  readonly faction: string;
  readonly seq: number;
  readonly turn: number;
  readonly deadline: number | null;
}

/**
 * The legal actions the next `legalDelta` changes, once a connection holding `base` is sent
 * `legal`: legal actions sent whole (in a welcome or an update's `legal`) start a new base;
 * reached by a delta, they are the base only if they have orders. A month's orders are then
 * changed from the last month's rather than sent whole after a month without any (orders null
 * once given). Server and client keep their base by this one rule.
 */
export function legalBaseAfter(
  base: Legal | null,
  legal: Legal | null,
  whole: boolean,
): Legal | null {
  if (legal === null) return base;
  return whole || legal.orders !== null ? legal : base;
}

/** The seat link a player opens: the token stays in the fragment, out of server logs. */
export function seatLink(origin: string, match: string, token: string): string {
  return `${origin}/?match=${encodeURIComponent(match)}#seat=${token}`;
}
