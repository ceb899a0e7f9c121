// A question before something that cannot be taken back: what it will do, and the ways out.
import { useRef } from 'preact/hooks';
import { useFocusTrap } from '../ui/focus-trap';

export interface Question {
  readonly title: string;
  readonly body: string;
  /** The choices, the safest first (it takes the focus); Escape cancels. */
  readonly choices: readonly { readonly label: string; readonly run: () => void }[];
  readonly cancel: string;
  /** Called when the player cancels (the button or Escape). */
  readonly onCancel?: () => void;
}

export function ConfirmDialog({ q, onClose }: { q: Question; onClose(): void }) {
  const dialog = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useFocusTrap(dialog, q, cancel);
  return (
    <div class="modal-backdrop">
      <div
        ref={dialog}
        class="modal confirm"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="confirm-title"
        aria-describedby="confirm-body"
        onKeyDown={(e) => {
          // the game's shortcuts wait while the dialog is open
          e.stopPropagation();
          if (e.key === 'Escape') {
            q.onCancel?.();
            onClose();
          }
        }}
      >
        <h2 id="confirm-title">{q.title}</h2>
        <p id="confirm-body">{q.body}</p>
        <div class="buttons">
          <button
            ref={cancel}
            onClick={() => {
              q.onCancel?.();
              onClose();
            }}
          >
            {q.cancel}
          </button>
          {q.choices.map((c) => (
            <button
              key={c.label}
              class="primary"
              onClick={() => {
                onClose();
                c.run();
              }}
            >
              {c.label}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
