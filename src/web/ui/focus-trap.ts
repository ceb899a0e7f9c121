// A modal dialog keeps the keyboard: focus goes into it when it opens, Tab and Shift+Tab cycle
// within it, and focus that strays outside (a click on the page behind) is brought back.
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
}

/** Traps focus in `ref` while it is mounted; `first` is focused on opening, else the first
 *  control. `key` changes (a new decision) focus it again. */
export function useFocusTrap(
  ref: RefObject<HTMLElement | null>,
  key: unknown,
  first?: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const start = () => {
      const target = first?.current ?? focusables(root)[0] ?? root;
      if (!root.contains(document.activeElement) || document.activeElement === root) target.focus();
    };
    start();
    // A dialog opened over this one (a question it asks) keeps the keyboard until it closes.
    const inOther = (el: unknown) =>
      el instanceof Element && !root.contains(el) && el.closest('[aria-modal="true"]') !== null;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Tab' || inOther(document.activeElement)) return;
      const list = focusables(root);
      if (list.length === 0) return e.preventDefault();
      const i = list.indexOf(document.activeElement as HTMLElement);
      const next = e.shiftKey
        ? list[i <= 0 ? list.length - 1 : i - 1]!
        : list[i < 0 || i === list.length - 1 ? 0 : i + 1]!;
      e.preventDefault();
      next.focus();
    };
    const onFocusIn = (e: FocusEvent) => {
      if (e.target instanceof Node && !root.contains(e.target) && !inOther(e.target)) start();
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('focusin', onFocusIn);
    };
  }, [ref, key]);
}
