// The chronicle of the game so far, from the player's view: acts, dated entries, and the places
// where this history leaves the source timeline, marked ⟡ with what happened there instead.
import { DIVERGENCE_MARK, type ChronicleEntry } from '../../chronicle';
import { download } from '../ui/download';
import type { ChronicleModel } from '../protocol';

/** A canon event that never happened in this game: said as what the source timeline had. */
function Missed({ e }: { e: ChronicleEntry }) {
  return (
    <li class="entry canon-missed diverges">
      <span class="mark-div" aria-hidden="true">
        {DIVERGENCE_MARK}
      </span>
      <aside class="divergence">
        Did not happen here. In the source timeline, on <time>{e.date}</time>:{' '}
        <strong>{e.title}</strong>
        {e.text && e.text !== e.title && ` — ${e.text}`}
        {e.source?.text && ` ${e.source.text}`}
      </aside>
    </li>
  );
}

function Entry({ e }: { e: ChronicleEntry }) {
  if (e.kind === 'canon-missed') return <Missed e={e} />;
  return (
    <li class={`entry ${e.kind}${e.source ? ' diverges' : ''}`}>
      <time>{e.date}</time>
      {e.source && (
        <span
          class="mark-div"
          title="Here this history leaves the source timeline"
          aria-label="divergence"
        >
          {DIVERGENCE_MARK}
        </span>
      )}
      <strong>{e.title}</strong> <span>{e.text}</span>
      {e.repeat && (
        <span class="muted">
          {' '}
          ({e.repeat.times} times, until {e.repeat.until})
        </span>
      )}
      {e.source && (
        <aside class="divergence">
          In the source timeline: <strong>{e.source.title}</strong>
          {e.source.text && ` — ${e.source.text}`}
        </aside>
      )}
    </li>
  );
}

export function ChroniclePanel({
  model,
  loading,
}: {
  model: ChronicleModel | null;
  loading?: boolean;
}) {
  if (!model)
    return (
      <section class="panel chronicle" aria-label="Chronicle" aria-busy="true">
        <p class="muted">{loading === false ? 'No chronicle yet.' : 'Writing the chronicle…'}</p>
      </section>
    );
  const ch = model.chronicle;
  const base = `${ch.scenario}-seed-${ch.seed}`;
  return (
    <section class="panel chronicle" aria-label="Chronicle">
      <header class="chronicle-head">
        <h2>Chronicle</h2>
        <div class="buttons">
          <button onClick={() => download(`${base}.md`, model.markdown, 'text/markdown')}>
            Export Markdown
          </button>
          <button onClick={() => download(`${base}.html`, model.html, 'text/html')}>
            Export HTML
          </button>
        </div>
      </header>
      <p class="summary">{ch.summary}</p>
      {ch.divergences.length > 0 && (
        <p class="muted">
          {DIVERGENCE_MARK} {ch.divergences.length} point{ch.divergences.length === 1 ? '' : 's'} of
          divergence from the source timeline.
        </p>
      )}
      {ch.acts.map((a) => (
        <section key={a.id} class="act">
          <h3>{a.title}</h3>
          <ol class="entries">
            {a.entries.map((e, i) => (
              <Entry key={i} e={e} />
            ))}
          </ol>
        </section>
      ))}
      {ch.acts.length === 0 && <p class="muted">Nothing has happened yet.</p>}
    </section>
  );
}
