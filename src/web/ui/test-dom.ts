// Component tests without a browser: Preact renders into linkedom's document.
import { parseHTML } from 'linkedom';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

const { document, window } = parseHTML('<!doctype html><html><body></body></html>');
const g = globalThis as Record<string, unknown>;
g.document ??= document;
g.window ??= window;
for (const k of [
  'Event',
  'KeyboardEvent',
  'MouseEvent',
  'HTMLElement',
  'Node',
  'SVGElement',
] as const)
  g[k] ??= (window as unknown as Record<string, unknown>)[k];
g.requestAnimationFrame ??= (f: () => void) => setTimeout(f, 0);

export function mount(vnode: ComponentChild): HTMLElement {
  const root = (globalThis.document as Document).createElement('div');
  (globalThis.document as Document).body.appendChild(root);
  act(() => render(vnode, root));
  return root;
}

export function click(el: Element | null): void {
  if (!el) throw new Error('nothing to click');
  act(
    () =>
      void el.dispatchEvent(
        new (globalThis.window as unknown as { Event: typeof Event }).Event('click', {
          bubbles: true,
        }),
      ),
  );
}

export const texts = (root: Element, selector: string): string[] =>
  [...root.querySelectorAll(selector)].map((e) => (e.textContent ?? '').trim());
