import { describe, expect, it } from 'vitest';
import { parseScenario, parseScenarioWith, type CheckedStore } from './load';
import { stateHash } from '../game/save';
import { initialState } from '../rules/state';
import { miniFiles, replaceOnce, withEdit } from '../../../test/helpers';

function memoryStore(): CheckedStore & { entries: Map<string, string>; sets: number } {
  const entries = new Map<string, string>();
  return {
    entries,
    sets: 0,
    get: (key) => entries.get(key),
    set(key, text) {
      this.sets++;
      entries.set(key, text);
    },
  };
}

// a warning the checker locates in a file: a text no rule uses
const withUnusedText = () =>
  withEdit('texts/en.yaml', (t) =>
    replaceOnce(
      t,
      '  collapse: { title: Collapse, body: It falls. }',
      '  collapse: { title: Collapse, body: It falls. }\n  colapse: { title: x }',
    ),
  );

describe('a store of checked scenarios', () => {
  it('keeps a scenario that loads, and loads it from the store the next time', () => {
    const store = memoryStore();
    const first = parseScenarioWith(miniFiles(), store);
    expect(first.ok).toBe(true);
    expect(store.sets).toBe(1);
    // What is stored is what is read: an entry changed behind the loader's back shows through,
    // so the second load did not read the files' YAML.
    const [key, text] = [...store.entries][0]!;
    store.entries.set(key, text.replace('"title":"Mini"', '"title":"Stored"'));
    const second = parseScenarioWith(miniFiles(), store);
    expect(store.sets).toBe(1);
    expect(second.ok && second.scenario.texts.en!['scenario.title']).toBe('Stored');
  });

  it('gives the same scenario, warnings and all, as a load without it', () => {
    const store = memoryStore();
    const plain = parseScenario(withUnusedText());
    parseScenarioWith(withUnusedText(), store);
    const stored = parseScenarioWith(withUnusedText(), store);
    expect(plain.ok && stored.ok).toBe(true);
    if (!plain.ok || !stored.ok) return;
    expect(stored.warnings).toEqual(plain.warnings);
    expect(stored.warnings.map((w) => w.code)).toEqual(['W_UNUSED_TEXT']);
    expect(stored.warnings[0]!.line).toBeGreaterThan(1);
    expect(stateHash(initialState(stored.scenario, 3))).toBe(
      stateHash(initialState(plain.scenario, 3)),
    );
    expect(stored.scenario.contentHash).toBe(plain.scenario.contentHash);
  });

  it('ignores and replaces an entry that is not JSON, or not of the files it is kept for', () => {
    for (const bad of ['{', 'null', '{"files":[]}', '{"files":[{"path":"x","value":1}]}']) {
      const store = memoryStore();
      parseScenarioWith(miniFiles(), store);
      const [key] = [...store.entries.keys()];
      store.entries.set(key!, bad);
      const r = parseScenarioWith(miniFiles(), store);
      expect(r.ok).toBe(true);
      expect(store.sets).toBe(2);
    }
  });

  it('never keeps a scenario with errors, and tells them as a load without it does', () => {
    const store = memoryStore();
    const broken = withEdit('texts/en.yaml', (t) =>
      replaceOnce(
        t,
        '  collapse: { title: Collapse, body: It falls. }',
        '  collapse: { title: x }',
      ),
    );
    const r = parseScenarioWith(broken, store);
    expect(r.ok).toBe(false);
    expect(store.sets).toBe(0);
    expect(r).toEqual(parseScenario(broken));
  });
});
