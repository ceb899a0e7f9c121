// The player's figures and people, each with its value, its change since last month, and a "why"
// on hover or focus.
import { useRef } from 'preact/hooks';
import { placeBeside } from '../ui/float';
import { fmt, signed } from '../ui/format';
import type { PersonModel, TrackModel } from '../protocol';
import { MonthList, WhyList } from '../ui/why-list';

/** Last month's change beside a figure (its label says it in words). */
function Arrow({ change }: { change: number }) {
  return (
    <span class={`track-change ${change > 0 ? 'up' : change < 0 ? 'down' : ''}`} aria-hidden="true">
      {change ? (change > 0 ? `▲${fmt(change)}` : `▼${fmt(-change)}`) : ''}
    </span>
  );
}

function TrackRow({ t }: { t: TrackModel }) {
  const span = t.max - t.min || 1;
  const pct = Math.max(0, Math.min(100, ((t.value - t.min) / span) * 100));
  const tip = useRef<HTMLDivElement>(null);
  // Shown by CSS on hover and focus; placed on screen first, as it would be cut off in the panel.
  const place = (e: Event) => tip.current && placeBeside(e.currentTarget as Element, tip.current);
  const label = `${t.name}: ${fmt(t.value)}${t.change ? `, ${signed(t.change)} since last month` : ''}${t.drift !== null ? `, drifting ${signed(t.drift)} a month` : ''}`;
  return (
    <li
      class={`track has-why${t.budget ? ' budget' : ''}`}
      tabIndex={0}
      aria-label={label}
      aria-describedby={`why-${t.id}`}
      onMouseEnter={place}
      onFocus={place}
    >
      <div class="track-line">
        <span class="track-name">
          {t.name}
          {t.budget && (
            <span class="badge" title="Pays for your orders">
              funds
            </span>
          )}
        </span>
        <span class="track-value">{fmt(t.value)}</span>
        <Arrow change={t.change ?? 0} />
      </div>
      {!t.derived && t.max <= 100 && (
        <div class="track-bar" aria-hidden="true">
          <div style={{ width: `${pct}%` }} />
        </div>
      )}
      <div class="why" role="tooltip" id={`why-${t.id}`} ref={tip}>
        {t.description && <p>{t.description}</p>}
        <WhyList track={t} />
      </div>
    </li>
  );
}

function PersonRow({ p }: { p: PersonModel }) {
  const tip = useRef<HTMLDivElement>(null);
  const place = (e: Event) => tip.current && placeBeside(e.currentTarget as Element, tip.current);
  const change = p.month?.total ?? 0;
  const label = `${p.name}: ${p.alive ? `health ${p.health}` : 'dead'}${change ? `, ${signed(change)} since last month` : ''}`;
  return (
    <li
      class="person has-why"
      tabIndex={0}
      aria-label={label}
      aria-describedby={`why-person-${p.id}`}
      onMouseEnter={place}
      onFocus={place}
    >
      <span class="person-name">{p.name}</span>{' '}
      <span class={p.alive ? '' : 'muted'}>{p.alive ? `health ${p.health}` : 'dead'}</span>
      <Arrow change={change} />
      <div class="why" role="tooltip" id={`why-person-${p.id}`} ref={tip}>
        {p.month ? (
          <MonthList month={p.month} subject="health" />
        ) : (
          <p class="muted">No month has ended yet.</p>
        )}
      </div>
    </li>
  );
}

function People({ people }: { people: readonly PersonModel[] }) {
  if (people.length === 0) return null;
  return (
    <>
      <h3 class="people-head">People</h3>
      <ul class="people">
        {people.map((p) => (
          <PersonRow key={p.id} p={p} />
        ))}
      </ul>
    </>
  );
}

export function TracksPanel({
  tracks,
  people = [],
}: {
  tracks: readonly TrackModel[];
  people?: readonly PersonModel[];
}) {
  const plain = tracks.filter((t) => !t.clock && !t.derived);
  const derived = tracks.filter((t) => t.derived);
  return (
    <section class="panel tracks" aria-label="Tracks">
      <h2>
        Figures <small>hover or focus for why</small>
      </h2>
      <ul class="track-list">
        {derived.map((t) => (
          <TrackRow key={t.id} t={t} />
        ))}
        {plain.map((t) => (
          <TrackRow key={t.id} t={t} />
        ))}
      </ul>
      <People people={people} />
    </section>
  );
}
