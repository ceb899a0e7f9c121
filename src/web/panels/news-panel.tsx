// The turn report: what happened since the player last acted, as the faction may know it.
import { fmt } from '../ui/format';
import { Linked } from '../onboarding/linked';
import type { GlossaryEntry, NewsItem, TrackModel } from '../protocol';

const ICON: Record<NewsItem['kind'], string> = {
  event: '◆',
  choice: '➜',
  order: '⚑',
  exposed: '⚠',
  death: '✝',
  ending: '★',
};

export function NewsPanel({
  title,
  items,
  summary,
  tracks = [],
  glossary = [],
  onTerm,
}: {
  title: string;
  items: readonly NewsItem[];
  summary?: string;
  /** The figures, with how they moved over the report's month. */
  tracks?: readonly TrackModel[];
  /** Names in the news link to their glossary entries. */
  glossary?: readonly GlossaryEntry[];
  onTerm?(id: string): void;
}) {
  const moved = tracks.filter((t) => !t.derived && t.change);
  return (
    <section class="panel news" aria-label="Turn report">
      <h2>{title}</h2>
      {items.length === 0 && (
        <p class="story">{summary ?? 'Nothing your agents could learn of.'}</p>
      )}
      {moved.length > 0 && (
        <p class="moved">
          <strong>What moved:</strong>{' '}
          {moved.map((t, i) => (
            <span key={t.id} class={t.change! > 0 ? 'up' : 'down'}>
              {i > 0 ? ' · ' : ''}
              {t.name} {t.change! > 0 ? `▲${fmt(t.change!)}` : `▼${fmt(-t.change!)}`}
            </span>
          ))}{' '}
          <span class="muted">(hover a figure for why)</span>
        </p>
      )}
      <ul class="news-list">
        {items.map((n, i) => (
          <li key={i} class={`news-item ${n.kind}${n.own ? ' own' : ''}`}>
            <span class="news-icon" aria-hidden="true">
              {ICON[n.kind]}
            </span>
            <div>
              <strong>{n.title}</strong>
              {n.body && (
                <p>
                  {onTerm ? <Linked text={n.body} glossary={glossary} onTerm={onTerm} /> : n.body}
                </p>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
