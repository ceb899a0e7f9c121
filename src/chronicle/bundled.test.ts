import { describe, expect, it } from 'vitest';
import { listBundledScenarios, loadScenarioDir } from '../node/scenario-dir';
import { playGame } from '../../test/chronicle-games';
import { buildChronicle, chronicleEntries } from './story/build';
import { escapeMarkdown } from './render/escape';
import { chronicleHtml } from './render/html';
import { chronicleMarkdown } from './render/markdown';

// Whether a bundled scenario loads is checked elsewhere; here, those that load must retell
// their source timeline when played canon.
describe.each(listBundledScenarios())('the canon chronicle of %s', (name) => {
  const r = loadScenarioDir(name);
  it.runIf(r.ok)('keeps to the source timeline, every dated canon event on its date', () => {
    if (!r.ok) return;
    const s = r.scenario;
    const ch = buildChronicle(s, playGame(s, 1));
    expect(ch.divergences).toEqual([]);
    const told = chronicleEntries(ch).filter((e) => e.kind === 'event');
    const canon = s.events.filter((e) => e.canon && e.date !== null);
    for (const e of canon) expect(told.find((t) => t.id === e.id)?.month, e.id).toBe(e.date);
    const ending = s.endings.find((e) => e.canon);
    if (ending) expect(ch.ending).toBe(ending.id);
    // every choice is told right after the event that asked for it, and dates never go back
    const entries = chronicleEntries(ch);
    entries.forEach((e, i) => {
      if (e.kind === 'choice') expect(entries[i - 1]?.id, `${e.id} on ${e.date}`).toBe(e.id);
      const next = entries[i + 1];
      if (next && next.month === e.month && e.day !== null && next.day !== null)
        expect(next.day, `${next.id} after ${e.id}`).toBeGreaterThanOrEqual(e.day);
    });
    expect(chronicleMarkdown(ch)).toContain(`\n# ${escapeMarkdown(ch.title)}\n`);
    expect(chronicleHtml(ch)).toContain('</html>');
  });
});
