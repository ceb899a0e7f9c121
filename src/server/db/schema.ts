// The tables, as Kysely sees them. One set of migrations (migrations.ts) creates them on SQLite
// and on Postgres alike; JSON is stored as text so both read it the same way.
import type { Generated, Kysely } from 'kysely';

export interface MatchTable {
  id: string;
  scenario: string;
  /** The scenario's content hash when the match was created: a replay under other rules is refused. */
  content_hash: string;
  seed: number;
  /** JSON of the protocol's Pace. */
  pace: string;
  status: 'live' | 'ended';
  /** Actions committed so far: the match's sequence number. */
  seq: number;
  turn: number;
  /** The match this one is a rematch of, and the one created from it. */
  rematch_of: string | null;
  rematch: string | null;
  created_at: number;
}

export interface SeatTable {
  match_id: string;
  faction: string;
  /** SHA-256 of the seat's secret (hex); null for a seat only a bot plays. */
  token_hash: string | null;
  controller: 'person' | 'bot';
  /** Whether a person holds this seat at all (a bot seat never has a token). */
  human: number;
  bot: string;
  name: string | null;
  creator: number;
  webhook_url: string | null;
  webhook_secret: string | null;
}

export interface ObserverTable {
  match_id: string;
  token_hash: string;
}

export interface ActionTable {
  match_id: string;
  seq: number;
  faction: string;
  action: string;
  actor: 'person' | 'bot';
  at: number;
}

export interface ChatTable {
  id: Generated<number>;
  match_id: string;
  faction: string;
  text: string;
  at: number;
}

export interface SnapshotTable {
  match_id: string;
  seq: number;
  /** JSON of the engine's GameState after `seq` actions. */
  state: string;
}

/** The current month's deadline of an asynchronous or timed match. Firing it is claimed by
 *  setting `fired_by` in the same transaction that commits the bot's actions: once, whoever
 *  claims it first. */
export interface DeadlineTable {
  match_id: string;
  /** The sequence at which the month (or decision) began: a deadline for an older one is void. */
  from_seq: number;
  due_at: number;
  fired_by: string | null;
}

export interface Database {
  matches: MatchTable;
  seats: SeatTable;
  observers: ObserverTable;
  actions: ActionTable;
  chat: ChatTable;
  snapshots: SnapshotTable;
  deadlines: DeadlineTable;
}

export type Db = Kysely<Database>;
