// "Why?": the named parts that make a figure, or its drift this month.
import { signed } from './format';
import type { TrackModel } from '../protocol';

export function WhyList({ track }: { track: TrackModel }) {
  const active = track.parts.filter((p) => p.active);
  const idle = track.parts.filter((p) => !p.active);
  return (
    <div class="why-list">
      <p class="why-title">
        {track.derived
          ? `${track.name} is the sum of:`
          : `This month it drifts ${signed(track.drift ?? 0)}:`}
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
  );
}
