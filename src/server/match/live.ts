// A match as a server process holds it in memory: the scenario, the state its committed
// actions lead to, its seats, and the connections watching it. Work on one match runs one
// piece at a time (`run`); the database orders work across processes.
import {
  initialState,
  legalActions,
  makeViewer,
  step,
  stepInPlace,
  waitingFor,
  type Action,
  type GameState,
  type GameView,
  type Legal,
  type LogEntry,
  type Scenario,
} from '../../engine';
import type { Actor, ChatLine, MatchInfo, Pace, Refusal, ServerMessage } from '../../net/protocol';
import type { Bots } from '../bots/bots';
import { PUBLIC, SeatFrames, type Conn } from './frames';
import type { CommitEntry, MatchRow, SeatRow } from '../store';

export { PUBLIC, type Conn } from './frames';

/** An action from a person, with the request id and the last sequence their client saw. */
export interface Intent {
  readonly id: number;
  readonly seq: number;
  readonly action: Action;
}

export type Outcome = { ok: true; seq: number } | { ok: false; code: Refusal; detail?: string };

/** An intent waiting for its match, and who waits for its outcome. */
export interface Waiting {
  readonly conn: Conn;
  readonly intent: Intent;
  readonly done: (o: Outcome) => void;
}

/** Where a match's staging of actions began: what a commit compares its state with. */
export interface Checkpoint {
  readonly seq: number;
  readonly turn: number;
  readonly waitKey: string;
}

/** What is committed of a match, for listings while a commit is under way. */
export interface Settled {
  readonly turn: number;
  readonly ended: boolean;
  readonly waiting: readonly string[];
}

/** How long a seat's connections may be owed the others' progress (see `publish`), in ms. */
export const PROGRESS_EVERY_MS = 50;

export class Live {
  readonly id: string;
  readonly scenario: Scenario;
  readonly seed: number;
  readonly pace: Pace;
  /** The sequence and state of the actions applied: committed, or staged for a commit under
   *  way (inside `run`; `settled` tells of the last committed state). The state is this
   *  process's own and steps on in place (a copy per step costs more than the step): a commit
   *  that fails reads the match back from the database (see Host.reload). */
  seq = 0;
  state: GameState;
  settled: Settled;
  seats: SeatRow[];
  /** The sequence of the last snapshot this process wrote or read. */
  snapshotSeq = 0;
  /** The sequence at which the current month (or round of decisions) began. */
  turnStartSeq = 0;
  /** Per faction, the sequence at which what it has to do last changed: an intent built on an
   *  earlier one is stale. Absent: the turnStartSeq. */
  private readonly seatSince = new Map<string, number>();
  deadline: number | null = null;
  rematch: string | null;
  readonly conns = new Set<Conn>();
  /** The last chat line sent to this process's connections. */
  chatSeen = 0;
  /** When each seat last chatted, for the rate limit. */
  readonly chatTimes = new Map<string, number[]>();
  private readonly frames: SeatFrames;
  /** Each bot's view, kept up as the game goes on (a viewer follows one game). */
  private readonly botViewers = new Map<string, (s: GameState) => GameView>();
  private queue: Promise<unknown> = Promise.resolve();
  /** Intents that arrived for the match and wait for it (see Host.act). */
  readonly intake: Waiting[] = [];
  /** Sends what the seats are owed, once due (see `publish`). */
  private progressTimer: ReturnType<typeof setTimeout> | null = null;
  /** The log's entries as written for the last snapshot (see `snapshotJson`). */
  private logWritten: {
    readonly log: readonly LogEntry[];
    readonly count: number;
    readonly json: string;
  } | null = null;

  constructor(scenario: Scenario, row: MatchRow, seats: SeatRow[], state: GameState | null) {
    this.id = row.id;
    this.scenario = scenario;
    this.seed = row.seed;
    this.pace = JSON.parse(row.pace) as Pace;
    this.seats = seats;
    this.rematch = row.rematch;
    this.state = state ?? initialState(scenario, row.seed);
    this.settled = this.settle();
    this.frames = new SeatFrames(scenario);
  }

  /** The state as a snapshot stores it: what `JSON.stringify` writes of it, but the log's
   *  entries written for an earlier snapshot are kept and only the later ones written (the
   *  engine only pushes onto the log, and the log is two thirds of the state's JSON). */
  snapshotJson(): string {
    const s = this.state;
    const log = s.log;
    let w = this.logWritten;
    // (a state read back from the database has a log of its own)
    if (!w || w.log !== log || log.length < w.count) w = { log, count: 0, json: '' };
    if (log.length > w.count) {
      const more = JSON.stringify(log.slice(w.count)).slice(1, -1);
      w = { log, count: log.length, json: w.json === '' ? more : `${w.json},${more}` };
    }
    this.logWritten = w;
    const parts: string[] = [];
    for (const [k, v] of Object.entries(s))
      if (v !== undefined)
        parts.push(`${JSON.stringify(k)}:${k === 'log' ? `[${w.json}]` : JSON.stringify(v)}`);
    return `{${parts.join(',')}}`;
  }

  /** Runs `fn` after every earlier piece of work on this match. */
  run<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.queue.then(fn, fn);
    this.queue = next.catch(() => undefined);
    return next;
  }

  seat(faction: string): SeatRow | undefined {
    return this.seats.find((s) => s.faction === faction);
  }

  get ended(): boolean {
    return this.state.phase === 'ended';
  }

  info(): MatchInfo {
    return {
      id: this.id,
      scenario: this.scenario.id,
      seats: this.seats.map((s) => ({
        faction: s.faction,
        controller: s.controller,
        bot: s.bot,
        name: s.name,
      })),
      pace: this.pace,
      deadline: this.deadline,
      rematch: this.rematch,
    };
  }

  /** What the state's next actions wait on: a change starts a new deadline. */
  static waitKey(s: GameState): string {
    return `${s.turn}|${s.phase}|${s.pending.map((p) => `${p.event}/${p.faction}`).join(',')}`;
  }

  private static seatKey(s: GameState, faction: string): string {
    const own = s.pending.filter((p) => p.faction === faction).map((p) => p.event);
    return `${s.turn}|${s.phase}|${own.join(',')}`;
  }

  /** The sequence an intent of `faction` must be built on or after. */
  staleBefore(faction: string): number {
    return Math.max(this.turnStartSeq, this.seatSince.get(faction) ?? 0);
  }

  /** What each bot seat waiting now would do, decided from its own view, one after another
   *  (by `bots`, on a worker thread or here: the same moves either way). */
  async botMoves(factions: (f: string) => boolean, bots: Bots): Promise<CommitEntry[]> {
    const out: CommitEntry[] = [];
    let s = this.state;
    for (const f of waitingFor(this.scenario, s)) {
      if (!factions(f)) continue;
      // Seeded by the match and the sequence: any process decides the same.
      const seed =
        (this.seed ^
          Math.imul(this.seq + out.length + 1, 0x9e3779b9) ^
          Math.imul(this.scenario.index.playable.indexOf(f) + 1, 7919)) |
        0;
      let viewer = this.botViewers.get(f);
      if (!viewer) this.botViewers.set(f, (viewer = makeViewer(this.scenario, f)));
      const view = viewer(s);
      const action = await bots.decide(this.scenario, {
        bot: this.seat(f)?.bot ?? 'random',
        view,
        legal: legalActions(this.scenario, view),
        seed,
      });
      const r = step(this.scenario, s, action);
      if (!r.ok) continue; // a policy that errs is skipped, and its seat waits for a person
      s = r.value.state;
      out.push({ faction: f, action, actor: 'bot' });
    }
    return out;
  }

  /** What the staleness of intents follows, in the current state. */
  private marks(): { turn: number; phase: string; seats: string[] } {
    const s = this.state;
    return {
      turn: s.turn,
      phase: s.phase,
      seats: this.scenario.index.playable.map((f) => Live.seatKey(s, f)),
    };
  }

  /** After one action moved the state on from `before`: notes what it changed for whom. */
  private moved(before: ReturnType<Live['marks']>): void {
    const s = this.state;
    if (s.turn !== before.turn || s.phase !== before.phase) {
      this.turnStartSeq = this.seq;
      this.seatSince.clear();
    } else
      this.scenario.index.playable.forEach((f, i) => {
        if (Live.seatKey(s, f) !== before.seats[i]) this.seatSince.set(f, this.seq);
      });
  }

  /** Applies stored actions as the match is read from the database, before anyone watches it.
   *  Returns the engine's error for an action it refuses. */
  replay(actions: readonly Action[]): string | null {
    if (this.conns.size > 0) throw new Error(`match ${this.id}: replayed while watched`);
    const error = this.stage(actions.map((action) => ({ action })));
    this.settled = this.settle();
    return error;
  }

  private settle(): Settled {
    const s = this.state;
    return { turn: s.turn, ended: s.phase === 'ended', waiting: waitingFor(this.scenario, s) };
  }

  checkpoint(): Checkpoint {
    return { seq: this.seq, turn: this.state.turn, waitKey: Live.waitKey(this.state) };
  }

  /** Takes what `fresh` (this match read again from the database) holds, in place of what
   *  this copy staged: its connections are told at the next `publish`. */
  adopt(fresh: Live): void {
    this.state = fresh.state;
    this.seq = fresh.seq;
    this.snapshotSeq = fresh.snapshotSeq;
    this.turnStartSeq = fresh.turnStartSeq;
    this.seatSince.clear();
    for (const [f, n] of fresh.seatSince) this.seatSince.set(f, n);
    this.deadline = fresh.deadline;
    this.seats = fresh.seats;
    this.rematch = fresh.rematch;
  }

  /** Applies actions for a commit, each checked on the state the ones before lead to. Nobody
   *  is told until `publish`. Returns the engine's error for the first it refuses: the ones
   *  before it stay applied (`seq` tells how many). */
  stage(entries: readonly Pick<CommitEntry, 'action'>[]): string | null {
    for (const e of entries) {
      const before = this.marks();
      const error = stepInPlace(this.scenario, this.state, e.action);
      if (error) return error;
      this.seq++;
      this.moved(before);
    }
    return null;
  }

  /**
   * The staged actions `by` are committed: sends the connections their updates. Given `from`,
   * the sequence the commit was built on, only the seats that made these actions, or whose
   * turn they changed (what the seat has to do: see `staleBefore`), are sent theirs now; the
   * others' progress is owed to the rest (and to observers) and sent within
   * PROGRESS_EVERY_MS, all the actions since in one update, so that a busy match works out
   * and sends a waiting seat's view once for several commits. Without `from` (actions read
   * from the database), every seat is sent its update now.
   */
  publish(
    by: readonly { readonly faction: string; readonly actor: Actor }[],
    deadline: number | 'clear' | 'keep',
    from?: number,
  ): void {
    this.settled = this.settle();
    if (deadline === 'clear') this.deadline = null;
    else if (deadline !== 'keep') this.deadline = deadline;
    if (by.length === 0) return;
    const now =
      from === undefined || this.ended
        ? undefined
        : (key: string) =>
            key !== PUBLIC && (this.staleBefore(key) > from || by.some((b) => b.faction === key));
    this.frames.update(this.conns, this.state, this.seq, by, this.deadline, now);
    if (this.frames.owing && this.progressTimer === null) {
      this.progressTimer = setTimeout(() => {
        this.progressTimer = null;
        // after the work under way: nothing staged and not yet committed is shown
        this.run(async () => this.flush()).catch((e: unknown) =>
          process.stderr.write(`match ${this.id}: ${(e as Error).stack ?? String(e)}\n`),
        );
      }, PROGRESS_EVERY_MS);
      this.progressTimer.unref?.();
    }
  }

  /** Sends every seat's connections the progress they are owed. Outside a commit. */
  flush(): void {
    this.frames.flush(this.conns, this.state, this.seq, this.deadline);
  }

  /** The full view and legal actions a connection starts from (the seat's other connections
   *  are first sent what they are owed: a seat's connections are all sent the same). */
  welcome(faction: string | null): { view: GameView; legal: Legal | null } {
    this.flush();
    return this.frames.welcome(faction, this.state, this.seq);
  }

  /** Tells every connection what the match is now (`info`): its seats, pace and rematch. */
  sendInfo(): void {
    this.sendAll({ t: 'match', seq: this.seq, match: this.info() });
  }

  /** Sends every connection `message`, after the updates they are owed (its `seq` is theirs). */
  sendAll(message: ServerMessage): void {
    this.flush();
    for (const conn of this.conns) conn.send(message);
  }

  sendChat(line: ChatLine): void {
    this.flush();
    // players only: observers do not see the players' chat
    for (const conn of this.conns)
      if (conn.seat !== null) conn.send({ t: 'chat', seq: this.seq, line });
  }
}
