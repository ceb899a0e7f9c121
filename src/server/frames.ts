// What the connections of one match are sent of its state: each seat its own view (observers
// the public one), in full on a welcome, then as what changed since. Every connection of a seat
// has been sent the same, so the frames are worked out once per seat and shared.
import {
  legalActions,
  makeViewer,
  type GameState,
  type GameView,
  type Legal,
  type LogEntry,
  type Scenario,
} from '../engine';
import { MemberDiff, sameJson, type PatchOp } from '../net/patch';
import type { Actor, ServerMessage, ViewBody } from '../net/protocol';

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

export class SeatFrames {
  private readonly viewers = new Map<string, (s: GameState) => GameView>();
  /** Per faction (and PUBLIC), the view and legal actions its connections were last sent. */
  private readonly sent = new Map<
    string,
    { body: ViewBody; log: readonly LogEntry[]; legal: Legal | null }
  >();
  /** Seats' views share much (the regions, the characters...): each change is worked out once. */
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

  /** The full view and legal actions a connection starts from: later updates carry what
   *  changed since. (The seat's other connections have been sent the same: the view now.) */
  welcome(faction: string | null, state: GameState): { view: GameView; legal: Legal | null } {
    const key = faction ?? PUBLIC;
    const view = this.viewOf(key, state);
    const legal = this.legalOf(faction, view, state);
    const { log, ...body } = view;
    this.sent.set(key, { body, log, legal });
    return { view, legal };
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
        const patch: PatchOp[] = last
          ? this.differ.diff(last.body, body)
          : [{ op: 'replace', path: '', value: body }];
        const legalChanged = !last || !sameJson(last.legal, legal);
        this.sent.set(key, { body, log, legal });
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
