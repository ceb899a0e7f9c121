// What the end of an online game shows beside the end screen: everything is revealed to everyone
// (every faction's secrets, the whole chronicle), and a rematch is one click away.
import { useEffect, useState } from 'preact/hooks';
import type { MatchClient } from '../../../net/client';
import type { EngineClient } from '../../client';
import type { RevealedFaction, ScenarioInfo } from '../../protocol';
import { keepSeat, rematch, seatHref } from '../api';
import { RevealedFactions } from '../revealed-factions';

interface Props {
  info: ScenarioInfo;
  engine: EngineClient;
  client: MatchClient;
  token: string;
  watch: boolean;
}

export function OnlineReveal({ info, engine, client, token, watch }: Props) {
  const [revealed, setRevealed] = useState<readonly RevealedFaction[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (client.revealed)
      void engine.call({ type: 'reveal', state: client.revealed }).then(setRevealed);
  }, [client.revealed]);
  const next = client.match?.rematch ?? null;
  const again = async () => {
    setBusy(true);
    try {
      const r = next ? { match: next } : await rematch(client.match!.id, token);
      keepSeat({ match: r.match, token, faction: client.seat });
      location.assign(seatHref(r.match, token));
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };
  return (
    <>
      {!watch && (
        <button class="primary big rematch" onClick={() => void again()} disabled={busy}>
          {next ? 'Join the rematch' : 'Rematch: the same seats, a new game'}
        </button>
      )}
      {error && <p class="field-error">{error}</p>}
      {revealed && <RevealedFactions info={info} revealed={revealed} />}
    </>
  );
}
