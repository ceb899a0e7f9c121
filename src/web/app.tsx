// The application: the title screen, the game, or its end; and the messages for the player.
import { useCallback, useMemo, useState } from 'preact/hooks';
import type { EngineClient } from './client';
import type { ScenarioInfo } from './protocol';
import { PlayScreen } from './screens/play-screen';
import { StartScreen } from './screens/start-screen';
import type { SaveStore } from './store';
import { useGame } from './use-game';
import { guarded } from './saves/guard';
import { ConfirmDialog, type Question } from './settings/confirm-dialog';
import { SettingsDialog } from './settings/settings-dialog';
import { withPalette } from './settings/settings';
import { useSettings } from './settings/use-settings';
import { useDevResume } from './dev/use-dev-resume';
import { Toast } from './ui/toast';

interface Props {
  client: EngineClient;
  store: SaveStore;
  /** The seed offered on the title screen. */
  seed: number;
  /** The scenario's facts, known at build time; otherwise the worker gives them once ready. */
  info?: ScenarioInfo;
}

export function App({ client, store, seed, info: known }: Props) {
  const [game, plainActions] = useGame(client, store, known ?? null);
  const loadChronicle = useCallback(() => client.call({ type: 'chronicle' }), [client]);
  const { info: scenarioInfo, update, busy, error, notice, saves, updates } = game;
  const [settings, setSettings] = useSettings();
  const [question, setQuestion] = useState<Question | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const openSettings = useCallback(() => setSettingsOpen(true), []);
  const info = useMemo(
    () => scenarioInfo && withPalette(scenarioInfo, settings),
    [scenarioInfo, settings.palette],
  );
  const actions = guarded(plainActions, {
    confirm: settings.confirm,
    saves,
    store,
    decisionTitle: (i) => update?.model.decisions.find((d) => d.index === i)?.title ?? null,
    ask: setQuestion,
  });
  useDevResume(update !== null, saves, plainActions.loadStored);
  const screen = useMemo(() => {
    if (!info) return <p class="loading">Loading the scenario…</p>;
    if (!update)
      return (
        <StartScreen
          // A new scenario starts the form afresh (its factions, its difficulties).
          key={`${info.bundled === false ? 'opened' : 'bundled'}:${info.id}`}
          info={info}
          saves={saves}
          busy={busy}
          initialSeed={seed}
          onStart={(s) => void actions.start(s)}
          onLoadStored={(n) => void actions.loadStored(n)}
          onRemove={(n) => void actions.removeSave(n)}
          onImport={(t) => void actions.load(t)}
          onSettings={openSettings}
          onOpen={actions.open}
        />
      );
    return (
      <PlayScreen
        info={info}
        update={update}
        busy={busy}
        actions={actions}
        loadChronicle={loadChronicle}
        onSettings={openSettings}
      />
    );
  }, [info, update, busy, saves, settings.confirm]);
  return (
    <div class="app" data-updates={updates} data-busy={busy}>
      {/* behind a question or the settings, the page is out of reach until they close */}
      <div class="screen" inert={question !== null || settingsOpen}>
        {screen}
      </div>
      {settingsOpen && info && (
        <SettingsDialog
          info={scenarioInfo!}
          settings={settings}
          onChange={setSettings}
          onClose={() => setSettingsOpen(false)}
        />
      )}
      {question && <ConfirmDialog q={question} onClose={() => setQuestion(null)} />}
      <Toast error={error} notice={notice} onDismiss={actions.dismiss} />
    </div>
  );
}
