// Hot-seat: several people on one device, no server. Between seats the page shows only "pass
// the device to …": the seat that played is unmounted, and the worker has sent nothing of any
// view since; the next seat's view is asked for once its player says they hold the device. A
// hot-seat game is never written to the browser's storage (its save would hold every seat's
// orders).
import { useState } from 'preact/hooks';
import type { Action } from '../../engine';
import type { EngineClient } from '../client';
import type { HotSeatTurn, RevealedFaction, ScenarioInfo, Update } from '../protocol';
import { PlayScreen } from '../screens/play-screen';
import { Toast } from '../ui/toast';
import { RevealedFactions } from './revealed-factions';
import { seatActions } from './seat-actions';
import { WhoPlays } from './lobby/who-plays';
import './online.css';

interface Props {
  info: ScenarioInfo;
  engine: EngineClient;
  seed: number;
}

type Stage =
  | { readonly at: 'setup' }
  | { readonly at: 'pass'; readonly to: string }
  | { readonly at: 'play'; readonly faction: string; readonly update: Update }
  | {
      readonly at: 'end';
      readonly faction: string;
      readonly update: Update;
      readonly revealed: readonly RevealedFaction[];
    };

export function HotSeatGame({ info, engine, seed }: Props) {
  const [stage, setStage] = useState<Stage>({ at: 'setup' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [updates, setUpdates] = useState(0);
  const nameOf = (id: string) => info.factions.find((f) => f.id === id)?.name ?? id;

  const after = async (turn: HotSeatTurn, from: string | null) => {
    if (turn.ended || turn.next === null) {
      const first = info.factions.find((f) => f.playable)?.id ?? '';
      const faction = from ?? first;
      const [update, revealed] = await Promise.all([
        engine.call({ type: 'hotseatSeat', faction }),
        engine.call({ type: 'hotseatReveal' }),
      ]);
      setStage({ at: 'end', faction, update, revealed });
      setUpdates((n) => n + 1);
    } else if (turn.next === from) await show(turn.next);
    else {
      setStage({ at: 'pass', to: turn.next });
      setUpdates((n) => n + 1);
    }
  };
  const show = async (faction: string) => {
    const update = await engine.call({ type: 'hotseatSeat', faction });
    setStage({ at: 'play', faction, update });
    setUpdates((n) => n + 1);
  };
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const act = (faction: string, action: Action) =>
    run(async () => {
      // the seat's screen goes first: nothing of it stays while the next player takes the device
      const turn = await engine.call({ type: 'hotseatAct', action });
      setStage({ at: 'pass', to: '' });
      await after(turn, faction);
    });

  if (stage.at === 'setup')
    return (
      <div class="app hot-seat" data-updates={updates} data-busy={busy}>
        <HotSeatSetup
          info={info}
          busy={busy}
          error={error}
          onStart={(humans, policies) =>
            void run(async () =>
              after(await engine.call({ type: 'hotseat', spec: { humans, seed, policies } }), null),
            )
          }
        />
      </div>
    );
  const faction = stage.at === 'play' || stage.at === 'end' ? stage.faction : '';
  const turn = stage.at === 'play' ? stage.update.model.turn : 0;
  const actions = seatActions({
    what: 'A hot-seat game',
    refuse: setError,
    endMonth: (orders) => act(faction, { type: 'orders', faction, turn, orders: [...orders] }),
    choose: (event, option) => act(faction, { type: 'choose', faction, turn, event, option }),
    quit: () => location.assign('./'),
    dismiss: () => setError(null),
  });
  return (
    <div
      class="app hot-seat"
      data-updates={updates}
      data-busy={busy}
      data-stage={stage.at}
      data-seat={faction}
    >
      {stage.at === 'pass' && stage.to !== '' && (
        <main class="pass-device" aria-labelledby="pass-title">
          <h1 id="pass-title">Pass the device to {nameOf(stage.to)}</h1>
          <p>Only {nameOf(stage.to)}’s player should look at the screen now.</p>
          <button
            class="primary big"
            disabled={busy}
            onClick={() => void run(() => show(stage.to))}
          >
            I play {nameOf(stage.to)}: show my game
          </button>
        </main>
      )}
      {(stage.at === 'play' || stage.at === 'end') && (
        <PlayScreen
          key={stage.faction}
          info={info}
          update={stage.update}
          busy={busy}
          actions={actions}
          loadChronicle={() => engine.call({ type: 'hotseatChronicle', faction: stage.faction })}
          revealed={
            stage.at === 'end' ? (
              <RevealedFactions info={info} revealed={stage.revealed} />
            ) : undefined
          }
        />
      )}
      <Toast error={error} onDismiss={actions.dismiss} />
    </div>
  );
}

function HotSeatSetup({
  info,
  busy,
  error,
  onStart,
}: {
  info: ScenarioInfo;
  busy: boolean;
  error: string | null;
  onStart(humans: string[], policies: Record<string, string>): void;
}) {
  const playable = info.factions.filter((f) => f.playable);
  const standard = info.policies.some((p) => p.name === 'priority') ? 'priority' : 'random';
  const [who, setWho] = useState<Record<string, string>>(
    Object.fromEntries(playable.map((f, i) => [f.id, i < 2 ? 'person' : standard])),
  );
  const humans = playable.filter((f) => who[f.id] === 'person').map((f) => f.id);
  const start = (e: Event) => {
    e.preventDefault();
    if (humans.length < 2) return;
    const policies: Record<string, string> = {};
    for (const f of playable) if (who[f.id] !== 'person') policies[f.id] = who[f.id]!;
    onStart(humans, policies);
  };
  return (
    <main class="start" aria-labelledby="hotseat-title">
      <header class="start-head">
        <p class="kicker">
          <a href="./">Uchronia</a> · hot-seat
        </p>
        <h1 id="hotseat-title">{info.title}: on this device, taking turns</h1>
        <p class="summary">
          Each person plays in turn; between turns the screen asks to pass the device and shows
          nothing of the last player’s game. Nothing is saved.
        </p>
      </header>
      <form class="card new-game" onSubmit={start} aria-label="New hot-seat game">
        <h2>Who plays</h2>
        <WhoPlays
          factions={playable}
          policies={info.policies}
          who={who}
          onChange={setWho}
          person="A person at this device"
        />
        {humans.length < 2 && <p class="field-error">Hot-seat needs at least two people.</p>}
        {error && (
          <p class="field-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="primary big" disabled={busy || humans.length < 2}>
          Begin with {humans.length} players
        </button>
      </form>
    </main>
  );
}
