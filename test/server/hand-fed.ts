// A match client fed by hand: what a socket would hand it, frame by frame, with no socket.
import { MatchClient, type SocketLike } from '../../src/net/client';

export function handFedClient(): { client: MatchClient; feed: (frame: string) => void } {
  let socket!: SocketLike;
  const client = new MatchClient({
    url: '',
    match: '',
    token: '',
    open: () =>
      (socket = {
        readyState: 1,
        send: () => undefined,
        close: () => undefined,
        onopen: null,
        onmessage: null,
        onclose: null,
        onerror: null,
      }),
  });
  void client.connect();
  return { client, feed: (frame) => socket.onmessage!({ data: frame }) };
}

/** The welcome a server sends a seat (or an observer, `seat` null) that has just connected. */
export function welcomeFrame(
  seat: string | null,
  view: unknown,
  legal: unknown,
  seq: number,
): string {
  return JSON.stringify({
    t: 'welcome',
    seq,
    seat,
    match: { deadline: null },
    missed: 0,
    view,
    revealed: null,
    legal,
    chat: null,
  });
}
