// The title screen: a new game (faction, opponents' difficulty, seed), the autosave, saved games.
import { useState } from 'preact/hooks';
import type { NewGameSpec, ScenarioInfo } from '../protocol';
import { AUTOSAVE, type StoredSave } from '../store';
import { ImportButton } from './import-button';
import { ScenarioPicker } from './scenario-picker';
import type { GameActions } from '../use-game';
import { PlayWithOthers } from '../online/entry';
import { FactionPicker } from '../ui/faction-picker';

interface Props {
  info: ScenarioInfo;
  saves: readonly StoredSave[];
  busy: boolean;
  initialSeed: number;
  onStart(spec: NewGameSpec): void;
  onLoadStored(name: string): void;
  onRemove(name: string): void;
  onImport(text: string): void;
  onSettings(): void;
  onOpen: GameActions['open'];
}

export function StartScreen({
  info,
  saves,
  busy,
  initialSeed,
  onStart,
  onLoadStored,
  onRemove,
  onImport,
  onSettings,
  onOpen,
}: Props) {
  const playable = info.factions.filter((f) => f.playable);
  const [faction, setFaction] = useState(playable[0]?.id ?? '');
  const [seed, setSeed] = useState(String(initialSeed));
  const [policies, setPolicies] = useState<Record<string, string>>({});
  // The normal difficulty where the scenario gives its bot weights, else the easy one.
  const standard = info.policies.some((p) => p.name === 'priority') ? 'priority' : 'random';
  const auto = saves.find((s) => s.name === AUTOSAVE);
  const named = saves.filter((s) => s.name !== AUTOSAVE);
  const seedOk = /^\d{1,9}$/.test(seed.trim());
  const start = (e: Event) => {
    e.preventDefault();
    if (!seedOk) return;
    const chosen: Record<string, string> = {};
    for (const f of playable) if (f.id !== faction) chosen[f.id] = policies[f.id] ?? standard;
    onStart({ faction, seed: Number(seed.trim()), policies: chosen });
  };
  return (
    <main class="start" aria-labelledby="start-title">
      <header class="start-head">
        <p class="kicker">Uchronia · a playable alternate history</p>
        <h1 id="start-title">{info.title}</h1>
        <p class="summary">{info.summary}</p>
        <button class="settings-button" onClick={onSettings} aria-haspopup="dialog">
          Settings
        </button>
      </header>
      <ScenarioPicker info={info} busy={busy} onOpen={onOpen} />
      <div class="start-grid">
        <form class="card new-game" onSubmit={start} aria-label="New game">
          <h2>New game</h2>
          <FactionPicker
            factions={playable}
            name="faction"
            value={faction}
            onChange={setFaction}
            details
          />
          <fieldset>
            <legend>Opponents</legend>
            {playable
              .filter((f) => f.id !== faction)
              .map((f) => (
                <label key={f.id} class="row">
                  <span>{f.name}</span>
                  <select
                    value={policies[f.id] ?? standard}
                    onChange={(e) =>
                      setPolicies({ ...policies, [f.id]: (e.target as HTMLSelectElement).value })
                    }
                    aria-label={`Difficulty of ${f.name}`}
                  >
                    {info.policies.map((p) => (
                      <option key={p.name} value={p.name}>
                        {p.label}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
          </fieldset>
          <label class="row">
            <span>Seed</span>
            <input
              class="seed"
              inputMode="numeric"
              value={seed}
              onInput={(e) => setSeed((e.target as HTMLInputElement).value)}
              aria-invalid={!seedOk}
              aria-label="Random seed"
            />
          </label>
          {!seedOk && <p class="field-error">The seed is a whole number (up to 9 digits).</p>}
          <button type="submit" class="primary big" disabled={busy || !seedOk}>
            Begin {info.months} {info.turnsUnit} of history
          </button>
        </form>
        <section class="card saved" aria-label="Saved games">
          <h2>Continue</h2>
          {auto ? (
            <button class="primary" onClick={() => onLoadStored(AUTOSAVE)} disabled={busy}>
              Continue autosave <small>{auto.summary}</small>
            </button>
          ) : (
            <p class="muted">No game in progress.</p>
          )}
          <h3>Saved games</h3>
          {named.length ? (
            <ul class="save-list">
              {named.map((s) => (
                <li key={s.name}>
                  <button
                    onClick={() => onLoadStored(s.name)}
                    disabled={busy}
                    aria-label={`Load ${s.name}`}
                  >
                    <strong>{s.name}</strong> <small>{s.summary}</small>
                  </button>
                  <button
                    class="icon"
                    onClick={() => onRemove(s.name)}
                    aria-label={`Delete ${s.name}`}
                    title="Delete"
                  >
                    ✕
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">None yet: save from the game menu (S).</p>
          )}
          <ImportButton onText={onImport} />
        </section>
        <PlayWithOthers />
      </div>
    </main>
  );
}
