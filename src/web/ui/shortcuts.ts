// Keyboard shortcuts, ignored while the player types in a field.
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';

export type KeyMap = Readonly<Record<string, (() => void) | undefined>>;

export function keyFor(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>,
): string | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const t = e.target as { tagName?: string; getAttribute?(n: string): string | null } | null;
  const tag = t?.tagName?.toLowerCase();
  if (tag === 'input' || tag === 'select' || tag === 'textarea') return null;
  // Enter on a button or a map region means that control, not "end month".
  if (
    e.key === 'Enter' &&
    (tag === 'button' || tag === 'a' || t?.getAttribute?.('role') === 'button')
  )
    return null;
  return e.key.length === 1 ? e.key.toLowerCase() : e.key;
}

export function useShortcuts(keys: KeyMap): void {
  // The keys of the render last put on the page, taken as it is put there: a key pressed as
  // soon as a dialog shows finds the dialog's keys, not the screen's under it (an effect would
  // swap them only after the browser has painted, and a fast key comes in between).
  const current = useRef(keys);
  useLayoutEffect(() => {
    current.current = keys;
  }, [keys]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const k = keyFor(e);
      const run = k === null ? undefined : current.current[k];
      if (run) {
        e.preventDefault();
        run();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

export const SHORTCUT_HELP: readonly (readonly [string, string])[] = [
  ['E or Enter', 'End the month'],
  ['1–9', 'Pick an option in a decision'],
  ['U', 'Undo your last action'],
  ['M', 'Map'],
  ['R', 'Turn report'],
  ['C', 'Chronicle'],
  ['G', 'Charts'],
  ['W', 'What if'],
  ['B', 'Briefing: your aims, the endings, the glossary'],
  ['S', 'Game menu: save, export, load, settings'],
  ['?', 'This help'],
  ['Esc', 'Close'],
];
