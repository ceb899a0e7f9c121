// What if: go back to one of the player's decisions and let history take another course.
import type { PastDecision } from '../protocol';

export function WhatIfPanel({
  decisions,
  busy,
  onFork,
}: {
  decisions: readonly PastDecision[];
  busy: boolean;
  onFork(index: number): void;
}) {
  return (
    <section class="panel whatif" aria-label="What if">
      <h2>What if…</h2>
      <p class="muted">
        Go back to a decision you took and choose again: the game forks from there.
      </p>
      {decisions.length === 0 && <p class="muted">You took no decisions in this game.</p>}
      <ol class="whatif-list">
        {decisions.map((d) => (
          <li key={d.index}>
            <div>
              <time>{d.date}</time> <strong>{d.title}</strong>
              <p>You chose: {d.chose}</p>
            </div>
            <button
              onClick={() => onFork(d.index)}
              disabled={busy}
              aria-label={`Go back to ${d.title}, ${d.date}`}
            >
              Go back
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
