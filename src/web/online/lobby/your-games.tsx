// "Your games": every seat this browser holds, the games waiting for you first, with deadlines;
// asked of the server again every little while, with a notification when one turns to you.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { GameListing } from '../../../net/protocol';
import type { ScenarioInfo } from '../../protocol';
import { keptSeats, listGames, seatHref } from '../api';
import { askForNotifications, notificationsState, notifyYourMove } from '../notify';

const POLL_MS = 20_000;

export function dueIn(deadline: number, now = Date.now()): string {
  const s = Math.round((deadline - now) / 1000);
  if (s <= 0) return 'the deadline has passed';
  if (s < 90) return `${s} s left`;
  if (s < 90 * 60) return `${Math.round(s / 60)} min left`;
  if (s < 36 * 3600) return `${Math.round(s / 3600)} h left`;
  return `${Math.round(s / 86_400)} days left`;
}

export function YourGames({ scenarios }: { scenarios: readonly ScenarioInfo[] }) {
  const [games, setGames] = useState<GameListing[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [permission, setPermission] = useState(notificationsState());
  const waiting = useRef<Set<string> | null>(null);
  const infoOf = (scenario: string) => scenarios.find((s) => s.id === scenario);
  const nameOf = (g: GameListing) =>
    infoOf(g.scenario)?.factions.find((f) => f.id === g.faction)?.name ?? g.faction;

  useEffect(() => {
    let stop = false;
    const load = async () => {
      const seats = keptSeats().filter((s) => s.faction !== null);
      try {
        const list = await listGames(seats.map((s) => s.token));
        if (stop) return;
        setGames(list);
        setError(null);
        const now = new Set(list.filter((g) => g.yourTurn).map((g) => g.match));
        if (waiting.current)
          for (const g of list)
            if (now.has(g.match) && !waiting.current.has(g.match))
              notifyYourMove(
                'Your move',
                `A game is waiting for you (${infoOf(g.scenario)?.title ?? g.scenario})`,
                g.match,
              );
        waiting.current = now;
      } catch (e) {
        if (!stop) setError((e as Error).message);
      }
    };
    void load();
    const t = setInterval(() => void load(), POLL_MS);
    return () => {
      stop = true;
      clearInterval(t);
    };
  }, []);

  const tokenOf = (g: GameListing) =>
    keptSeats().find((s) => s.match === g.match && s.faction === g.faction)?.token;
  const yours = games?.filter((g) => g.yourTurn).length ?? 0;
  return (
    <section class="card your-games" aria-label="Your games">
      <h2>Your games</h2>
      {yours > 0 && (
        <p class="notice" role="status">
          {yours === 1 ? 'One game is' : `${yours} games are`} waiting for you.
        </p>
      )}
      {error && <p class="field-error">The server could not be asked: {error}</p>}
      {games === null ? (
        <p class="muted">Asking the server…</p>
      ) : games.length === 0 ? (
        <p class="muted">No online game yet: make one, or open a link someone sent you.</p>
      ) : (
        <ul class="save-list games-list">
          {games.map((g) => {
            const token = tokenOf(g);
            return (
              <li key={`${g.match}/${g.faction}`} data-your-turn={g.yourTurn}>
                <a href={token ? seatHref(g.match, token) : '#'}>
                  <strong>{nameOf(g)}</strong>{' '}
                  <small>
                    {infoOf(g.scenario)?.title ?? g.scenario}
                    {' · '}
                    {g.status === 'ended'
                      ? 'ended'
                      : g.yourTurn
                        ? 'your move'
                        : 'waiting for the others'}
                    {` · ${infoOf(g.scenario)?.turnUnit ?? 'turn'} `}
                    {g.turn + 1}
                    {g.deadline !== null && g.status === 'live' ? ` · ${dueIn(g.deadline)}` : ''}
                  </small>
                </a>
              </li>
            );
          })}
        </ul>
      )}
      {permission === 'default' && (
        <button
          onClick={() => void askForNotifications().then(() => setPermission(notificationsState()))}
        >
          Tell me when it is my move (browser notifications)
        </button>
      )}
      {permission === 'denied' && (
        <p class="muted">
          Notifications are blocked for this site: the page title shows your move.
        </p>
      )}
    </section>
  );
}
