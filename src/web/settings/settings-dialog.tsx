// The settings dialog: text size, motion, palette, confirmations. Changes apply at once.
import { useRef } from 'preact/hooks';
import type { ScenarioInfo } from '../protocol';
import { useFocusTrap } from '../ui/focus-trap';
import { withPalette, type Settings } from './settings';

interface Props {
  info: ScenarioInfo;
  settings: Settings;
  onChange(s: Settings): void;
  onClose(): void;
}

const SIZES: readonly [Settings['textSize'], string][] = [
  ['normal', 'Normal'],
  ['large', 'Large'],
  ['larger', 'Larger'],
];

export function SettingsDialog({ info, settings, onChange, onClose }: Props) {
  const dialog = useRef<HTMLDivElement>(null);
  useFocusTrap(dialog, null);
  const set = (over: Partial<Settings>) => onChange({ ...settings, ...over });
  const safe = withPalette(info, { ...settings, palette: 'safe' }).factions;
  return (
    <div class="modal-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={dialog}
        class="modal settings"
        role="dialog"
        aria-modal="true"
        aria-labelledby="settings-title"
        onKeyDown={(e) => {
          // the game's shortcuts wait while the dialog is open
          e.stopPropagation();
          if (e.key === 'Escape') onClose();
        }}
      >
        <div class="menu-head">
          <h2 id="settings-title">Settings</h2>
          <button class="icon" onClick={onClose} aria-label="Close the settings">
            ✕
          </button>
        </div>
        <fieldset>
          <legend>Text size</legend>
          {SIZES.map(([id, label]) => (
            <label key={id}>
              <input
                type="radio"
                name="text-size"
                checked={settings.textSize === id}
                onChange={() => set({ textSize: id })}
              />
              {label}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Motion and colour</legend>
          <label>
            <input
              type="checkbox"
              checked={settings.reducedMotion}
              onChange={(e) => set({ reducedMotion: (e.target as HTMLInputElement).checked })}
            />
            Reduce motion (no transitions or animations)
          </label>
          <label>
            <input
              type="checkbox"
              checked={settings.palette === 'safe'}
              onChange={(e) =>
                set({ palette: (e.target as HTMLInputElement).checked ? 'safe' : 'scenario' })
              }
            />
            Colour-blind-safe palette for the factions
          </label>
          <ul class="swatches" aria-label="The colour-blind-safe palette">
            {safe.map((f) => (
              <li key={f.id}>
                <span class="swatch" style={{ background: f.color }} aria-hidden="true" />
                {f.name}
              </li>
            ))}
          </ul>
        </fieldset>
        <fieldset>
          <legend>Confirmations</legend>
          <label>
            <input
              type="checkbox"
              checked={settings.confirm}
              onChange={(e) => set({ confirm: (e.target as HTMLInputElement).checked })}
            />
            Ask before a new game, a load or a return to a past decision replaces the game in
            progress, or a save is written over
          </label>
        </fieldset>
        <div class="buttons">
          <button class="primary" onClick={onClose}>
            Done
          </button>
        </div>
      </div>
    </div>
  );
}
