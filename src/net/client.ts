// A typed client of one seat (or observer link) of a match, for browsers and Node alike: it
// keeps the seat's view up to date from the server's updates, numbers its requests, resolves
// them on their ack or refusal, and reconnects with the last sequence it saw.
import type { Action, GameState, GameView, Legal } from '../engine';
import { applyDelta } from './delta';
import { unpackDelta } from './packed';
import {
  legalBaseAfter,
  type ChatLine,
  type ClientMessage,
  type MatchInfo,
  type Refusal,
  type ServerFrame,
  type ServerMessage,
} from './protocol';

/** What the client needs of a WebSocket (the browser's, or the `ws` package's). */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
}

/** What a client holds of a seat's legal actions: the current ones, and what a `legalDelta`
 *  changes (`legalBaseAfter`). */
export interface HeldLegal {
  readonly legal: Legal | null;
  readonly base: Legal | null;
}

/** The legal actions an update leads to. */
export function updatedLegal(
  held: HeldLegal,
  m: Extract<ServerMessage, { t: 'update' }>,
): HeldLegal {
  if (m.legalDelta !== undefined) {
    if (!held.base) throw new Error('a delta of legal actions the client was never sent');
    const legal = applyDelta(held.base, m.legalDelta);
    return { legal, base: legalBaseAfter(held.base, legal, false) };
  }
  if (m.legal !== undefined)
    return { legal: m.legal, base: legalBaseAfter(held.base, m.legal, true) };
  return held;
}

/** The view an update leads to from the one before it (which is left as it was). */
export function updatedView(view: GameView, m: Extract<ServerMessage, { t: 'update' }>): GameView {
  const next = applyDelta(view, unpackDelta(m.delta));
  return m.news.length > 0 ? { ...next, log: [...view.log, ...m.news] } : next;
}

export class Refused extends Error {
  constructor(
    readonly code: Refusal,
    readonly detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
  }
}

export interface ClientOptions {
  /** The server's WebSocket address, as `ws://host:port/ws`. */
  readonly url: string;
  readonly match: string;
  readonly token: string;
  /** How to open a socket: the browser's WebSocket by default. */
  readonly open?: (url: string) => SocketLike;
}

export class MatchClient {
  seq = 0;
  seat: string | null = null;
  match: MatchInfo | null = null;
  view: GameView | null = null;
  legal: Legal | null = null;
  /** What a `legalDelta` changes (see `updatedLegal`). */
  private legalBase: Legal | null = null;
  revealed: GameState | null = null;
  deadline: number | null = null;
  readonly chat: ChatLine[] = [];
  /** Called after every message from the server, once the client has taken it in. */
  onMessage: ((m: ServerMessage) => void) | null = null;
  /** Called when the connection drops (call `connect` again to resume). */
  onClose: (() => void) | null = null;
  private socket: SocketLike | null = null;
  private nextId = 1;
  private readonly waiting = new Map<
    number,
    { resolve: (seq: number) => void; reject: (e: Error) => void }
  >();
  private connected = false;
  /** The server's address; change it to reconnect elsewhere (another process of the same server). */
  url: string;

  constructor(private readonly o: ClientOptions) {
    this.url = o.url;
  }

  get isConnected(): boolean {
    return this.connected;
  }

  /** Opens (or reopens) the connection; resolves on the welcome, rejects on a refusal. */
  connect(): Promise<void> {
    const open =
      this.o.open ??
      ((url: string) =>
        new (globalThis as unknown as { WebSocket: new (u: string) => SocketLike }).WebSocket(url));
    const socket = open(this.url);
    this.socket = socket;
    this.connected = false;
    return new Promise((resolve, reject) => {
      socket.onopen = () => {
        const hello: ClientMessage = {
          t: 'hello',
          match: this.o.match,
          token: this.o.token,
          ...(this.view ? { since: this.seq } : {}),
        };
        socket.send(JSON.stringify(hello));
      };
      socket.onmessage = (ev) => {
        const frame = JSON.parse(String(ev.data)) as ServerFrame;
        for (const m of Array.isArray(frame) ? frame : [frame as ServerMessage]) {
          if (this.connected) this.take(m);
          else if (m.t === 'welcome') {
            this.connected = true;
            this.take(m);
            resolve();
          } else if (m.t === 'refused') reject(new Refused(m.code, m.detail));
        }
      };
      socket.onerror = () => undefined;
      socket.onclose = () => {
        if (!this.connected) reject(new Error('connection closed before the welcome'));
        this.connected = false;
        for (const w of this.waiting.values()) w.reject(new Error('connection closed'));
        this.waiting.clear();
        this.onClose?.();
      };
    });
  }

  private take(m: ServerMessage): void {
    if (m.seq > this.seq || m.t === 'welcome') this.seq = m.seq;
    switch (m.t) {
      case 'welcome':
        this.seat = m.seat;
        this.match = m.match;
        this.view = m.view;
        this.legal = m.legal;
        this.legalBase = m.legal;
        this.revealed = m.revealed;
        this.deadline = m.match.deadline;
        if (m.chat) this.chat.splice(0, this.chat.length, ...m.chat);
        break;
      case 'update': {
        // the server's updates follow its welcome in order: each patches the view before it
        if (!this.view) throw new Error('an update before the welcome');
        this.view = updatedView(this.view, m);
        const held = updatedLegal({ legal: this.legal, base: this.legalBase }, m);
        this.legal = held.legal;
        this.legalBase = held.base;
        this.deadline = m.deadline;
        this.revealed = m.revealed;
        break;
      }
      case 'chat':
        this.chat.push(m.line);
        break;
      case 'match':
        this.match = m.match;
        break;
      case 'ack':
        this.waiting.get(m.id)?.resolve(m.seq);
        this.waiting.delete(m.id);
        break;
      case 'refused':
        if (m.id !== null) {
          this.waiting.get(m.id)?.reject(new Refused(m.code, m.detail));
          this.waiting.delete(m.id);
        }
        break;
    }
    this.onMessage?.(m);
  }

  private request(
    body:
      | { t: 'act'; seq: number; action: Action }
      | { t: 'chat'; text: string }
      | { t: 'control'; bot: boolean },
  ): Promise<number> {
    const socket = this.socket;
    if (!socket || !this.connected) return Promise.reject(new Error('not connected'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      socket.send(JSON.stringify({ ...body, id }));
    });
  }

  /** Sends an action; resolves with the sequence it was committed at. */
  act(action: Action): Promise<number> {
    return this.request({ t: 'act', seq: this.seq, action });
  }

  say(text: string): Promise<number> {
    return this.request({ t: 'chat', text });
  }

  /** Hands the seat to its bot (true) or takes it back (false). */
  handToBot(bot: boolean): Promise<number> {
    return this.request({ t: 'control', bot });
  }

  close(): void {
    this.socket?.close();
  }
}
