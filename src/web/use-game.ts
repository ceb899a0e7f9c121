// The page's game controller: talks to the worker, keeps the autosave, and reports errors in
// words. Components get its state and its actions; nothing else touches the worker or the store.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { OrderChoice } from '../engine';
import type { EngineClient } from './client';
import { EngineError } from './client';
import type { NewGameSpec, Request, ScenarioInfo, Update } from './protocol';
import { AUTOSAVE, type SaveStore, type StoredSave } from './store';

export interface GameState {
  readonly info: ScenarioInfo | null;
  readonly update: Update | null;
  readonly busy: boolean;
  /** A message for the player: a refused save, an action that failed. */
  readonly error: string | null;
  readonly notice: string | null;
  readonly saves: readonly StoredSave[];
  /** How many turns the worker has sent: tests and the bench wait on it. */
  readonly updates: number;
}

export interface GameActions {
  start(spec: NewGameSpec): Promise<void>;
  load(text: string): Promise<boolean>;
  loadStored(name: string): Promise<void>;
  endMonth(orders: readonly OrderChoice[]): Promise<void>;
  choose(event: string, option: string): Promise<void>;
  undo(): Promise<void>;
  fork(index: number): Promise<void>;
  /** Saves under a name; true once it is written (the menu says so). */
  saveAs(name: string): Promise<boolean>;
  removeSave(name: string): Promise<void>;
  /** Plays another scenario; its problems, one per line (file:line:col), if it does not load. */
  open(source: Extract<Request, { type: 'open' }>['source']): Promise<OpenProblem | null>;
  quit(): void;
  dismiss(): void;
}

export interface OpenProblem {
  readonly message: string;
  readonly details: readonly string[];
}

export function summaryOf(info: ScenarioInfo | null, u: Update): string {
  const faction = info?.factions.find((f) => f.id === u.model.human)?.name ?? u.model.human;
  const title = info ? `${info.title} · ` : '';
  return `${title}${faction} · ${u.model.ending ? `ended ${u.model.date}` : u.model.date} · seed ${u.model.seed}`;
}

export function useGame(
  client: EngineClient,
  store: SaveStore,
  known: ScenarioInfo | null = null,
): [GameState, GameActions] {
  const [info, setInfo] = useState<ScenarioInfo | null>(known);
  const [update, setUpdate] = useState<Update | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [saves, setSaves] = useState<StoredSave[]>([]);
  const [updates, setUpdates] = useState(0);
  const infoRef = useRef<ScenarioInfo | null>(known);
  /** Set once the player opens a scenario: the first scenario's facts, if late, are old news. */
  const openedRef = useRef(false);

  const refreshSaves = useCallback(async () => setSaves(await store.list()), [store]);

  useEffect(() => {
    client
      .call({ type: 'init' })
      .then((i) => {
        if (openedRef.current) return;
        infoRef.current = i;
        setInfo(i);
      })
      .catch((e: Error) => setError(e.message));
    void refreshSaves();
  }, [client, refreshSaves]);

  /** Runs a request that yields a new turn; the autosave is written only after it succeeded. */
  const run = useCallback(
    async (work: () => Promise<Update>, what: string): Promise<boolean> => {
      setBusy(true);
      try {
        const u = await work();
        // A save made in another scenario opens that scenario.
        if (u.info) {
          infoRef.current = u.info;
          setInfo(u.info);
        }
        setUpdate(u);
        setUpdates((n) => n + 1);
        setError(null);
        // A message is about the move it followed: the next move takes it away, or says its own.
        setNotice(u.notices?.length ? u.notices.join(' ') : null);
        await store.put({
          name: AUTOSAVE,
          text: u.save,
          savedAt: Date.now(),
          summary: summaryOf(infoRef.current, u),
        });
        return true;
      } catch (e) {
        setError(`${what}: ${(e as Error).message}`);
        return false;
      } finally {
        setBusy(false);
        void refreshSaves();
      }
    },
    [store, refreshSaves],
  );

  const actions: GameActions = {
    start: async (spec) =>
      void (await run(() => client.call({ type: 'new', spec }), 'Could not start the game')),
    load: (text) => run(() => client.call({ type: 'load', text }), 'This save cannot be loaded'),
    loadStored: async (name) => {
      const s = await store.get(name);
      if (!s) return setError(`There is no save called “${name}”.`);
      await run(
        () => client.call({ type: 'load', text: s.text }),
        `The save “${name}” cannot be loaded`,
      );
    },
    endMonth: async (orders) =>
      void (await run(() => client.call({ type: 'orders', orders }), 'The month could not end')),
    choose: async (event, option) =>
      void (await run(
        () => client.call({ type: 'choose', event, option }),
        'That decision could not be taken',
      )),
    undo: async () => void (await run(() => client.call({ type: 'undo' }), 'Cannot undo')),
    fork: async (index) => {
      if (await run(() => client.call({ type: 'fork', index }), 'Cannot go back there'))
        setNotice('You are back at that decision: history can now take another course.');
    },
    saveAs: async (name) => {
      if (!update) return false;
      const clean = name.trim().slice(0, 60);
      if (!clean || clean === AUTOSAVE) {
        setError('Please give the save a name (not “autosave”).');
        return false;
      }
      await store.put({
        name: clean,
        text: update.save,
        savedAt: Date.now(),
        summary: summaryOf(info, update),
      });
      await refreshSaves();
      return true;
    },
    open: async (source) => {
      openedRef.current = true;
      setBusy(true);
      try {
        const i = await client.call({ type: 'open', source });
        infoRef.current = i;
        setInfo(i);
        setUpdate(null);
        setError(null);
        return null;
      } catch (e) {
        const details = e instanceof EngineError ? e.details : [];
        return { message: (e as Error).message, details };
      } finally {
        setBusy(false);
      }
    },
    removeSave: async (name) => {
      await store.remove(name);
      await refreshSaves();
    },
    quit: () => {
      setUpdate(null);
      setNotice(null);
      void refreshSaves();
    },
    dismiss: () => {
      setError(null);
      setNotice(null);
    },
  };
  return [{ info, update, busy, error, notice, saves, updates }, actions];
}
