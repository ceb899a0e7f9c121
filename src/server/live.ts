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
  type LogEntry,
  type Scenario,
} from '../engine';
import { MemberDiff, sameJson, type PatchOp } from '../net/patch';
import type { ChatLine, MatchInfo, Pace, ServerMessage, ViewBody } from '../net/protocol';
import type { CommitEntry, MatchRow, SeatRow } from './store';

/** The faction name observers' views are computed for: no faction has it, so it sees only what
 *  is public. */
export const PUBLIC = '';

/** A client connection, as the match sees it. */
export interface Conn {
  /** The seat's faction, or null for an observer. */
  seat: string | null;
  tokenHash: string;
  send(message: ServerMessage): void;
  close(reason: string): void;
}

export class Live {
  readonly id: string;
  readonly scenario: Scenario;
  readonly seed: number;
  readonly pace: Pace;
  seq = 0;
  state: GameState;
  seats: SeatRow[];
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
  private readonly viewers = new Map<string, (s: GameState) => GameView>();
  /** Per faction (and PUBLIC), the view and legal actions its connections were last sent:
   *  updates carry what changed since. */
  private readonly sent = new Map<
    string,
    { body: ViewBody; log: readonly LogEntry[]; legal: Legal | null }
  >();
  private queue: Promise<unknown> = Promise.resolve();
  /** Seats' views share much (the regions, the characters...): each change is worked out once. */
  private readonly differ = new MemberDiff();

  constructor(scenario: Scenario, row: MatchRow, seats: SeatRow[], state: GameState | null) {
    this.id = row.id;
    this.scenario = scenario;
    this.seed = row.seed;
    this.pace = JSON.parse(row.pace) as Pace;
    this.seats = seats;
    this.rematch = row.rematch;
    this.state = state ?? initialState(scenario, row.seed);
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
  tryActions(entries: readonly CommitEntry[]): { states: GameState[] } | { error: string } {
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
    return null;
  }

  /** Makes committed states current, one per action, and sends each connection its update. */
  advance(
    states: readonly GameState[],
    entries: readonly Pick<CommitEntry, 'faction' | 'actor'>[],
    deadline: number | 'clear' | 'keep',
  ): void {
    states.forEach((state, i) => {
      const before = this.marks();
      this.state = state;
      this.seq++;
      this.moved(before);
      if (i === states.length - 1) {
        if (deadline === 'clear') this.deadline = null;
        else if (deadline !== 'keep') this.deadline = deadline;
      }
      this.broadcast(entries[i]!);
    });
  }

  private viewOf(faction: string): GameView {
    let viewer = this.viewers.get(faction);
    if (!viewer) this.viewers.set(faction, (viewer = makeViewer(this.scenario, faction)));
    return viewer(this.state);
  }

  /** The full view and legal actions a connection starts from: later updates carry what
   *  changed since. (Every connection of a seat has been sent the same: the view now.) */
  welcome(faction: string | null): { view: GameView; legal: Legal | null } {
    const key = faction ?? PUBLIC;
    const view = this.viewOf(key);
    const legal = this.legalOf(faction, view);
    const { log, ...body } = view;
    this.sent.set(key, { body, log, legal });
    return { view, legal };
  }

  private legalOf(faction: string | null, view: GameView): Legal | null {
    if (faction === null || this.ended) return null;
    return legalActions(this.scenario, view);
  }

  private broadcast(by: Pick<CommitEntry, 'faction' | 'actor'>): void {
    const frames = new Map<string, ServerMessage>();
    const revealed = this.ended ? this.state : null;
    for (const conn of this.conns) {
      const key = conn.seat ?? PUBLIC;
      let frame = frames.get(key);
      if (!frame) {
        const view = this.viewOf(key);
        const legal = this.legalOf(conn.seat, view);
        const { log, ...body } = view;
        const last = this.sent.get(key);
        // (a connection is sent its welcome before any update, so `last` is there)
        const patch: PatchOp[] = last
          ? this.differ.diff(last.body, body)
          : [{ op: 'replace', path: '', value: body }];
        const legalChanged = !last || !sameJson(last.legal, legal);
        this.sent.set(key, { body, log, legal });
        frame = {
          t: 'update',
          seq: this.seq,
          by: { faction: by.faction, actor: by.actor },
          patch,
          news: log.slice(last?.log.length ?? 0),
          ...(legalChanged ? { legal } : {}),
          deadline: this.deadline,
          revealed,
        };
        frames.set(key, frame);
      }
      conn.send(frame);
    }
    // A faction nobody watches now starts again from a full view when someone connects.
    for (const key of [...this.sent.keys()]) if (!frames.has(key)) this.sent.delete(key);
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
