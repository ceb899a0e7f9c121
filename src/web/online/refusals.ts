// What a refusal from the server means, in the player's words.
import { Refused } from '../../net/client';
import type { Refusal } from '../../net/protocol';

const REFUSED: Partial<Record<Refusal, string>> = {
  'bad-token': 'This link opens no seat: it is wrong, or the game’s creator issued a new one.',
  'unknown-match': 'There is no such game on this server.',
  'damaged-match':
    'This game is kept on the server but can no longer be resumed: its scenario or its record has changed.',
  stale: 'The game moved on before your move arrived: look again and decide.',
  'bot-seat': 'Your seat is with its bot: take it back first.',
  'game-over': 'The game is over.',
  'rate-limited': 'Slow down: at most 5 messages in 10 seconds.',
  'chat-too-long': 'That message is too long (500 characters at most).',
  busy: 'The server is busy: try again.',
};

export function refusalText(e: unknown): string {
  if (e instanceof Refused) return REFUSED[e.code] ?? `Refused by the server (${e.message}).`;
  return (e as Error).message;
}
