import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { mount } from './test-dom';
import { useShortcuts, type KeyMap } from './shortcuts';

function Keys({ keys }: { keys: KeyMap }) {
  useShortcuts(keys);
  return <p>keys</p>;
}

const press = (key: string) =>
  window.dispatchEvent(Object.assign(new window.Event('keydown'), { key }) as KeyboardEvent);

describe('keyboard shortcuts', () => {
  it('answers a key pressed right after a new screen shows with that screen’s keys', () => {
    const screen = vi.fn();
    const dialog = vi.fn();
    const root = mount(<Keys keys={{ e: screen }} />);
    press('e');
    expect(screen).toHaveBeenCalledTimes(1);
    // a dialog opens: its render is on the page; the browser has not painted yet, and the key
    // comes before it does (no `act`, so no effect has run)
    render(<Keys keys={{ x: dialog }} />, root);
    press('e');
    press('x');
    expect(screen).toHaveBeenCalledTimes(1);
    expect(dialog).toHaveBeenCalledTimes(1);
    act(() => render(null, root));
    press('x');
    expect(dialog).toHaveBeenCalledTimes(1);
  });
});
