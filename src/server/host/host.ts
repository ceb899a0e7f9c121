// The server's authority over its matches: it opens them from the database, checks every intent
// with the engine, commits before it acknowledges, lets bots play their seats and fires
// deadlines. The intents of people (intake.ts), chat (chat.ts) and seats (seats.ts) have
// modules of their own. No HTTP here: http/ speaks to clients and calls in.
import type BetterSqlite3 from 'better-sqlite3';
import { waitingFor, type GameState, type Scenario } from '../../engine';
import type { Pace } from '../../net/protocol';
import { noBus, type Bus, type BusMessage } from '../bus';
import { systemClock, type Clock } from '../clock';
import type { Dialect } from '../db/migrations';
import type { Db } from '../db/schema';
import { botsHere, type Bots } from '../bots/bots';
import { KyselyCommits } from '../db/kysely-commits';
import { SqliteCommits } from '../db/sqlite-commits';
import { readMatch } from '../match/read-match';
import { chatCatchUp } from './chat';
import { takeIntents } from './intake';
import { reloadSeats } from './seats';
import { Live, type Checkpoint, type Conn, type Intent, type Outcome } from '../match/live';
import { actionsAfter, Conflict, type Commit, type CommitEntry } from '../store';
import { newId } from '../tokens';
import { notifyTurn } from '../webhook';

export interface HostOptions {
  readonly db: Db;
  readonly scenario: (id: string) => Scenario | null;
  readonly clock?: Clock;
  readonly bus?: Bus;
  /** A snapshot of the state is stored as the first month begins that is at least this many
   *  actions after the last one (or after four times as many, month or not): a restart replays
   *  what followed. 32 by default: a snapshot is some 20 KB to write out, and 1,000 matches
   *  are rebuilt in well under a second. */
  readonly snapshotEvery?: number;
  /** This process's name, recorded on the deadlines it fires. */
  readonly process?: string;
  /** A SQLite database's connection, for its own way of writing commits (SqliteCommits);
   *  without it commits are written through Kysely (KyselyCommits). Either way the commits of
   *  many matches that arrive together are written in one transaction. */
  readonly sqlite?: BetterSqlite3.Database | null;
  /** The database's kind, for how commits are written (SQLite without `sqlite`: by Kysely). */
  readonly dialect?: Dialect;
  /** Where bots think (bots/bots.ts): on the event loop when absent. */
  readonly bots?: Bots;
}

export type { Intent, Outcome } from '../match/live';

/** A stored match that could not be read back into memory, and why. */
export interface BrokenMatch {
  readonly match: string;
  readonly reason: string;
}

export class Host {
  readonly db: Db;
  readonly clock: Clock;
  readonly process: string;
  bus: Bus;
  readonly bots: Bots;
  private readonly scenarioOf: (id: string) => Scenario | null;
  private readonly snapshotEvery: number;
  private readonly live = new Map<string, Promise<Live | null>>();
  private readonly write: (c: Commit) => Promise<void>;
  /** The commits and transactions written so far (for the benches). */
  readonly written: { readonly commits: number; readonly transactions: number };
  private closed = false;

  constructor(o: HostOptions) {
    this.db = o.db;
    this.scenarioOf = o.scenario;
    this.clock = o.clock ?? systemClock;
    this.bus = o.bus ?? noBus;
    this.snapshotEvery = o.snapshotEvery ?? 32;
    this.process = o.process ?? newId();
    this.bots = o.bots ?? botsHere;
    const batcher = o.sqlite
      ? new SqliteCommits(o.db, o.sqlite)
      : new KyselyCommits(o.db, o.dialect === 'postgres');
    this.write = (c) => batcher.commit(c);
    this.written = batcher.written;
  }

  /** A scenario this server plays, by id. */
  scenarioFor(id: string): Scenario | null {
    return this.scenarioOf(id);
  }

  /** The match in memory, read from the database the first time. Null if there is none. */
  open(id: string): Promise<Live | null> {
    let p = this.live.get(id);
    if (!p) {
      p = this.load(id);
      this.live.set(id, p);
      p.then(
        (m) => m === null && this.live.delete(id),
        () => this.live.delete(id),
      );
    }
    return p;
  }

  private load(id: string): Promise<Live | null> {
    return readMatch(this.db, this.scenarioOf, id);
  }

  /** Applies what other processes committed since this copy's sequence. */
  async catchUp(live: Live): Promise<void> {
    const rows = await actionsAfter(this.db, live.id, live.seq);
    if (rows.length === 0) return;
    const refused = live.stage(rows);
    if (refused) {
      // (what came before it is applied): the next to open the match reads it again
      this.live.delete(live.id);
      throw new Error(`match ${live.id}: stored action ${live.seq + 1} is refused (${refused})`);
    }
    const due = await this.db
      .selectFrom('deadlines')
      .selectAll()
      .where('match_id', '=', live.id)
      .executeTakeFirst();
    live.publish(rows, due && due.fired_by === null ? due.due_at : 'clear');
  }

  /** Reads the match back from the database in place of what this copy staged since `from`
   *  (a commit failed, or another process committed first), and tells its connections what
   *  is new. If even that fails, the next to open the match reads it again. */
  private async reload(live: Live, from: Checkpoint): Promise<void> {
    try {
      const fresh = await readMatch(this.db, this.scenarioOf, live.id);
      if (!fresh) throw new Error(`match ${live.id} is no longer stored`);
      live.adopt(fresh);
      const rows = live.seq > from.seq ? await actionsAfter(this.db, live.id, from.seq) : [];
      live.publish(rows, live.deadline ?? 'clear');
    } catch (e) {
      this.live.delete(live.id);
      throw e;
    }
  }

  /** Every live match read into memory, as after a restart: how many were, and those that could
   *  not be (a changed scenario, a stored action the engine now refuses), each with the reason.
   *  A damaged match does not keep the others from resuming. */
  async rebuildLive(): Promise<{ rebuilt: number; broken: BrokenMatch[] }> {
    const rows = await this.db
      .selectFrom('matches')
      .select('id')
      .where('status', '=', 'live')
      .execute();
    // A few at a time: SQLite has one connection, whose waiting queries Kysely wakes all at
    // once each time it frees (many waiting make each query slower); Postgres a small pool.
    let next = 0;
    const broken: BrokenMatch[] = [];
    const worker = async () => {
      while (next < rows.length) {
        const match = rows[next++]!.id;
        await this.open(match).catch((e: unknown) => {
          broken.push({ match, reason: (e as Error).message });
        });
      }
    };
    await Promise.all(Array.from({ length: Math.min(8, rows.length) }, worker));
    broken.sort((a, b) => (a.match < b.match ? -1 : 1));
    return { rebuilt: rows.length - broken.length, broken };
  }

  /** The deadline of the wait a state begins; 'keep' for a pace without one (live, untimed):
   *  such a match never has a deadline, so there is none to clear (a statement saved per
   *  commit that changes the wait). */
  private deadlineAfter(live: Live, state: GameState): number | 'clear' | 'keep' {
    const pace: Pace = live.pace;
    const seconds = pace.kind === 'async' ? pace.deadlineSeconds : (pace.timerSeconds ?? null);
    if (seconds === null) return 'keep';
    if (state.phase === 'ended') return 'clear';
    const humans = waitingFor(live.scenario, state).some(
      (f) => live.seat(f)?.controller === 'person',
    );
    return humans ? this.clock.now() + seconds * 1000 : 'clear';
  }

  /** Commits entries at the match's current sequence; refuses what the engine refuses. On a
   *  conflict (another process moved the match on) catches up and reports it. */
  private async commitEntries(
    live: Live,
    entries: readonly CommitEntry[],
    claimDeadline?: { fromSeq: number },
  ): Promise<Outcome | 'conflict'> {
    const from = live.checkpoint();
    const refused = live.stage(entries);
    if (refused) {
      if (live.seq !== from.seq) await this.reload(live, from);
      return { ok: false, code: 'illegal', detail: refused };
    }
    return this.commitStaged(live, from, entries, claimDeadline);
  }

  /** Commits what was staged since `from` (`entries`), then tells the match's connections; on
   *  a failure reads the match back (and on a conflict reports it). (For intake.ts.) */
  async commitStaged(
    live: Live,
    from: Checkpoint,
    entries: readonly CommitEntry[],
    claimDeadline?: { fromSeq: number },
  ): Promise<Outcome | 'conflict'> {
    const last = live.state;
    const changes = Live.waitKey(last) !== from.waitKey;
    const deadline = changes || claimDeadline ? this.deadlineAfter(live, last) : 'keep';
    const fromSeq = from.seq;
    const toSeq = live.seq;
    // A snapshot as a month begins: a restart then replays only the cheap steps of giving
    // orders and choosing, not the months' resolutions (the costly steps).
    const since = toSeq - live.snapshotSeq;
    const snapshotDue =
      last.phase === 'ended' ||
      (last.turn !== from.turn && since >= this.snapshotEvery) ||
      since >= 4 * this.snapshotEvery;
    try {
      await this.write({
        match: live.id,
        fromSeq,
        entries,
        at: this.clock.now(),
        turn: last.turn,
        ended: last.phase === 'ended',
        // written out now: the state steps on in place
        snapshot: snapshotDue ? live.snapshotJson() : null,
        deadline,
        ...(claimDeadline
          ? { claimDeadline: { fromSeq: claimDeadline.fromSeq, process: this.process } }
          : {}),
      });
    } catch (e) {
      await this.reload(live, from);
      if (!(e instanceof Conflict)) throw e;
      return 'conflict';
    }
    if (snapshotDue) live.snapshotSeq = toSeq;
    live.publish(entries, deadline, fromSeq);
    void this.bus.publish({ from: this.process, match: live.id, kind: 'actions' });
    if (changes) notifyTurn(live);
    return { ok: true, seq: live.seq };
  }

  /** Lets bots play every seat they hold until a person has to act. Inside `live.run`. */
  async playBots(live: Live): Promise<void> {
    for (let guard = 0; guard < 1000 && !live.ended; guard++) {
      const moves = await live.botMoves((f) => live.seat(f)?.controller === 'bot', this.bots);
      if (moves.length === 0) return;
      const r = await this.commitEntries(live, moves);
      if (r !== 'conflict' && !r.ok) return;
    }
  }

  /**
   * A person's intent, from a connection that holds `seat`. The intents that arrive for a match
   * together (its seats giving their orders at once) are checked one after another, each on
   * the state the ones before it lead to, committed in one go, and acknowledged once committed.
   */
  act(live: Live, conn: Conn, msg: Intent): Promise<Outcome> {
    return new Promise((done) => {
      // after the messages already read from the sockets have arrived too
      if (live.intake.push({ conn, intent: msg, done }) === 1)
        setImmediate(() => {
          live
            .run(() => takeIntents(this, live))
            .catch((e: unknown) =>
              process.stderr.write(`match ${live.id}: ${(e as Error).stack ?? String(e)}\n`),
            );
        });
    });
  }

  /** Hands a seat to its bot or takes it back. */
  async control(live: Live, faction: string, bot: boolean): Promise<void> {
    await live.run(async () => {
      await this.db
        .updateTable('seats')
        .set({ controller: bot ? 'bot' : 'person' })
        .where('match_id', '=', live.id)
        .where('faction', '=', faction)
        .where('human', '=', 1)
        .execute();
      await reloadSeats(this, live);
      void this.bus.publish({ from: this.process, match: live.id, kind: 'seats' });
      if (bot) await this.playBots(live);
    });
  }

  /** Fires every deadline that has passed: the waiting seats' bots play, once across processes. */
  async fireDeadlines(): Promise<number> {
    const due = await this.db
      .selectFrom('deadlines')
      .selectAll()
      .where('due_at', '<=', this.clock.now())
      .where('fired_by', 'is', null)
      .limit(100)
      .execute();
    let fired = 0;
    for (const d of due) {
      if (this.closed) break;
      const live = await this.open(d.match_id).catch(() => null);
      if (!live) continue;
      fired += await live.run(async () => {
        await this.catchUp(live);
        // a row still unclaimed is the current wait's (a commit that ends a wait replaces or
        // clears it); the claim below fails if another process changed it meanwhile
        if (live.ended) return 0;
        const moves = await live.botMoves(() => true, this.bots);
        if (moves.length === 0) return 0;
        const r = await this.commitEntries(live, moves, { fromSeq: d.from_seq });
        if (r === 'conflict' || !r.ok) return 0;
        await this.playBots(live);
        return 1;
      });
    }
    return fired;
  }

  /** Starts a new match's bots (called once, after its rows are written). */
  async start(id: string): Promise<void> {
    const live = await this.open(id);
    if (live)
      await live.run(async () => {
        const d = this.deadlineAfter(live, live.state);
        if (typeof d === 'number') {
          await this.db
            .insertInto('deadlines')
            .values({ match_id: id, from_seq: 0, due_at: d, fired_by: null })
            .execute();
          live.deadline = d;
        }
        await this.playBots(live);
      });
  }

  /** Another process changed a match: bring this copy up to date and tell its clients. */
  async onBus(m: BusMessage): Promise<void> {
    const p = this.live.get(m.match);
    if (!p) return;
    const live = await p.catch(() => null);
    if (!live) return;
    await live.run(async () => {
      if (m.kind === 'actions') await this.catchUp(live);
      else if (m.kind === 'seats' || m.kind === 'match') await reloadSeats(this, live);
      else if (m.kind === 'chat') await chatCatchUp(this, live);
    });
  }

  /** Brings every match in memory up to date from the database and tells its clients: after
   *  this process missed what others told it (its LISTEN connection was lost). */
  async resync(): Promise<void> {
    for (const p of [...this.live.values()]) {
      const live = await p.catch(() => null);
      if (!live || this.closed) continue;
      await live.run(async () => {
        await this.catchUp(live);
        await reloadSeats(this, live);
        await chatCatchUp(this, live);
      });
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.bus.close();
    for (const p of this.live.values()) {
      const live = await p.catch(() => null);
      if (live) await live.run(async () => undefined);
    }
  }
}
