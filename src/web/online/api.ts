// The page's side of the multiplayer server's HTTP API, and the seat links this browser keeps.
// Tokens are capabilities: kept in this browser's storage so "Your games" can list them, and sent
// only to the server that issued them.
import type { CreateMatchRequest, CreateMatchResponse, GameListing } from '../../net/protocol';

export class ApiError extends Error {}

async function post<T>(path: string, body: unknown): Promise<T> {
  const r = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await r.json().catch(() => ({}))) as { error?: string };
  if (!r.ok) throw new ApiError(json.error ?? `the server answered ${r.status}`);
  return json as T;
}

/** Whether this page is served by a multiplayer server (`npm start`, `uchronia serve`). */
export async function serverAvailable(): Promise<boolean> {
  try {
    const r = await fetch('/api/health');
    return r.ok && ((await r.json()) as { ok?: boolean }).ok === true;
  } catch {
    return false;
  }
}

export const createMatch = (req: CreateMatchRequest) =>
  post<CreateMatchResponse>('/api/matches', req);
export const listGames = (tokens: readonly string[]) =>
  post<GameListing[]>('/api/games', { tokens });
export const reissue = (match: string, token: string, faction: string) =>
  post<{ token: string }>(`/api/matches/${encodeURIComponent(match)}/reissue`, { token, faction });
export const rematch = (match: string, token: string) =>
  post<{ match: string }>(`/api/matches/${encodeURIComponent(match)}/rematch`, { token });
export const setWebhook = (token: string, url: string | null) =>
  post<{ secret: string | null }>('/api/webhook', { token, url });

/** A seat (or observer) link this browser holds. */
export interface KeptSeat {
  readonly match: string;
  readonly token: string;
  /** The faction, or null for an observer link. */
  readonly faction: string | null;
  /** For the match's creator: the links to hand the other players, by faction. */
  readonly invites?: Readonly<Record<string, string>>;
  readonly observer?: string;
  readonly savedAt: number;
}

const KEY = 'uchronia.seats';

export function keptSeats(): KeptSeat[] {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(v) ? (v as KeptSeat[]).filter((s) => typeof s?.token === 'string') : [];
  } catch {
    return [];
  }
}

export function keepSeat(seat: Omit<KeptSeat, 'savedAt'>): void {
  const others = keptSeats().filter((s) => s.token !== seat.token);
  const old = keptSeats().find((s) => s.token === seat.token);
  const merged = { ...old, ...seat, savedAt: Date.now() };
  try {
    localStorage.setItem(KEY, JSON.stringify([merged, ...others].slice(0, 200)));
  } catch {
    // storage refused (a private window): the link in the address bar still opens the seat
  }
}

export function keptSeat(token: string): KeptSeat | undefined {
  return keptSeats().find((s) => s.token === token);
}

/** The page address that opens a seat (`#seat=`) or watches a match (`#watch=`). */
export function seatHref(match: string, token: string, watch = false): string {
  return `${location.origin}${location.pathname}?match=${encodeURIComponent(match)}#${watch ? 'watch' : 'seat'}=${token}`;
}

export function wsUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
}
