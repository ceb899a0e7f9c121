// The title screen's choice of scenario: the bundled ones, or one the player opens from a folder
// or a zip. A scenario that does not load is shown as a list of its problems, each with its
// file:line:col, and the scenario that was open stays open.
import { useState } from 'preact/hooks';
import bundled from 'virtual:bundled-scenarios';
import type { ScenarioInfo } from '../protocol';
import type { GameActions, OpenProblem } from '../use-game';
import type { Picked } from './scenario-source';
import { FileButton } from '../ui/file-button';
import './scenario-picker.css';

interface Props {
  info: ScenarioInfo;
  busy: boolean;
  onOpen: GameActions['open'];
}

/** "file:line:col code message (hint)" split so the place stands out. */
function problemLine(line: string) {
  const m = /^(\S+:\d+:\d+)\s+(.*)$/.exec(line);
  return m ? (
    <>
      <code>{m[1]}</code> {m[2]}
    </>
  ) : (
    line
  );
}

export function ScenarioPicker({ info, busy, onOpen }: Props) {
  const [problem, setProblem] = useState<OpenProblem | null>(null);
  const open = async (source: Parameters<Props['onOpen']>[0]) => setProblem(await onOpen(source));
  const openPicked = async (name: string, picked: Picked) => {
    if (!picked.ok)
      return setProblem({ message: `${name} cannot be opened: ${picked.error}`, details: [] });
    await open({ name, files: picked.files });
  };
  const pickFolder = async (list: File[]) => {
    const name = list[0]!.webkitRelativePath.split('/')[0] || 'The folder';
    // Reading files (and unzipping) is loaded only when a player brings a scenario.
    const { filesFromFolder } = await import('./scenario-source');
    await openPicked(
      name,
      await filesFromFolder(
        list.map((f) => ({
          path: f.webkitRelativePath || f.name,
          size: f.size,
          text: () => f.text(),
        })),
      ),
    );
  };
  const pickZip = async ([file]: File[]) => {
    const { filesFromZip } = await import('./scenario-source');
    await openPicked(file!.name, filesFromZip(new Uint8Array(await file!.arrayBuffer())));
  };
  return (
    <section class="card scenario-pick" aria-labelledby="scenario-pick-title">
      <h2 id="scenario-pick-title">Scenario</h2>
      <ul class="scenario-list">
        {bundled.map((b) => (
          <li key={b.info.id}>
            <button
              type="button"
              aria-pressed={info.bundled !== false && info.id === b.info.id}
              disabled={busy}
              onClick={() => void open({ bundled: b.info.id })}
            >
              <strong>{b.info.title}</strong>
              <small>
                {b.info.factions.filter((f) => f.playable).length} factions ·{' '}
                {b.info.regions.length} regions · {b.info.months} {b.info.turnsUnit}
              </small>
            </button>
          </li>
        ))}
        {info.bundled === false && (
          <li>
            <button type="button" aria-pressed="true" disabled>
              <strong>{info.title}</strong>
              <small>opened from your files · {info.regions.length} regions</small>
            </button>
          </li>
        )}
      </ul>
      <div class="scenario-open">
        <FileButton
          label="Open a scenario folder"
          folder
          testId="open-folder"
          onFiles={(files) => void pickFolder(files)}
        />
        <FileButton
          label="Open a scenario zip"
          accept=".zip,application/zip"
          testId="open-zip"
          onFiles={(files) => void pickZip(files)}
        />
      </div>
      {problem && (
        <div class="scenario-problems" role="alert">
          <p>{problem.message}</p>
          {problem.details.length > 0 && (
            <ol>
              {problem.details.map((d, i) => (
                <li key={i}>{problemLine(d)}</li>
              ))}
            </ol>
          )}
        </div>
      )}
    </section>
  );
}
