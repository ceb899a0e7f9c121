// The end: the ending's text and score, the full chronicle (with exports), the charts, and
// "what if" to fork the game at an earlier decision.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useShortcuts } from '../ui/shortcuts';
import { download } from '../ui/download';
import type { ChronicleModel, ScenarioInfo, Update } from '../protocol';
import { Tabs } from '../ui/tabs';
import { StoryPanes, type StoryPane } from '../panels/story-panes';
import type { GameActions } from '../use-game';

type Pane = StoryPane;

interface Props {
  info: ScenarioInfo;
  update: Update;
  busy: boolean;
  actions: GameActions;
  loadChronicle(): Promise<ChronicleModel>;
}

export function EndScreen({ info, update, busy, actions, loadChronicle }: Props) {
  const { model } = update;
  const ending = model.ending!;
  const [pane, setPane] = useState<Pane>('chronicle');
  const [chronicle, setChronicle] = useState<ChronicleModel | null>(null);
  useEffect(() => void loadChronicle().then(setChronicle, () => setChronicle(null)), [update]);
  const faction = info.factions.find((f) => f.id === model.human);
  useShortcuts(
    useMemo(
      () => ({
        c: () => setPane('chronicle'),
        g: () => setPane('charts'),
        w: () => setPane('whatif'),
      }),
      [],
    ),
  );
  return (
    <main class="end" aria-labelledby="ending-title">
      <header class="ending">
        <p class="kicker">
          {info.title} · {model.date} · {faction?.name}
        </p>
        <h1 id="ending-title">{ending.title}</h1>
        <p class="story">{ending.body}</p>
        {ending.score !== null && (
          <p class="score">
            Your score as {faction?.name}: <strong>{ending.score}</strong>/100
          </p>
        )}
        <div class="buttons">
          <button class="primary" onClick={actions.quit}>
            New game
          </button>
          <button
            onClick={() =>
              download(
                `${info.id}-${model.human}-seed-${model.seed}-final.json`,
                update.save,
                'application/json',
              )
            }
          >
            Export save file
          </button>
        </div>
      </header>
      <Tabs
        tabs={[
          { id: 'chronicle', label: 'Chronicle', key: 'C' },
          { id: 'charts', label: 'Charts', key: 'G' },
          { id: 'whatif', label: 'What if', key: 'W' },
        ]}
        current={pane}
        onPick={setPane}
        label="The story of your game"
      />
      <div class="pane" role="tabpanel" id={`pane-${pane}`} aria-labelledby={`tab-${pane}`}>
        <StoryPanes
          pane={pane}
          model={model}
          chronicle={chronicle}
          busy={busy}
          actions={actions}
          turns={info.turnsUnit}
        />
      </div>
    </main>
  );
}
