// Saves that respect the player: before a new game, a load or a return to a past decision
// replaces the game in progress (the autosave), or a save is written over, the player is asked,
// and may keep the game in progress as a named save first. With confirmations off, nothing asks.
import type { Question } from '../settings/confirm-dialog';
import { AUTOSAVE, type SaveStore, type StoredSave } from '../store';
import type { GameActions } from '../use-game';

export interface Guard {
  readonly confirm: boolean;
  readonly saves: readonly StoredSave[];
  readonly store: SaveStore;
  /** The decisions the what-if panel can return to, by index: their titles. */
  readonly decisionTitle: (index: number) => string | null;
  ask(q: Question): void;
}

/** A name for the copy of the game in progress, not taken by another save. */
export function keptName(summary: string, taken: readonly string[]): string {
  const base = `Kept: ${summary}`.slice(0, 56);
  if (!taken.includes(base)) return base;
  for (let i = 2; ; i++) if (!taken.includes(`${base} (${i})`)) return `${base} (${i})`;
}

/** Whether a file reads as a save at all: one that does not is refused by the load, which then
 *  replaces nothing, so the player is not asked first. */
function looksLikeSave(text: string): boolean {
  try {
    const v: unknown = JSON.parse(text);
    return (
      typeof v === 'object' && v !== null && (v as { format?: unknown }).format === 'uchronia-save'
    );
  } catch {
    return false;
  }
}

/** Whether the autosave holds a game still being played. */
const inProgress = (s: StoredSave | undefined): s is StoredSave =>
  s !== undefined && !/ · ended /.test(s.summary);

export function guarded(actions: GameActions, g: Guard): GameActions {
  const auto = g.saves.find((s) => s.name === AUTOSAVE);
  const keep = async () => {
    if (!auto) return;
    const name = keptName(
      auto.summary,
      g.saves.map((s) => s.name),
    );
    // the list of saves is read again once the action that follows has run
    await g.store.put({ ...auto, name, savedAt: Date.now() });
  };
  /** Runs `go` at once, or once the player agrees to replace the game in progress. */
  const replacing = (title: string, body: string, go: () => void, onCancel?: () => void) => {
    if (!g.confirm || !inProgress(auto)) return go();
    g.ask({
      title,
      body: `${body} The autosave holds your game in progress (${auto.summary}); it will be replaced.`,
      cancel: 'Cancel',
      onCancel,
      choices: [
        { label: 'Keep it as a named save first', run: () => void keep().then(go) },
        { label: 'Replace it', run: go },
      ],
    });
  };
  return {
    ...actions,
    start: async (spec) =>
      replacing('Start a new game?', 'A new game begins.', () => void actions.start(spec)),
    load: (text) =>
      !looksLikeSave(text)
        ? actions.load(text)
        : new Promise((resolve) =>
            replacing(
              'Load this save file?',
              'The game in the file will be loaded.',
              () => void actions.load(text).then(resolve),
              () => resolve(false),
            ),
          ),
    loadStored: async (name) =>
      name === AUTOSAVE
        ? actions.loadStored(name)
        : replacing(
            `Load “${name}”?`,
            'The saved game will be loaded.',
            () => void actions.loadStored(name),
          ),
    fork: async (index) => {
      const title = g.decisionTitle(index) ?? 'that decision';
      if (!g.confirm) return actions.fork(index);
      g.ask({
        title: `Go back to “${title}”?`,
        body: 'History will take another course from that decision: the months played since are replaced in the autosave. You may keep this game as a named save first.',
        cancel: 'Cancel',
        choices: [
          {
            label: 'Keep this game, then go back',
            run: () => void keep().then(() => actions.fork(index)),
          },
          { label: 'Go back', run: () => void actions.fork(index) },
        ],
      });
    },
    saveAs: (name) => {
      const clean = name.trim();
      if (!g.confirm || !g.saves.some((s) => s.name === clean)) return actions.saveAs(name);
      return new Promise((resolve) =>
        g.ask({
          title: `Replace the save “${clean}”?`,
          body: 'A save of that name exists; it will be written over with this game.',
          cancel: 'Cancel',
          onCancel: () => resolve(false),
          choices: [{ label: 'Replace it', run: () => void actions.saveAs(name).then(resolve) }],
        }),
      );
    },
  };
}
