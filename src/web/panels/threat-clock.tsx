// The threat clock, shown big: its stage, how far it has run and what comes next.
import { fmt, signed } from '../ui/format';
import type { TrackModel } from '../protocol';
import { WhyList } from '../ui/why-list';

export function ThreatClock({ track }: { track: TrackModel }) {
  const clock = track.clock!;
  const span = track.max - track.min || 1;
  const pct = ((track.value - track.min) / span) * 100;
  const stageIndex = clock.stages.findIndex((s) => s.label === clock.stage);
  return (
    <div
      class="clock has-why"
      tabIndex={0}
      aria-describedby={`why-${track.id}`}
      data-stage={stageIndex}
    >
      <div class="clock-head">
        <span class="clock-name">{track.name}</span>
        <strong class="clock-stage">{clock.stage}</strong>
        <span class="clock-value">
          {fmt(track.value)}
          {track.drift !== null && <small> ({signed(track.drift)}/mo)</small>}
        </span>
      </div>
      <div
        class="clock-bar"
        role="meter"
        aria-valuemin={track.min}
        aria-valuemax={track.max}
        aria-valuenow={Math.round(track.value)}
        aria-label={`${track.name}: ${clock.stage}`}
      >
        <div class="clock-fill" style={{ width: `${pct}%` }} />
        {clock.stages.slice(1).map((s, i, ticks) => {
          const at = (x: { at: number } | undefined) =>
            x === undefined ? null : ((x.at - track.min) / span) * 100;
          const here = at(s)!;
          // a label is centred on its tick, unless a neighbour's is too close: then the two
          // stand back to back on either side of the gap
          const close = (other: number | null) => other !== null && Math.abs(other - here) < 16;
          const side = close(at(ticks[i + 1]))
            ? ' before'
            : close(at(ticks[i - 1]))
              ? ' after'
              : '';
          return (
            <span
              key={s.label}
              class="clock-tick"
              style={{ left: `${here}%` }}
              title={`${s.label} at ${s.at}`}
            >
              <span class={`clock-tick-label${side}`}>{s.label}</span>
            </span>
          );
        })}
      </div>
      <div class="why" role="tooltip" id={`why-${track.id}`}>
        <p>
          {clock.next ? `${clock.next.label} at ${clock.next.at}. ` : 'Final stage. '}
          {track.description}
        </p>
        <WhyList track={track} />
      </div>
    </div>
  );
}
