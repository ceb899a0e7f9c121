// The turn report: what happened since the player last acted, as the faction may know it.
import type { NewsItem } from '../protocol';

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
}: {
  title: string;
  items: readonly NewsItem[];
  summary?: string;
}) {
  return (
    <section class="panel news" aria-label="Turn report">
      <h2>{title}</h2>
      {items.length === 0 && (
        <p class="story">{summary ?? 'Nothing your agents could learn of.'}</p>
      )}
      <ul class="news-list">
        {items.map((n, i) => (
          <li key={i} class={`news-item ${n.kind}${n.own ? ' own' : ''}`}>
            <span class="news-icon" aria-hidden="true">
              {ICON[n.kind]}
            </span>
            <div>
              <strong>{n.title}</strong>
              {n.body && <p>{n.body}</p>}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
