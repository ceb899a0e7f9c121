// A match as a server process holds it in memory: the scenario, the state its committed
// actions lead to, its seats, and the connections watching it. Work on one match runs one
// piece at a time (`run`); the database orders work across processes.
import { policyByName } from '../ai';
import {
  cloneState,
  generatorFrom,
  initialState,
  legalActions,
  makeViewer,
  seedRng,
  step,
  stepInPlace,
  waitingFor,
  type Action,
  type GameState,
  type GameView,
  type Legal,
  type Scenario,
} from '../engine';
import type { Actor, ChatLine, MatchInfo, Pace, Refusal, ServerMessage } from '../net/protocol';
import { SeatFrames, type Conn } from './frames';
import type { CommitEntry, MatchRow, SeatRow } from './store';

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

/** What a match's staging of actions may have to undo (a commit that failed). */
export interface Checkpoint {
  readonly state: GameState;
  readonly seq: number;
  readonly turnStartSeq: number;
  readonly seatSince: ReadonlyMap<string, number>;
}

export class Live {
  readonly id: string;
  readonly scenario: Scenario;
  readonly seed: number;
  readonly pace: Pace;
  /** The sequence and state of the actions applied: committed, or staged for a commit under
   *  way (inside `run`; `settled` is the last committed state). */
  seq = 0;
  state: GameState;
  settled: GameState;
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
  private queue: Promise<unknown> = Promise.resolve();
  /** Intents that arrived for the match and wait for it (see Host.act). */
  readonly intake: Waiting[] = [];

  constructor(scenario: Scenario, row: MatchRow, seats: SeatRow[], state: GameState | null) {
    this.id = row.id;
    this.scenario = scenario;
    this.seed = row.seed;
    this.pace = JSON.parse(row.pace) as Pace;
    this.seats = seats;
    this.rematch = row.rematch;
    this.state = state ?? initialState(scenario, row.seed);
    this.settled = this.state;
    this.frames = new SeatFrames(scenario);
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

  /** Steps the given actions from the current state without keeping the result. */
  tryActions(
    entries: readonly Pick<CommitEntry, 'action'>[],
  ): { states: GameState[] } | { error: string } {
    const states: GameState[] = [];
    let s = this.state;
    for (const e of entries) {
      const r = step(this.scenario, s, e.action);
      if (!r.ok) return { error: r.error };
      states.push((s = r.value.state));
    }
    return { states };
  }

  /** What each bot seat waiting now would do, decided from its own view, one after another. */
  botMoves(factions: (f: string) => boolean): CommitEntry[] {
    const out: CommitEntry[] = [];
    let s = this.state;
    for (const f of waitingFor(this.scenario, s)) {
      if (!factions(f)) continue;
      const seat = this.seat(f);
      const policy =
        policyByName(
          seat?.bot ?? 'random',
          this.scenario.tracks.map((t) => t.id),
        ) ?? policyByName('random')!;
      // Seeded by the match and the sequence: any process decides the same.
      const rng = generatorFrom(
        seedRng(
          (this.seed ^
            Math.imul(this.seq + out.length + 1, 0x9e3779b9) ^
            Math.imul(this.scenario.index.playable.indexOf(f) + 1, 7919)) |
            0,
        ),
      );
      const view = makeViewer(this.scenario, f)(s);
      const action: Action = policy.decide(
        this.scenario,
        view,
        legalActions(this.scenario, view),
        rng,
      );
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

  /**
   * Applies stored actions to this copy's state, changing it in place (several times faster
   * than a step that copies the state first): only while nothing holds the state or a view of
   * it, as when a match is read from the database. Returns the engine's error for an action
   * it refuses.
   */
  replay(actions: readonly Action[]): string | null {
    if (this.conns.size > 0) throw new Error(`match ${this.id}: replayed while watched`);
    for (const action of actions) {
      const before = this.marks();
      const error = stepInPlace(this.scenario, this.state, action);
      if (error) return error;
      this.seq++;
      this.moved(before);
    }
    this.settled = this.state;
    return null;
  }

  checkpoint(): Checkpoint {
    return {
      state: this.state,
      seq: this.seq,
      turnStartSeq: this.turnStartSeq,
      seatSince: new Map(this.seatSince),
    };
  }

  /** Undoes what was staged since `c`. */
  restore(c: Checkpoint): void {
    this.state = c.state;
    this.seq = c.seq;
    this.turnStartSeq = c.turnStartSeq;
    this.seatSince.clear();
    for (const [f, n] of c.seatSince) this.seatSince.set(f, n);
  }

  /** Applies actions for a commit (each a step that leaves the state before it as it was):
   *  all of them, or none and the engine's error. Nobody is told until `publish`. */
  stage(entries: readonly Pick<CommitEntry, 'action'>[]): string | null {
    const tried = this.tryActions(entries);
    if ('error' in tried) return tried.error;
    for (const state of tried.states) {
      const before = this.marks();
      this.state = state;
      this.seq++;
      this.moved(before);
    }
    return null;
  }

  /** The staged actions `by` are committed: sends each connection its update. */
  publish(
    by: readonly { readonly faction: string; readonly actor: Actor }[],
    deadline: number | 'clear' | 'keep',
  ): void {
    this.settled = this.state;
    if (deadline === 'clear') this.deadline = null;
    else if (deadline !== 'keep') this.deadline = deadline;
    if (by.length > 0) this.frames.update(this.conns, this.state, this.seq, by, this.deadline);
  }

  /** The full view and legal actions a connection starts from. */
  welcome(faction: string | null): { view: GameView; legal: Legal | null } {
    return this.frames.welcome(faction, this.state);
  }

  sendAll(message: ServerMessage): void {
    for (const conn of this.conns) conn.send(message);
  }

  sendChat(line: ChatLine): void {
    // players only: observers do not see the players' chat
    for (const conn of this.conns)
      if (conn.seat !== null) conn.send({ t: 'chat', seq: this.seq, line });
  }

  /** A copy of the state for a snapshot row. */
  snapshot(): GameState {
    return cloneState(this.state);
  }
}
