// What the connections of one match are sent of its state: each seat its own view (observers
// the public one), in full on a welcome, then as a delta of what changed since (net/delta.ts).
// Every connection of a seat has been sent the same, so a seat's frame is worked out once and
// shared by its connections; and the seats' views of one state share most of their members,
// so the change of a member, and its JSON, is worked out once for every seat that had the same
// before. The match's state steps on in place: what a view holds of the state's own objects is
// compared with a copy of what was sent, once per sequence for every seat (the state changes
// only as its sequence moves on), and only once the engine has written it since: the engine
// counts its writes to a state's records of flags, regions and characters (most actions change
// none of them: only a month's resolution changes regions and characters).
import {
  canSee,
  legalActions,
  makeViewer,
  type GameState,
  type GameView,
  type Legal,
  type LogEntry,
  type Scenario,
} from '../../engine';
import {
  changedBy,
  copyJson,
  diffEntry,
  diffRecord,
  sameJson,
  type Delta,
  type Entry,
} from '../../net/delta';
import { packChanges } from '../../net/packed';
import { legalBaseAfter, type Actor, type ServerMessage } from '../../net/protocol';
import { newMirror, seenAt, unwritten, writesSeen, type Mirror, type Synced } from './mirror';

/** The faction name observers' views are computed for: no faction has it, so it sees only what
 *  is public. */
export const PUBLIC = '';

/** A member's entry as sent: the month's changes packed (net/packed.ts). */
const wire = (k: string, e: Entry): Entry => (k === 'changes' ? packChanges(e) : e);

/** A client connection, as the match sees it. */
export interface Conn {
  /** The seat's faction, or null for an observer. */
  seat: string | null;
  tokenHash: string;
  send(message: ServerMessage): void;
  close(reason: string): void;
}

/** Where a message holds its JSON, once written (a member JSON leaves out: a symbol). A
 *  property of the message's own, not an entry of a weak map: the garbage collector pays
 *  for every entry of a weak map whose key dies young, as messages do. */
const JSON_OF = Symbol('json');

/** The JSON of a message as written once (an update, from parts shared between seats, or a
 *  message sent to several connections): a socket sends that rather than writing it again. */
export const prewritten = {
  get: (m: ServerMessage): string | undefined => (m as unknown as { [JSON_OF]?: string })[JSON_OF],
  set: (m: ServerMessage, json: string): void => {
    // (not enumerable: what compares messages member by member does not see it; a frozen
    // message is written again each time)
    if (Object.isExtensible(m)) Object.defineProperty(m, JSON_OF, { value: json });
  },
};

/** Who made the actions an update tells of. */
type By = readonly { readonly faction: string; readonly actor: Actor }[];

/** What a seat's connections were last sent. */
interface Sent {
  /** The view, without its log (sent as news, not as a member of the delta). */
  readonly view: GameView;
  /** How far into the state's log the seat has been sent what it may see of it. */
  readonly logSeen: number;
  readonly legal: Legal | null;
  /** What a `legalDelta` changes (`legalBaseAfter`; null: send them whole next). */
  readonly legalBase: Legal | null;
  /** For each member that is the state's own object, the version of its mirror sent. */
  readonly synced: Map<string, Synced>;
}

/** The last change worked out of a member that is no object of the state's: from `a` to `b`. */
interface Change {
  a: unknown;
  b: unknown;
  entry: Entry | undefined;
  /** `"key":entry`, or '' if `a` and `b` are equal. */
  part: string;
}

const NO_NEWS: readonly LogEntry[] = Object.freeze([]);

/** The entries of `log` from `from` on that `key` (a faction, or PUBLIC) may see. */
function newsOf(log: readonly LogEntry[], from: number, key: string): readonly LogEntry[] {
  let news: LogEntry[] | null = null;
  for (let i = from; i < log.length; i++) if (canSee(log[i]!, key)) (news ??= []).push(log[i]!);
  return news ?? NO_NEWS;
}

export class SeatFrames {
  private readonly viewers = new Map<string, (s: GameState) => GameView>();
  /** Per faction (and PUBLIC), the view and legal actions its connections were last sent. */
  private readonly sent = new Map<string, Sent>();
  private readonly mirrors = new Map<string, Mirror>();
  private readonly changes = new Map<string, Change>();
  /** Per faction (and PUBLIC) whose update was put off, the actions committed since its last. */
  private readonly owed = new Map<string, { faction: string; actor: Actor }[]>();

  constructor(private readonly scenario: Scenario) {}

  /** The view of the seat `key`, without its log: the seats are sent the entries they may see
   *  as the state's log grows (`news`), and a view's log would be a new copy of the whole log
   *  the seat knows at each new entry, kept until the seat's next update. */
  private viewOf(key: string, state: GameState): GameView {
    let viewer = this.viewers.get(key);
    if (!viewer) this.viewers.set(key, (viewer = makeViewer(this.scenario, key, { log: false })));
    return viewer(state);
  }

  private legalOf(faction: string | null, view: GameView, state: GameState): Legal | null {
    if (faction === null || state.phase === 'ended') return null;
    return legalActions(this.scenario, view);
  }

  /** A view's member that is the state's own object (changed in place by later steps). */
  private static owned(state: GameState, k: string, v: unknown): boolean {
    return (
      typeof v === 'object' && v !== null && (state as unknown as Record<string, unknown>)[k] === v
    );
  }

  /** The full view and legal actions a connection starts from: later updates carry what
   *  changed since. (The seat's other connections have been sent the same: the view now.) */
  welcome(
    faction: string | null,
    state: GameState,
    seq?: number,
  ): { view: GameView; legal: Legal | null } {
    const key = faction ?? PUBLIC;
    const view = this.viewOf(key, state);
    const legal = this.legalOf(faction, view, state);
    const synced = new Map<string, Synced>();
    const members = view as unknown as Record<string, unknown>;
    for (const k in members) {
      const v = members[k];
      if (k === 'log' || !SeatFrames.owned(state, k, v)) continue;
      let m = this.mirrors.get(k);
      if (!m) this.mirrors.set(k, (m = newMirror(k, v, seq)));
      else if (!seenAt(m, v, seq) && !unwritten(m, v) && diffEntry(m.copy, v) !== undefined)
        continue; // the next update sends it whole
      synced.set(k, m.synced);
    }
    // the seat's other connections, up to date, may hold another base: the next legal actions
    // go whole, a base for all of them
    const legalBase = this.sent.has(key) ? null : legal;
    this.sent.set(key, { view, logSeen: state.log.length, legal, legalBase, synced });
    this.owed.delete(key);
    return { view: { ...view, log: newsOf(state.log, 0, key) }, legal };
  }

  /** Member `k` (the state's own object, now `v`) as last sent, brought up to date once per
   *  sequence. */
  private mirrored(k: string, v: unknown, seq: number): Mirror {
    let m = this.mirrors.get(k);
    if (!m) this.mirrors.set(k, (m = newMirror(k, v, seq)));
    else if (!seenAt(m, v, seq) && !unwritten(m, v)) {
      const entry = diffEntry(m.copy, v);
      Object.assign(m, writesSeen(k, v));
      m.seenOf = v;
      m.seenAt = seq;
      if (entry !== undefined) {
        // a copy: what it holds of the state's objects changes on; the new copy is the last
        // one changed by it (what did not change is shared: copies are never changed)
        const copied = copyJson(entry);
        m.entry = wire(k, copied);
        m.part = `${JSON.stringify(k)}:${JSON.stringify(m.entry)}`;
        m.copy = changedBy(m.copy, copied);
        m.whole = null;
        m.lag = null;
        m.version++;
        m.synced = { version: m.version, copy: m.copy };
      }
    }
    return m;
  }

  /** The change of member `k` from `x` to `y` (neither the state's own object). */
  private changeOf(k: string, x: unknown, y: unknown): Change {
    let c = this.changes.get(k);
    if (c && c.a === x && c.b === y) return c;
    // (a viewer hands out again the entries of the changes that tell the same: see KnownChanges)
    const diff = diffEntry(x, y, k === 'changes');
    const entry = diff === undefined ? undefined : wire(k, diff);
    const part = entry === undefined ? '' : `${JSON.stringify(k)}:${JSON.stringify(entry)}`;
    if (c) {
      c.a = x;
      c.b = y;
      c.entry = entry;
      c.part = part;
    } else this.changes.set(k, (c = { a: x, b: y, entry, part }));
    return c;
  }

  /** What turns what a seat was last sent into `view` (but its log): the delta, and its JSON's
   *  members. */
  private deltaOf(state: GameState, seq: number, last: Sent, view: GameView) {
    const delta: Record<string, Entry> = {};
    const parts: string[] = [];
    // the versions sent of the state's own objects: those sent last, unless one moved on (most
    // updates change none of them: only a month's resolution changes regions and characters)
    let owned = 0;
    let moved = false;
    const was = last.view as unknown as Record<string, unknown>;
    const now = view as unknown as Record<string, unknown>;
    for (const k in now) {
      const v = now[k];
      if (v === undefined || k === 'log') continue;
      if (SeatFrames.owned(state, k, v)) {
        const m = this.mirrored(k, v, seq);
        const seen = last.synced.get(k);
        if (seen?.version === m.version) {
          // nothing new since this seat was sent it
        } else if (seen?.version === m.version - 1) {
          parts.push(m.part);
          delta[k] = m.entry!;
        } else if (seen) {
          // the seat's updates were put off over several versions: from the copy it was sent
          if (m.lag?.from !== seen.version) {
            const e = diffEntry(seen.copy, m.copy);
            const entry = e === undefined ? undefined : wire(k, e);
            const part = entry === undefined ? '' : `${JSON.stringify(k)}:${JSON.stringify(entry)}`;
            m.lag = { from: seen.version, entry, part };
          }
          if (m.lag.entry !== undefined) {
            parts.push(m.lag.part);
            delta[k] = m.lag.entry;
          }
        } else {
          const whole = wire(k, [0, m.copy]);
          parts.push((m.whole ??= `${JSON.stringify(k)}:${JSON.stringify(whole)}`));
          delta[k] = whole;
        }
        owned++;
        if (seen !== m.synced) moved = true;
      } else if (last.synced.has(k)) {
        moved = true;
        // was the state's own object when sent: what it held then is not kept
        const whole = wire(k, [0, copyJson(v)]);
        parts.push(`${JSON.stringify(k)}:${JSON.stringify(whole)}`);
        delta[k] = whole;
      } else {
        const x = Object.hasOwn(was, k) ? was[k] : undefined;
        if (x === v) continue;
        const c = this.changeOf(k, x, v);
        if (c.entry === undefined) continue;
        parts.push(c.part);
        delta[k] = c.entry;
      }
    }
    for (const k in was)
      if (was[k] !== undefined && now[k] === undefined && k !== 'log') {
        parts.push(`${JSON.stringify(k)}:[1]`);
        delta[k] = [1];
      }
    let synced = last.synced;
    if (moved || owned !== synced.size) {
      synced = new Map();
      for (const k in now)
        if (k !== 'log' && SeatFrames.owned(state, k, now[k]))
          synced.set(k, this.mirrors.get(k)!.synced);
    }
    return { delta: delta as Delta, parts, synced };
  }

  /**
   * Whether the legal actions of `view` are those of `was` (the view last sent, `delta` what
   * changed since). They are worked out from the view alone, and of it not from its log, its
   * month's changes or the others' orders (`legalActions` reads the faction's own orders, the
   * phase, turn and pending choices, and the figures its orders' and choices' conditions read,
   * which a faction's own view holds as members of their own): in the orders phase most
   * updates of a waiting seat tell only that another seat gave its orders.
   */
  private static legalKept(key: string, was: GameView, view: GameView, delta: Delta): boolean {
    for (const k in delta) {
      if (k === 'changes') continue;
      if (k !== 'orders') return false;
      const a = was.orders;
      const b = view.orders;
      if (a[key] !== b[key] || Object.hasOwn(a, key) !== Object.hasOwn(b, key)) return false;
    }
    return true;
  }

  /** New legal actions as sent: as a delta of the base if there is one (a delta is never much
   *  longer than what it leads to), else whole. */
  private static legalPart(
    base: Legal | null,
    legal: Legal | null,
  ): { delta: Delta | null; json: string } {
    if (!base || !legal) return { delta: null, json: `,"legal":${JSON.stringify(legal)}` };
    // (options are built once each: the same option is the same object)
    const delta =
      diffRecord(
        base as unknown as Record<string, unknown>,
        legal as unknown as Record<string, unknown>,
        true,
      ) ?? {};
    return { delta, json: `,"legalDelta":${JSON.stringify(delta)}` };
  }

  /**
   * Sends the connections what the actions `by` (committed together, leading to `state` at
   * sequence `seq`) changed of their views: those of the seats `now` tells now, each with the
   * actions put off for it before; for the other seats these actions are owed, and their
   * connections are sent them all at their next update (or `flush`).
   */
  update(
    conns: Iterable<Conn>,
    state: GameState,
    seq: number,
    by: By,
    deadline: number | null,
    now: (key: string) => boolean = () => true,
  ): void {
    const frames = new Map<string, ServerMessage | null>();
    const revealed = state.phase === 'ended' ? state : null;
    const who = by.map((b) => ({ faction: b.faction, actor: b.actor }));
    // the parts every seat's frame shares, written once
    let head: string | null = null;
    let tail: string | null = null;
    // seats that may see the same entries are sent the same news, written once
    const newsWritten: { news: readonly LogEntry[]; json: string }[] = [];
    const logLength = state.log.length;
    for (const conn of conns) {
      const key = conn.seat ?? PUBLIC;
      let frame = frames.get(key);
      if (frame === undefined) {
        // (a connection is sent its welcome before any update, so `last` is there)
        const last = this.sent.get(key)!;
        const owed = this.owed.get(key);
        if (!now(key)) {
          if (who.length > 0)
            if (owed) owed.push(...who);
            else this.owed.set(key, who.slice());
          frames.set(key, null);
          continue;
        }
        if (owed) this.owed.delete(key);
        else if (who.length === 0) {
          frames.set(key, null);
          continue;
        }
        const view = this.viewOf(key, state);
        const { delta, parts, synced } = this.deltaOf(state, seq, last, view);
        const news = newsOf(state.log, last.logSeen, key);
        const legal = SeatFrames.legalKept(key, last.view, view, delta)
          ? last.legal
          : this.legalOf(conn.seat, view, state);
        const legalChanged = legal !== last.legal && !sameJson(last.legal, legal);
        const legalPart = legalChanged ? SeatFrames.legalPart(last.legalBase, legal) : null;
        const legalBase = legalPart
          ? legalBaseAfter(last.legalBase, legal, legalPart.delta === null)
          : last.legalBase;
        this.sent.set(key, { view, logSeen: logLength, legal, legalBase, synced });
        const its = owed ? [...owed, ...who] : who;
        frame = {
          t: 'update',
          seq,
          by: its,
          delta,
          news,
          ...(legalPart?.delta ? { legalDelta: legalPart.delta } : legalChanged ? { legal } : {}),
          deadline,
          revealed,
        };
        const start = `{"t":"update","seq":${seq},"by":`;
        const itsHead = owed
          ? `${start}${JSON.stringify(its)}`
          : (head ??= `${start}${JSON.stringify(who)}`);
        tail ??= `,"deadline":${JSON.stringify(deadline)},"revealed":${revealed ? JSON.stringify(revealed) : 'null'}}`;
        // (the same entries, so sameJson finds them the same item by item at once)
        let written = newsWritten.find((w) => sameJson(w.news, news));
        if (!written) newsWritten.push((written = { news, json: JSON.stringify(news) }));
        prewritten.set(
          frame,
          `${itsHead},"delta":{${parts.join(',')}},"news":${written.json}${legalPart ? legalPart.json : ''}${tail}`,
        );
        frames.set(key, frame);
      }
      if (frame) conn.send(frame);
    }
    // A faction nobody watches now starts again from a full view when someone connects.
    for (const key of [...this.sent.keys()])
      if (!frames.has(key)) {
        this.sent.delete(key);
        this.owed.delete(key);
      }
  }

  /** Whether some seat's connections are owed an update. */
  get owing(): boolean {
    return this.owed.size > 0;
  }

  /** Sends the connections of every seat owed an update what changed since its last. */
  flush(conns: Iterable<Conn>, state: GameState, seq: number, deadline: number | null): void {
    if (this.owed.size > 0) this.update(conns, state, seq, [], deadline);
  }
}
