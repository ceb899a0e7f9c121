// The faction's briefing, open at any time: its aims, the endings it wants and fears and what
// brings each about, what ends the game; then a glossary of the people, places and terms.
import { useEffect, useRef } from 'preact/hooks';
import type { BriefingModel } from '../protocol';
import { useFocusTrap } from '../ui/focus-trap';

const KIND: Record<string, string> = {
  person: 'person',
  place: 'place',
  term: 'figure',
  side: 'side',
};

interface Props {
  briefing: BriefingModel;
  /** A glossary entry to open at (its id), else the top. */
  entry?: string | null;
  onClose(): void;
}

export function BriefingDialog({ briefing: b, entry = null, onClose }: Props) {
  const dialog = useRef<HTMLDivElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  useFocusTrap(dialog, entry, close);
  useEffect(() => {
    if (!entry) return;
    const el = dialog.current?.querySelector<HTMLElement>(`[data-entry="${CSS.escape(entry)}"]`);
    el?.scrollIntoView({ block: 'center' });
    el?.classList.add('found');
  }, [entry]);
  const title = (id: string) => b.endings.find((e) => e.id === id)?.title ?? id;
  return (
    <div class="modal-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={dialog}
        class="modal briefing"
        role="dialog"
        aria-modal="true"
        aria-labelledby="briefing-title"
        onKeyDown={(e) => {
          // the game's shortcuts wait while the briefing is open
          e.stopPropagation();
          if (e.key === 'Escape') onClose();
        }}
      >
        <div class="menu-head">
          <h2 id="briefing-title">Briefing: {b.name}</h2>
          <button ref={close} class="icon" onClick={onClose} aria-label="Close the briefing">
            ✕
          </button>
        </div>
        {b.aims && <p class="story">{b.aims}</p>}
        {b.wants.length > 0 && (
          <p>
            <strong>You want:</strong> {b.wants.map(title).join(' · ')}
          </p>
        )}
        {b.fears.length > 0 && (
          <p>
            <strong>You fear:</strong> {b.fears.map(title).join(' · ')}
          </p>
        )}
        <h3>How the game ends</h3>
        <p class="muted">
          The first ending whose conditions hold at the end of a month ends the game; after{' '}
          {b.lastMonth} the calendar runs out.
        </p>
        <ul class="endings-list">
          {b.endings.map((e) => (
            <li key={e.id}>
              <strong>{e.title}</strong>{' '}
              <span class="score">
                {e.upTo === e.score ? e.score : `${e.score}–${e.upTo}`}/100 for you
              </span>
              {e.fallback && <span class="muted"> · if the calendar runs out</span>}
              {e.how && <p>{e.how}</p>}
            </li>
          ))}
        </ul>
        <h3 id="glossary-title">Glossary</h3>
        <dl class="glossary" aria-labelledby="glossary-title">
          {b.glossary.map((g) => (
            <div key={g.id} data-entry={g.id}>
              <dt>
                {g.name} <small>{KIND[g.kind]}</small>
              </dt>
              <dd>{g.text}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}
