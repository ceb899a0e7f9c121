// What the connections of one match are sent of its state: each seat its own view (observers
// the public one), in full on a welcome, then as what changed since. Every connection of a seat
// has been sent the same, so the frames are worked out once per seat and shared. The match's
// state steps on in place: what a view holds of the state's own objects is compared with a copy
// of what was sent, once per update for every seat.
import {
  legalActions,
  makeViewer,
  type GameState,
  type GameView,
  type Legal,
  type LogEntry,
  type Scenario,
} from '../../engine';
import { copyJson, diffJson, escapeKey, MemberDiff, sameJson, type PatchOp } from '../../net/patch';
import type { Actor, ServerMessage, ViewBody } from '../../net/protocol';

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

/**
 * A member of the views that is the state's own object, changed in place as the match's state
 * steps on (the regions, the characters, the flags of a faction that sees them all): a copy of
 * it as last sent, and what the last update changed of it, worked out once for every seat.
 */
interface Mirror {
  copy: unknown;
  /** Counts the changes sent; `ops` turn version `version - 1` into `version`. */
  version: number;
  ops: PatchOp[];
}

/** What a seat's connections were last sent. */
interface Sent {
  readonly body: ViewBody;
  readonly log: readonly LogEntry[];
  readonly legal: Legal | null;
  /** For each member that is the state's own object, the version of its mirror sent. */
  readonly synced: Map<string, number>;
}

export class SeatFrames {
  private readonly viewers = new Map<string, (s: GameState) => GameView>();
  /** Per faction (and PUBLIC), the view and legal actions its connections were last sent. */
  private readonly sent = new Map<string, Sent>();
  private readonly mirrors = new Map<string, Mirror>();
  /** Seats' views share much (the tracks, the events known to have fired...): each change is
   *  worked out once. */
  private readonly differ = new MemberDiff();

  constructor(private readonly scenario: Scenario) {}

  private viewOf(key: string, state: GameState): GameView {
    let viewer = this.viewers.get(key);
    if (!viewer) this.viewers.set(key, (viewer = makeViewer(this.scenario, key)));
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
  welcome(faction: string | null, state: GameState): { view: GameView; legal: Legal | null } {
    const key = faction ?? PUBLIC;
    const view = this.viewOf(key, state);
    const legal = this.legalOf(faction, view, state);
    const { log, ...body } = view;
    const synced = new Map<string, number>();
    for (const [k, v] of Object.entries(body)) {
      if (!SeatFrames.owned(state, k, v)) continue;
      const m = this.mirrors.get(k);
      if (!m) {
        this.mirrors.set(k, { copy: copyJson(v), version: 0, ops: [] });
        synced.set(k, 0);
      } else if (diffJson(m.copy, v).length === 0) synced.set(k, m.version);
      // (else the next update sends this member whole)
    }
    this.sent.set(key, { body, log, legal, synced });
    return { view, legal };
  }

  /** What member `k` (the state's own object, now `v`) changed since the last update: once
   *  per update (`fresh` holds the members brought up to date in this one). */
  private mirrored(k: string, v: unknown, fresh: Set<string>): Mirror {
    let m = this.mirrors.get(k);
    if (!m) this.mirrors.set(k, (m = { copy: copyJson(v), version: 0, ops: [] }));
    else if (!fresh.has(k)) {
      const ops = diffJson(m.copy, v, `/${escapeKey(k)}`);
      m.ops = ops;
      if (ops.length > 0) {
        m.copy = copyJson(v);
        m.version++;
      }
    }
    fresh.add(k);
    return m;
  }

  /** The operations that turn what a seat was last sent into `body`. */
  private patchOf(state: GameState, last: Sent | undefined, body: ViewBody, fresh: Set<string>) {
    if (!last)
      return {
        patch: [{ op: 'replace', path: '', value: body }] as PatchOp[],
        synced: new Map<string, number>(),
      };
    const patch: PatchOp[] = [];
    const synced = new Map<string, number>();
    const was = last.body as unknown as Record<string, unknown>;
    const now = body as unknown as Record<string, unknown>;
    for (const k in now) {
      const v = now[k];
      if (SeatFrames.owned(state, k, v)) {
        const m = this.mirrored(k, v, fresh);
        const seen = last.synced.get(k);
        if (seen === m.version) {
          // nothing new since this seat was sent it
        } else if (seen === m.version - 1 && m.ops.length > 0)
          for (const op of m.ops) patch.push(op);
        else
          patch.push({
            op: Object.hasOwn(was, k) ? 'replace' : 'add',
            path: `/${escapeKey(k)}`,
            value: m.copy,
          });
        synced.set(k, m.version);
      } else if (last.synced.has(k))
        // was the state's own object when sent: what it held then is not kept
        patch.push({ op: 'replace', path: `/${escapeKey(k)}`, value: copyJson(v) });
      else this.differ.member(k, Object.hasOwn(was, k) ? was[k] : undefined, v, patch);
    }
    for (const k in was)
      if (was[k] !== undefined && now[k] === undefined)
        patch.push({ op: 'remove', path: `/${escapeKey(k)}` });
    return { patch, synced };
  }

  /** Sends every connection what the actions `by` (committed together, leading to `state` at
   *  sequence `seq`) changed of its view. */
  update(
    conns: Iterable<Conn>,
    state: GameState,
    seq: number,
    by: readonly { readonly faction: string; readonly actor: Actor }[],
    deadline: number | null,
  ): void {
    const frames = new Map<string, ServerMessage>();
    const fresh = new Set<string>();
    const revealed = state.phase === 'ended' ? state : null;
    const who = by.map((b) => ({ faction: b.faction, actor: b.actor }));
    for (const conn of conns) {
      const key = conn.seat ?? PUBLIC;
      let frame = frames.get(key);
      if (!frame) {
        const view = this.viewOf(key, state);
        const legal = this.legalOf(conn.seat, view, state);
        const { log, ...body } = view;
        const last = this.sent.get(key);
        // (a connection is sent its welcome before any update, so `last` is there)
        const { patch, synced } = this.patchOf(state, last, body, fresh);
        const legalChanged = !last || !sameJson(last.legal, legal);
        this.sent.set(key, { body, log, legal, synced });
        frame = {
          t: 'update',
          seq,
          by: who,
          patch,
          news: log.slice(last?.log.length ?? 0),
          ...(legalChanged ? { legal } : {}),
          deadline,
          revealed,
        };
        frames.set(key, frame);
      }
      conn.send(frame);
    }
    // A faction nobody watches now starts again from a full view when someone connects.
    for (const key of [...this.sent.keys()]) if (!frames.has(key)) this.sent.delete(key);
  }
}
