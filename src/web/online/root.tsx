// Which screen the address opens: a seat link (`?match=…#seat=…`), an observer link
// (`#watch=…`), the online lobby (`?lobby`), a hot-seat game (`?hotseat`), or the game against
// the computer.
import type { ComponentChildren } from 'preact';
import type { EngineClient } from '../client';
import type { ScenarioInfo } from '../protocol';
import { HotSeatGame } from './hot-seat';
import { Lobby } from './lobby';
import { OnlineGame } from './online-game';

export type Route =
  | { readonly kind: 'single' }
  | { readonly kind: 'lobby' }
  | { readonly kind: 'hotseat' }
  | {
      readonly kind: 'seat';
      readonly match: string;
      readonly token: string;
      readonly watch: boolean;
    };

export function routeOf(search: string, hash: string): Route {
  const q = new URLSearchParams(search);
  const h = new URLSearchParams(hash.replace(/^#/, ''));
  const match = q.get('match');
  const token = h.get('seat') ?? h.get('watch');
  if (match && token) return { kind: 'seat', match, token, watch: !h.has('seat') };
  if (q.has('lobby') || match) return { kind: 'lobby' };
  if (q.has('hotseat')) return { kind: 'hotseat' };
  return { kind: 'single' };
}

interface Props {
  route: Route;
  info: ScenarioInfo;
  engine: EngineClient;
  seed: number;
  /** The game against the computer, for every other address. */
  single: ComponentChildren;
}

export function Root({ route, info, engine, seed, single }: Props) {
  switch (route.kind) {
    case 'lobby':
      return <Lobby info={info} seed={seed} />;
    case 'hotseat':
      return <HotSeatGame info={info} engine={engine} seed={seed} />;
    case 'seat':
      return (
        <OnlineGame
          info={info}
          engine={engine}
          match={route.match}
          token={route.token}
          watch={route.watch}
        />
      );
    case 'single':
      return <>{single}</>;
  }
}
