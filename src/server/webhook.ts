// A seat's webhook: when it becomes that seat's turn, a JSON POST signed with HMAC-SHA256 of its
// body under the seat's webhook secret, so a player can route it to mail or chat.
import { waitingFor } from '../engine';
import type { WebhookBody } from '../net/protocol';
import type { Live } from './match/live';
import { sign } from './tokens';

/** Posts a seat's webhook; failures are only logged: a turn never waits on one. */
export type Poster = (url: string, body: string, signature: string) => Promise<void>;

let poster: Poster = async (url, body, signature) => {
  await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-uchronia-signature': signature },
    body,
    signal: AbortSignal.timeout(5000),
    redirect: 'manual',
  });
};

/** Replaces how webhooks are posted (tests record them). */
export function setPoster(p: Poster): void {
  poster = p;
}

/** Tells every person whose seat now has to act, by its webhook if it has one. */
export function notifyTurn(live: Live): void {
  if (live.ended) return;
  for (const f of waitingFor(live.scenario, live.state)) {
    const seat = live.seat(f);
    if (!seat || seat.controller !== 'person' || !seat.webhook_url || !seat.webhook_secret)
      continue;
    const body: WebhookBody = {
      event: 'your-turn',
      match: live.id,
      faction: f,
      seq: live.seq,
      turn: live.state.turn,
      deadline: live.deadline,
    };
    const text = JSON.stringify(body);
    poster(seat.webhook_url, text, sign(seat.webhook_secret, text)).catch((e: unknown) =>
      process.stderr.write(`webhook for ${live.id}/${f} failed: ${(e as Error).message}\n`),
    );
  }
}
