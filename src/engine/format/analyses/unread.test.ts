import { describe, expect, it } from 'vitest';
import { parseScenario, type ScenarioError } from '../../index';
import { miniFiles, replaceOnce, withEdit } from '../../../../test/helpers';

const unread = (files = miniFiles()): string[] => {
  const r = parseScenario(files);
  const all: ScenarioError[] = r.ok ? r.warnings : r.errors;
  return all
    .filter((w) => w.code === 'W_UNREAD_FIGURE')
    .map((w) => `${w.file}:${w.line}:${w.col} ${w.message}`);
};

describe('figures no rule reads', () => {
  it('are none in the fixture', () => {
    expect(unread()).toEqual([]);
  });

  it('are warned of where they are declared: a flag, a character, a tag, a derived figure', () => {
    const files = withEdit('scenario.yaml', (t) =>
      replaceOnce(
        replaceOnce(
          replaceOnce(
            t,
            '  - { id: reform, initial: false }',
            '  - { id: reform, initial: false }\n  - { id: idle }',
          ),
          '  - { id: leader, faction: red, born: 1850-03-15, health: 30 }',
          '  - { id: leader, faction: red, born: 1850-03-15, health: 30 }\n  - { id: poet, born: 1860-01-01, health: 80 }',
        ),
        'tags: [rural]',
        'tags: [rural, hills]',
      ),
    );
    expect(
      unread(withEdit('scenario.yaml', () => files.find((f) => f.path === 'scenario.yaml')!.text)),
    ).toEqual([
      expect.stringMatching(/^scenario.yaml:\d+:\d+ flag `idle` is read by no rule$/),
      expect.stringMatching(/^scenario.yaml:\d+:\d+ tag `hills` is read by no rule$/),
      expect.stringMatching(/^scenario.yaml:\d+:\d+ character `poet` is read by no rule$/),
    ]);
    // the only reader of `outlook` (and so of `strength`) is the collapse event
    const orphans = unread(
      withEdit('events/main.yaml', (t) => replaceOnce(t, ' or outlook < 0', '')),
    );
    expect(orphans.map((w) => w.replace(/^\S+ /, ''))).toEqual([
      'derived figure `strength` is read by no rule',
      'derived figure `outlook` is read by no rule',
    ]);
  });

  it('count a track read only by its own drift as unread', () => {
    const files = withEdit('scenario.yaml', (t) =>
      replaceOnce(
        t,
        '      - { id: recruits, value: 3 }',
        '      - { id: recruits, when: "spies < 40", value: 3 }',
      ),
    );
    expect(unread(files)).toEqual([]); // spies is paid for by an order: read
    const unpaid = withEdit('orders.yaml', (t) => replaceOnce(t, 'cost: { spies: 5 }', 'cost: {}'));
    const both = unpaid.map((f) =>
      f.path === 'scenario.yaml' ? files.find((g) => g.path === f.path)! : f,
    );
    expect(unread(both).map((w) => w.replace(/^\S+ /, ''))).toEqual([
      'track `spies` is read by no rule',
    ]);
  });
});
