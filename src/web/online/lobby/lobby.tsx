// "Play with others": a new online game (who plays each faction, the pace), the links it makes,
// and the games this browser holds a seat in, those waiting for you first.
import { useEffect, useState } from 'preact/hooks';
import bundled from 'virtual:bundled-scenarios';
import type { CreateMatchRequest, CreateMatchResponse } from '../../../net/protocol';
import type { ScenarioInfo } from '../../protocol';
import { createMatch, keepSeat, seatHref, serverAvailable } from '../api';
import { YourGames } from './your-games';
import { WhoPlays, type Who } from './who-plays';
import { FactionPicker } from '../../ui/faction-picker';

interface Props {
  info: ScenarioInfo;
  /** The game's seed: the page's (`?seed=`), else a random one. */
  seed: number;
}

/** The scenarios a new online game may play: every bundled one (the server plays them all),
 *  `first` first. */
export function offeredScenarios(first: ScenarioInfo): ScenarioInfo[] {
  return [first, ...bundled.map((b) => b.info).filter((i) => i.id !== first.id)];
}

export function Lobby({ info: first, seed }: Props) {
  const [server, setServer] = useState<boolean | null>(null);
  useEffect(() => void serverAvailable().then(setServer), []);
  const scenarios = offeredScenarios(first);
  const [info, setInfo] = useState(first);
  return (
    <main class="start lobby" aria-labelledby="lobby-title">
      <header class="start-head">
        <p class="kicker">
          <a href="../">Uchronia</a> · play with others
        </p>
        <h1 id="lobby-title">{info.title}: with other people</h1>
        <p class="summary">
          Play online, each on their own device (the server keeps the game), or{' '}
          <a href="?hotseat">on this device, taking turns</a>.
        </p>
      </header>
      {server === false ? (
        <p class="card field-error" role="alert">
          This page is not served by a multiplayer server: start one with <code>npm start</code> or{' '}
          <code>uchronia serve</code>. Hot-seat play needs none.
        </p>
      ) : (
        <div class="start-grid">
          <NewOnlineGame
            // a new choice of scenario starts the form again: its factions are others
            key={info.id}
            info={info}
            scenarios={scenarios}
            onScenario={(id) => setInfo(scenarios.find((s) => s.id === id) ?? first)}
            seed={seed}
            disabled={server !== true}
          />
          <YourGames scenarios={scenarios} />
        </div>
      )}
    </main>
  );
}

function NewOnlineGame({
  info,
  scenarios,
  onScenario,
  seed,
  disabled,
}: {
  info: ScenarioInfo;
  scenarios: readonly ScenarioInfo[];
  onScenario: (id: string) => void;
  seed: number;
  disabled: boolean;
}) {
  const playable = info.factions.filter((f) => f.playable);
  const standard = info.policies.some((p) => p.name === 'priority') ? 'priority' : 'random';
  const [faction, setFaction] = useState(playable[0]?.id ?? '');
  const [who, setWho] = useState<Record<string, Who>>({});
  const [pace, setPace] = useState<'live' | 'async'>('live');
  const [timer, setTimer] = useState('');
  const [deadline, setDeadline] = useState('1');
  const [unit, setUnit] = useState<'hours' | 'days'>('days');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [made, setMade] = useState<{ res: CreateMatchResponse; faction: string } | null>(null);
  const timerOk = timer.trim() === '' || /^\d{1,4}$/.test(timer.trim());
  const deadlineOk = /^\d{1,3}$/.test(deadline.trim()) && Number(deadline) > 0;

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!timerOk || (pace === 'async' && !deadlineOk)) return;
    const seats: CreateMatchRequest['seats'] = {};
    for (const f of playable) {
      const w = f.id === faction ? 'person' : (who[f.id] ?? 'person');
      seats[f.id] = w === 'person' ? { kind: 'person', bot: standard } : { kind: 'bot', bot: w };
    }
    const seconds = Number(deadline) * (unit === 'days' ? 86_400 : 3_600);
    const req: CreateMatchRequest = {
      scenario: info.id,
      seed,
      creator: faction,
      seats,
      pace:
        pace === 'async'
          ? { kind: 'async', deadlineSeconds: Math.min(seconds, 30 * 86_400) }
          : timer.trim()
            ? { kind: 'live', timerSeconds: Math.max(10, Number(timer) * 60) }
            : { kind: 'live' },
    };
    setBusy(true);
    setError(null);
    try {
      const res = await createMatch(req);
      const invites = Object.fromEntries(
        Object.entries(res.tokens)
          .filter(([f]) => f !== faction)
          .map(([f, t]) => [f, seatHref(res.match, t)]),
      );
      keepSeat({
        match: res.match,
        token: res.tokens[faction]!,
        faction,
        invites,
        observer: seatHref(res.match, res.observer, true),
      });
      setMade({ res, faction });
    } catch (err) {
      setError(`The game could not be made: ${(err as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  if (made) return <Links info={info} made={made} />;
  const nameOf = (id: string) => info.factions.find((f) => f.id === id)?.name ?? id;
  return (
    <form class="card new-game" onSubmit={submit} aria-label="New online game">
      <h2>New online game</h2>
      <label class="row">
        <span>Scenario</span>
        <select
          aria-label="Scenario"
          value={info.id}
          onChange={(e) => onScenario((e.target as HTMLSelectElement).value)}
        >
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </label>
      <FactionPicker
        factions={playable}
        name="online-faction"
        value={faction}
        onChange={setFaction}
      />
      <fieldset>
        <legend>The other factions</legend>
        <WhoPlays
          factions={playable.filter((f) => f.id !== faction)}
          policies={info.policies}
          who={who}
          onChange={setWho}
          person="A person (an invite link)"
        />
      </fieldset>
      <fieldset>
        <legend>Pace</legend>
        <label class="row">
          <input
            type="radio"
            name="pace"
            checked={pace === 'live'}
            onChange={() => setPace('live')}
          />
          <span>Live: a month ends when every seat has given its orders</span>
        </label>
        {pace === 'live' && (
          <label class="row">
            <span>Timer per month, minutes (optional)</span>
            <input
              inputMode="numeric"
              value={timer}
              aria-label="Timer per month in minutes"
              aria-invalid={!timerOk}
              onInput={(e) => setTimer((e.target as HTMLInputElement).value)}
            />
          </label>
        )}
        <label class="row">
          <input
            type="radio"
            name="pace"
            checked={pace === 'async'}
            onChange={() => setPace('async')}
          />
          <span>Asynchronous: a deadline per month, then the seat's bot plays it</span>
        </label>
        {pace === 'async' && (
          <label class="row">
            <span>Deadline</span>
            <input
              inputMode="numeric"
              value={deadline}
              aria-label="Deadline per month"
              aria-invalid={!deadlineOk}
              onInput={(e) => setDeadline((e.target as HTMLInputElement).value)}
            />
            <select
              aria-label="Deadline unit"
              value={unit}
              onChange={(e) => setUnit((e.target as HTMLSelectElement).value as 'hours' | 'days')}
            >
              <option value="hours">hours</option>
              <option value="days">days</option>
            </select>
          </label>
        )}
      </fieldset>
      {!timerOk && <p class="field-error">The timer is a whole number of minutes.</p>}
      {pace === 'async' && !deadlineOk && (
        <p class="field-error">The deadline is a whole number (1 to 999).</p>
      )}
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="primary big" disabled={disabled || busy}>
        Make the game as {nameOf(faction)}
      </button>
    </form>
  );
}

function Links({
  info,
  made,
}: {
  info: ScenarioInfo;
  made: { res: CreateMatchResponse; faction: string };
}) {
  const { res, faction } = made;
  const nameOf = (id: string) => info.factions.find((f) => f.id === id)?.name ?? id;
  const invites = Object.entries(res.tokens).filter(([f]) => f !== faction);
  return (
    <section class="card made" aria-label="Links of the new game">
      <h2>The game is ready</h2>
      <p>
        Send each player their link: it is their seat, and works for them alone (keep it secret).
        You can reissue a link from the game if one goes astray.
      </p>
      <ul class="links">
        {invites.map(([f, t]) => (
          <li key={f}>
            <CopyLink label={`Invite link for ${nameOf(f)}`} href={seatHref(res.match, t)} />
          </li>
        ))}
        <li>
          <CopyLink
            label="Observer link (the public view only)"
            href={seatHref(res.match, res.observer, true)}
          />
        </li>
      </ul>
      <a class="button primary big" href={seatHref(res.match, res.tokens[faction]!)}>
        Play as {nameOf(faction)}
      </a>
    </section>
  );
}

export function CopyLink({ label, href }: { label: string; href: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <label class="copy-link">
      <span>{label}</span>
      <input readOnly value={href} aria-label={label} onFocus={(e) => e.currentTarget.select()} />
      <button
        type="button"
        onClick={() =>
          void navigator.clipboard?.writeText(href).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {copied ? 'Copied' : 'Copy'}
      </button>
    </label>
  );
}
