// "An ending is near": the endings the faction can see coming, from its view.
import type { TurnModel } from '../protocol';

export function EndingWarnings({
  warnings,
  onBriefing,
}: {
  warnings: TurnModel['warnings'];
  onBriefing(): void;
}) {
  if (warnings.length === 0) return null;
  return (
    <section class="warnings" aria-label="An ending is near" role="status">
      {warnings.map((w) => (
        <p key={w.title} class={w.good ? 'good' : 'bad'}>
          <strong>
            {w.good ? '▲' : '▼'} An ending is near: {w.title}.
          </strong>{' '}
          {w.text}{' '}
          <button class="link" onClick={onBriefing}>
            Briefing
          </button>
        </p>
      ))}
    </section>
  );
}
