// The game menu: named saves, export and import of a save file, help, back to the title.
import { useEffect, useRef, useState } from 'preact/hooks';
import { download } from '../ui/download';
import { ImportButton } from './import-button';
import { SHORTCUT_HELP } from '../ui/shortcuts';

interface Props {
  saveText: string;
  fileName: string;
  onSaveAs(name: string): void;
  onImport(text: string): void;
  onQuit(): void;
  onClose(): void;
}

export function GameMenu({ saveText, fileName, onSaveAs, onImport, onQuit, onClose }: Props) {
  const [name, setName] = useState('');
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);
  return (
    <div class="modal-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div
        class="modal menu"
        role="dialog"
        aria-modal="true"
        aria-labelledby="menu-title"
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      >
        <header class="menu-head">
          <h2 id="menu-title">Game menu</h2>
          <button class="icon" onClick={onClose} aria-label="Close the menu">
            ✕
          </button>
        </header>
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            onSaveAs(name);
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
        <p class="muted">The game is also saved automatically every month.</p>
        <div class="buttons">
          <button onClick={() => download(fileName, saveText, 'application/json')}>
            Export save file
          </button>
          <ImportButton onText={onImport} />
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
