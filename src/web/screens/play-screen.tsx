// A game on screen, however it is played (against the computer, hot-seat or online): the game's
// screen while it runs, its end screen once over, with what the end reveals of the others.
import type { ComponentChildren } from 'preact';
import { EndScreen } from './end-screen';
import { GameScreen } from './game-screen';

type Props = Parameters<typeof GameScreen>[0] & {
  /** At the end of a game with other people: every faction's secrets, shown beside the end. */
  revealed?: ComponentChildren;
};

export function PlayScreen({ revealed, ...p }: Props) {
  if (p.update.model.phase !== 'ended' || !p.update.model.ending) return <GameScreen {...p} />;
  const end = (
    <EndScreen
      info={p.info}
      update={p.update}
      busy={p.busy}
      actions={p.actions}
      loadChronicle={p.loadChronicle}
    />
  );
  if (revealed === undefined) return end;
  return (
    <div class="online-end">
      {end}
      <section class="card revealed" aria-label="Everything revealed">
        <h2>Everything revealed</h2>
        {revealed}
      </section>
    </div>
  );
}
