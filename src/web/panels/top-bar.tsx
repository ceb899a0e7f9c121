// The bar across the top: the date, the player's faction, the threat clock, and the game's buttons.
import { FactionMark } from '../ui/faction-mark';
import type { ScenarioInfo, TurnModel } from '../protocol';
import { ThreatClock } from './threat-clock';

interface Props {
  info: ScenarioInfo;
  model: TurnModel;
  busy: boolean;
  onUndo(): void;
  onMenu(): void;
  onBriefing(): void;
}

export function TopBar({ info, model, busy, onUndo, onMenu, onBriefing }: Props) {
  const fi = info.factions.findIndex((f) => f.id === model.human);
  const faction = info.factions[fi];
  const clocks = model.tracks.filter((t) => t.clock);
  return (
    <header class="topbar">
      <div class="when">
        <h1 class="date" data-turn={model.turn} aria-live="polite">
          {model.date}
        </h1>
        <p class="sub">
          {info.turnUnit.charAt(0).toUpperCase() + info.turnUnit.slice(1)} {model.turn + 1} of{' '}
          {info.months} · <FactionMark index={fi} color={faction?.color ?? '#888'} />{' '}
          {faction?.name}
        </p>
      </div>
      {clocks.map((t) => (
        <ThreatClock key={t.id} track={t} />
      ))}
      <nav class="top-actions" aria-label="Game">
        <button
          onClick={onUndo}
          disabled={busy || model.undoable === 0}
          title={
            model.undoable
              ? 'Undo your last action (U)'
              : 'Nothing to undo: the dice have rolled since'
          }
          aria-keyshortcuts="U"
        >
          Undo
        </button>
        <button onClick={onBriefing} aria-keyshortcuts="B" aria-haspopup="dialog">
          Briefing
        </button>
        <button onClick={onMenu} aria-keyshortcuts="S" aria-haspopup="dialog">
          Menu
        </button>
      </nav>
    </header>
  );
}
