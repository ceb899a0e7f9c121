import { describe, expect, it, vi } from 'vitest';
import { click, mount, texts } from '../ui/test-dom';
import type { GlossaryEntry } from '../protocol';
import { EndingWarnings } from './ending-warnings';
import { Linked } from './linked';

const glossary: GlossaryEntry[] = [
  { id: 'region.mexico_city', kind: 'place', name: 'Mexico City', text: 'The capital.' },
  { id: 'faction.mexico', kind: 'side', name: 'Mexico', text: 'The republic.' },
  { id: 'character.trotsky', kind: 'person', name: 'Leon Trotsky', text: 'The Old Man.' },
];

describe('names linked to the glossary', () => {
  it('links the first mention of each, the longest name first, and opens its entry', () => {
    const onTerm = vi.fn();
    const root = mount(
      <p>
        <Linked
          text="Leon Trotsky speaks in Mexico City; Mexico listens, and Mexicans cheer Leon Trotsky."
          glossary={glossary}
          onTerm={onTerm}
        />
      </p>,
    );
    expect(texts(root, 'button.term')).toEqual(['Leon Trotsky', 'Mexico City', 'Mexico']);
    expect(root.textContent).toBe(
      'Leon Trotsky speaks in Mexico City; Mexico listens, and Mexicans cheer Leon Trotsky.',
    );
    click(root.querySelectorAll('button.term')[1]!);
    expect(onTerm).toHaveBeenCalledWith('region.mexico_city');
  });
});

describe('an ending is near', () => {
  it('shows each warning with its ending, and nothing when none holds', () => {
    const onBriefing = vi.fn();
    const root = mount(
      <EndingWarnings
        warnings={[{ title: 'The Republic Falls', text: 'A fourth lost province…', good: false }]}
        onBriefing={onBriefing}
      />,
    );
    expect(texts(root, '.warnings p strong')).toEqual(['▼ An ending is near: The Republic Falls.']);
    click(root.querySelector('button.link'));
    expect(onBriefing).toHaveBeenCalled();
    expect(mount(<EndingWarnings warnings={[]} onBriefing={onBriefing} />).innerHTML).toBe('');
  });
});
