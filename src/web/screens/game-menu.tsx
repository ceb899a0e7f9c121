// The game menu: named saves, export and import of a save file, help, back to the title.
import { useRef, useState } from 'preact/hooks';
import { useFocusTrap } from '../ui/focus-trap';
import { download } from '../ui/download';
import { ImportButton } from './import-button';
import { SHORTCUT_HELP } from '../ui/shortcuts';

interface Props {
  saveText: string;
  fileName: string;
  onSaveAs(name: string): Promise<boolean>;
  onImport(text: string): void;
  onQuit(): void;
  onClose(): void;
  /** Absent where the page keeps no settings of its own (a game with other people). */
  onSettings?: () => void;
}

export function GameMenu({
  saveText,
  fileName,
  onSaveAs,
  onImport,
  onQuit,
  onClose,
  onSettings,
}: Props) {
  const [name, setName] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  useFocusTrap(dialog, null, field);
  return (
    <div class="modal-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={dialog}
        class="modal menu"
        role="dialog"
        aria-modal="true"
        aria-labelledby="menu-title"
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      >
        <div class="menu-head">
          <h2 id="menu-title">Game menu</h2>
          <button class="icon" onClick={onClose} aria-label="Close the menu">
            ✕
          </button>
        </div>
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            const clean = name.trim();
            void onSaveAs(name).then((ok) => ok && setSaved(clean));
            setName('');
          }}
        >
          <input
            ref={field}
            value={name}
            onInput={(e) => setName((e.target as HTMLInputElement).value)}
            placeholder="Name of the save"
            aria-label="Name of the save"
            maxLength={60}
          />
          <button type="submit" disabled={!name.trim()}>
            Save
          </button>
        </form>
        <p class={saved ? 'saved-note' : 'muted'} role="status">
          {saved
            ? `Saved as “${saved}”. It is on the title screen's list of saves.`
            : 'The game is also saved automatically every month.'}
        </p>
        <div class="buttons">
          <button onClick={() => download(fileName, saveText, 'application/json')}>
            Export save file
          </button>
          <ImportButton onText={onImport} />
          {onSettings && (
            <button onClick={onSettings} aria-haspopup="dialog">
              Settings
            </button>
          )}
          <button onClick={onQuit}>Back to the title screen</button>
        </div>
        <h3>Keyboard</h3>
        <dl class="keys">
          {SHORTCUT_HELP.map(([k, v]) => (
            <div key={k}>
              <dt>
                <kbd>{k}</kbd>
              </dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}
