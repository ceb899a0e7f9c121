// Beside an online game: who plays each seat, the deadline, your seat's bot, the links (for the
// game's creator), a webhook for your turns, and the players' chat.
import { useEffect, useState } from 'preact/hooks';
import type { MatchClient } from '../../../net/client';
import { MAX_CHAT_CHARS } from '../../../net/limits';
import type { ScenarioInfo } from '../../protocol';
import { keepSeat, reissue, seatHref, setWebhook, type KeptSeat } from '../api';
import { CopyLink } from '../lobby/lobby';
import { askForNotifications, notificationsState } from '../notify';
import { refusalText } from '../refusals';
import { dueIn } from '../lobby/your-games';

interface Props {
  info: ScenarioInfo;
  client: MatchClient;
  token: string;
  kept: KeptSeat | undefined;
  online: boolean;
  yourMove: boolean;
  onError(message: string | null): void;
}

export function SeatPanel({ info, client, token, kept, online, yourMove, onError }: Props) {
  // folded at first: open, it lies over a corner of the game's screen
  const [open, setOpen] = useState(false);
  const [, setNow] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  const nameOf = (id: string) => info.factions.find((f) => f.id === id)?.name ?? id;
  const seat = client.seat;
  const mine = client.match?.seats.find((s) => s.faction === seat);
  const unread = client.chat.length;
  return (
    <aside class={`seat-panel${open ? ' open' : ''}`} aria-label="Players and chat">
      <button
        class="seat-panel-toggle"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        title="Players and chat"
      >
        {open ? '✕' : `Players & chat${unread ? ` (${unread})` : ''}`}
      </button>
      {open && (
        <div class="seat-panel-body">
          <p class={`move-state${yourMove ? ' yours' : ''}`} role="status">
            {!online
              ? 'Reconnecting…'
              : seat === null
                ? 'Watching (the public view)'
                : yourMove
                  ? 'Your move'
                  : client.revealed
                    ? 'The game is over'
                    : 'Waiting for the others'}
            {client.deadline !== null && !client.revealed && ` · ${dueIn(client.deadline)}`}
          </p>
          <ul class="seats">
            {client.match?.seats.map((s) => (
              <li key={s.faction} data-faction={s.faction} data-controller={s.controller}>
                <strong>{nameOf(s.faction)}</strong>
                {s.faction === seat ? ' (you)' : ''} —{' '}
                {s.controller === 'person' ? 'a person' : `its bot (${s.bot})`}
              </li>
            ))}
          </ul>
          {seat !== null && mine && !client.revealed && (
            <button
              onClick={() =>
                void client.handToBot(mine.controller === 'person').then(
                  () => onError(null),
                  (e: unknown) => onError(refusalText(e)),
                )
              }
            >
              {mine.controller === 'person' ? 'Hand my seat to the bot' : 'Take my seat back'}
            </button>
          )}
          {kept?.invites && <CreatorLinks info={info} client={client} token={token} kept={kept} />}
          {seat !== null && <Webhook token={token} onError={onError} />}
          {notificationsState() === 'default' && (
            <button onClick={() => void askForNotifications()}>Notify me of my moves</button>
          )}
          {seat !== null && <Chat info={info} client={client} onError={onError} />}
        </div>
      )}
    </aside>
  );
}

function CreatorLinks({
  info,
  client,
  token,
  kept,
}: {
  info: ScenarioInfo;
  client: MatchClient;
  token: string;
  kept: KeptSeat;
}) {
  const [invites, setInvites] = useState(kept.invites ?? {});
  const [error, setError] = useState<string | null>(null);
  const nameOf = (id: string) => info.factions.find((f) => f.id === id)?.name ?? id;
  const again = async (faction: string) => {
    try {
      const r = await reissue(client.match!.id, token, faction);
      const next = { ...invites, [faction]: seatHref(client.match!.id, r.token) };
      setInvites(next);
      keepSeat({ ...kept, invites: next });
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <details class="creator-links">
      <summary>Seat links (you made this game)</summary>
      <ul class="links">
        {Object.entries(invites).map(([f, href]) => (
          <li key={f}>
            <CopyLink label={`Link for ${nameOf(f)}`} href={href} />
            <button onClick={() => void again(f)}>Revoke and reissue {nameOf(f)}’s link</button>
          </li>
        ))}
        {kept.observer && (
          <li>
            <CopyLink label="Observer link" href={kept.observer} />
          </li>
        )}
      </ul>
      {error && <p class="field-error">{error}</p>}
    </details>
  );
}

function Webhook({ token, onError }: { token: string; onError(m: string | null): void }) {
  const [url, setUrl] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const save = async (e: Event) => {
    e.preventDefault();
    try {
      const r = await setWebhook(token, url.trim() === '' ? null : url.trim());
      setSecret(r.secret);
      onError(null);
    } catch (err) {
      onError(`The webhook was refused: ${(err as Error).message}`);
    }
  };
  return (
    <details class="webhook">
      <summary>Webhook for your turns</summary>
      <form onSubmit={save}>
        <p class="muted">
          When it becomes your turn the server POSTs JSON here, signed with HMAC-SHA256 (header
          x-uchronia-signature) under the secret it gives you. Empty removes it.
        </p>
        <input
          type="url"
          placeholder="https://…"
          value={url}
          aria-label="Webhook address"
          onInput={(e) => setUrl((e.target as HTMLInputElement).value)}
        />
        <button type="submit">Save</button>
        {secret && (
          <p>
            Signing secret (shown once): <code>{secret}</code>
          </p>
        )}
      </form>
    </details>
  );
}

function Chat({
  info,
  client,
  onError,
}: {
  info: ScenarioInfo;
  client: MatchClient;
  onError(m: string | null): void;
}) {
  const [text, setText] = useState('');
  const nameOf = (id: string) => info.factions.find((f) => f.id === id)?.name ?? id;
  const send = async (e: Event) => {
    e.preventDefault();
    if (!text.trim()) return;
    try {
      await client.say(text);
      setText('');
      onError(null);
    } catch (err) {
      onError(refusalText(err));
    }
  };
  return (
    <section class="chat" aria-label="Chat">
      <h3>Chat</h3>
      <ol class="chat-lines" aria-live="polite">
        {client.chat.slice(-100).map((l) => (
          <li key={l.id}>
            <strong>{nameOf(l.faction)}:</strong> {l.text}
          </li>
        ))}
      </ol>
      <form onSubmit={send}>
        <input
          value={text}
          maxLength={MAX_CHAT_CHARS}
          aria-label="Message to the other players"
          placeholder="A message to the other players"
          onInput={(e) => setText((e.target as HTMLInputElement).value)}
        />
        <button type="submit" disabled={!text.trim()}>
          Send
        </button>
      </form>
    </section>
  );
}
