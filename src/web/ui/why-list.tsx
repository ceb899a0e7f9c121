// "Why?": the named parts that make a figure, or its drift this month; and what it actually
// moved over the month the report tells of, cause by cause.
import { signed } from './format';
import type { MonthModel, TrackModel } from '../protocol';

/** `subject` names what moved where the list stands apart from its figure ("unrest"). */
export function MonthList({ month, subject = 'it' }: { month: MonthModel; subject?: string }) {
  return (
    <div class="why-list why-month">
      <p class="why-title">
        {month.parts.length
          ? `${month.title} ${subject} moved ${signed(month.total)}:`
          : `${month.title} ${subject} did not move.`}
      </p>
      {month.parts.length > 0 && (
        <ul>
          {month.parts.map((p, i) => (
            <li key={i} class={p.kind === 'unseen' ? 'unseen' : undefined}>
              <span>{p.label}</span>
              <span class={p.value > 0 ? 'up' : p.value < 0 ? 'down' : ''}>{signed(p.value)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function WhyList({ track }: { track: TrackModel }) {
  const active = track.parts.filter((p) => p.active);
  const idle = track.parts.filter((p) => !p.active);
  return (
    <>
      {track.month && <MonthList month={track.month} />}
      <div class="why-list">
        <p class="why-title">
          {track.derived
            ? `${track.name} is the sum of:`
            : `At the end of this month it drifts ${signed(track.drift ?? 0)}:`}
        </p>
        {active.length === 0 && (
          <p class="muted">Nothing moves it by itself: only orders and events.</p>
        )}
        <ul>
          {active.map((p) => (
            <li key={p.id}>
              <span>{p.label}</span>
              <span class={p.value > 0 ? 'up' : p.value < 0 ? 'down' : ''}>{signed(p.value)}</span>
            </li>
          ))}
          {idle.map((p) => (
            <li key={p.id} class="idle">
              <span>{p.label}</span>
              <span>{p.unseen ? 'not known to you' : 'not now'}</span>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
