// An online seat (or an observer link): the server's view of this seat, turned into the game's
// screens by the worker; actions go to the server, which answers with everyone's updates.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Action } from '../../../engine';
import { MatchClient, Refused } from '../../../net/client';
import type { ServerMessage } from '../../../net/protocol';
import type { EngineClient } from '../../client';
import type { ScenarioInfo, Update } from '../../protocol';
import { PlayScreen } from '../../screens/play-screen';
import { Toast } from '../../ui/toast';
import { keepSeat, keptSeat, wsUrl } from '../api';
import { clearYourMove, notifyYourMove } from '../notify';
import { OnlineReveal } from './online-end';
import { refusalText } from '../refusals';
import { SeatPanel } from './seat-panel';
import { seatActions } from '../seat-actions';
import '../online.css';

interface Props {
  info: ScenarioInfo;
  engine: EngineClient;
  match: string;
  token: string;
  /** An observer link: the public view only. */
  watch: boolean;
}

export function OnlineGame({ info: first, engine, match, token, watch }: Props) {
  // the scenario the match plays: the page's first, or another bundled one the worker opens
  const [info, setInfo] = useState(first);
  const opened = useRef(first);
  const client = useMemo(() => new MatchClient({ url: wsUrl(), match, token }), [match, token]);
  const [update, setUpdate] = useState<Update | null>(null);
  const [updates, setUpdates] = useState(0);
  const [, setFrames] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [online, setOnline] = useState(false);
  const asked = useRef(0);
  const wasYourMove = useRef(false);
  const nameOf = (id: string) => info.factions.find((f) => f.id === id)?.name ?? id;

  const yourMove =
    client.legal !== null && (client.legal.orders !== null || client.legal.choices.length > 0);

  useEffect(() => {
    let closed = false;
    let retry = 500;
    const refresh = async () => {
      const view = client.view;
      if (!view || !client.match) return;
      const n = ++asked.current;
      if (client.match.scenario !== opened.current.id) {
        const next = await engine.call({
          type: 'open',
          source: { bundled: client.match.scenario },
        });
        opened.current = next;
        setInfo(next);
      }
      const players = Object.fromEntries(
        client.match.seats.map((s) => [s.faction, s.controller === 'person' ? 'human' : s.bot]),
      );
      const u = await engine.call({
        type: 'view',
        key: `${match}/${client.seat ?? ''}`,
        view,
        faction: client.seat ?? '',
        players,
      });
      if (n !== asked.current || closed) return;
      setUpdate(u);
      setUpdates((k) => k + 1);
    };
    client.onMessage = (m: ServerMessage) => {
      setFrames((k) => k + 1);
      if (m.t === 'update') {
        for (const by of m.by) {
          const seat = client.match?.seats.find((s) => s.faction === by.faction);
          if (by.actor === 'bot' && seat?.controller === 'person')
            setNotice(`${nameOf(by.faction)}: its bot played (the deadline passed).`);
        }
        void refresh().catch((e: Error) => setError(e.message));
      } else if (m.t === 'match') void refresh().catch((e: Error) => setError(e.message));
    };
    client.onClose = () => {
      setOnline(false);
      if (closed) return;
      // the server may be restarting: come back with the last sequence seen
      setTimeout(() => !closed && void connect(), retry);
      retry = Math.min(retry * 2, 15_000);
    };
    const connect = async () => {
      try {
        await client.connect();
        retry = 500;
        setOnline(true);
        setError(null);
        if (client.seat !== null) keepSeat({ match, token, faction: client.seat });
        else keepSeat({ match, token, faction: null });
        await refresh();
      } catch (e) {
        if (e instanceof Refused) {
          closed = true;
          setError(refusalText(e));
        }
      }
    };
    void connect();
    return () => {
      closed = true;
      client.close();
    };
  }, [client]);

  useEffect(() => {
    if (yourMove && !wasYourMove.current)
      notifyYourMove('Your move', `${info.title}: ${update?.model.date ?? ''}`, match);
    if (!yourMove) clearYourMove();
    wasYourMove.current = yourMove;
  }, [yourMove, update]);

  const act = async (action: Action) => {
    setBusy(true);
    try {
      await client.act(action);
      setError(null);
    } catch (e) {
      setError(refusalText(e));
    } finally {
      setBusy(false);
    }
  };
  const seat = client.seat;
  const turn = client.view?.turn ?? 0;
  const noSeat = async () => setError('An observer gives no orders.');
  const actions = seatActions({
    what: 'An online game',
    refuse: setError,
    endMonth: async (orders) =>
      seat ? act({ type: 'orders', faction: seat, turn, orders: [...orders] }) : noSeat(),
    choose: async (event, option) =>
      seat ? act({ type: 'choose', faction: seat, turn, event, option }) : noSeat(),
    quit: () => location.assign('?lobby'),
    dismiss: () => {
      setError(null);
      setNotice(null);
    },
  });
  const loadChronicle = () =>
    engine.call({ type: 'viewChronicle', of: client.revealed ?? client.view! });
  const kept = keptSeat(token);

  return (
    <div
      class="app online"
      data-updates={updates}
      data-busy={busy}
      data-your-move={yourMove}
      data-seat={seat ?? 'observer'}
      data-online={online}
    >
      {!update ? (
        <p class="loading">{error ?? 'Joining the game…'}</p>
      ) : (
        <PlayScreen
          info={info}
          update={update}
          // once the game is over, no seat waits for its move
          busy={busy || (!yourMove && update.model.phase !== 'ended')}
          actions={actions}
          loadChronicle={loadChronicle}
          revealed={
            client.revealed ? (
              <OnlineReveal
                info={info}
                engine={engine}
                client={client}
                token={token}
                watch={watch}
              />
            ) : undefined
          }
        />
      )}
      {update && (
        <SeatPanel
          info={info}
          client={client}
          token={token}
          kept={kept}
          online={online}
          yourMove={yourMove}
          onError={setError}
        />
      )}
      {update && <Toast error={error} notice={notice} onDismiss={actions.dismiss} />}
    </div>
  );
}
