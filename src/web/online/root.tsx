// The screens of games with other people, by the address (route.ts).
import type { EngineClient } from '../client';
import type { ScenarioInfo } from '../protocol';
import { HotSeatGame } from './hot-seat';
import { Lobby } from './lobby/lobby';
import { OnlineGame } from './match/online-game';
import type { Route } from './route';

interface Props {
  route: Exclude<Route, { kind: 'single' }>;
  info: ScenarioInfo;
  engine: EngineClient;
  seed: number;
}

/** The screens of games with other people: loaded only when the address asks for one. */
export function Root({ route, info, engine, seed }: Props) {
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
  }
}
