// Under `uchronia dev`, a page reloaded because a scenario file was saved resumes its autosave:
// the worker replays it on the edited scenario, so the game stays at the same point while its
// replay still fits (and says where it stopped fitting otherwise). Outside dev mode it does
// nothing: the flag is replaced at build time, and the production bundle drops this code.
import { useEffect, useRef } from 'preact/hooks';
import { AUTOSAVE, type StoredSave } from '../store';

export const DEV_MODE: boolean = import.meta.env.VITE_UCHRONIA_DEV === '1';

export function useDevResume(
  playing: boolean,
  saves: readonly StoredSave[],
  loadStored: (name: string) => Promise<void>,
): void {
  const tried = useRef(false);
  useEffect(() => {
    if (!DEV_MODE || tried.current || playing) return;
    if (!saves.some((s) => s.name === AUTOSAVE)) return;
    // Once per page: quitting to the title screen afterwards stays there.
    tried.current = true;
    void loadStored(AUTOSAVE);
  }, [playing, saves]);
}
