import { describe, expect, it } from 'vitest';
import { loadMini } from '../../../test/helpers';
import { playGame } from '../../../test/chronicle-games';
import { buildChronicle, chronicleEntries } from '../story/build';
import { compareChronicles, entryKey } from './compare';
import type { Item } from '../story/items';
import { sideBySideMarkdown } from '../render/side-by-side';

const mini = loadMini();
const canon = buildChronicle(mini, playGame(mini, 1));
const refused = buildChronicle(mini, playGame(mini, 1, { reform_debate: 'refuse' }));

describe('compareChronicles', () => {
  it('finds where two forks of one game part ways', () => {
    const cmp = compareChronicles(canon, refused);
    expect(cmp.sameGame).toBe(true);
    expect(cmp.fork).toMatchObject({
      date: '10 March 1900',
      a: { kind: 'choice', option: 'accept' },
      b: { kind: 'choice', option: 'refuse' },
    });
    const [a, b] = [chronicleEntries(canon), chronicleEntries(refused)];
    const n = cmp.fork!.index;
    expect(a.slice(0, n).map(entryKey)).toEqual(b.slice(0, n).map(entryKey));
    expect(a.slice(0, n).map((e) => e.id)).toContain('reform_debate'); // the event itself is shared
  });

  it('aligns every entry of both, month by month, equal entries on the same row', () => {
    const cmp = compareChronicles(canon, refused);
    const side = (i: Item | null) => (i ? [i.lead, ...(i.choice ? [i.choice] : [])] : []);
    expect(cmp.rows.flatMap((r) => side(r.a))).toEqual(chronicleEntries(canon));
    expect(cmp.rows.flatMap((r) => side(r.b))).toEqual(chronicleEntries(refused));
    for (const r of cmp.rows) {
      for (const e of [...side(r.a), ...side(r.b)]) expect(e.month).toBe(r.month);
      expect(r.same).toBe(
        !!r.a && !!r.b && side(r.a).map(entryKey).join() === side(r.b).map(entryKey).join(),
      );
    }
    const months = cmp.rows.map((r) => r.month);
    expect(months).toEqual([...months].sort((x, y) => x - y));
    const fork = cmp.rows.find((r) => !r.same)!;
    expect([fork.a?.lead.id, fork.a?.choice?.text, fork.b?.choice?.text]).toEqual([
      'reform_debate',
      'Reform was accepted.',
      'Reform was refused.',
    ]);
    expect(cmp.rows.filter((r) => r.same).map((r) => r.a!.lead.id)).toContain('ultimatum');
  });

  it('finds nothing between a chronicle and itself, and tells apart different games', () => {
    const same = compareChronicles(canon, canon);
    expect(same.fork).toBeNull();
    expect(same.rows.every((r) => r.same)).toBe(true);
    expect(compareChronicles(canon, buildChronicle(mini, playGame(mini, 2))).sameGame).toBe(false);
  });
});

describe('sideBySideMarkdown', () => {
  it('sets the two games in two columns, aligned by date, the fork marked', () => {
    const md = sideBySideMarkdown(canon, refused);
    expect(md).toContain(
      '| Date | A: Blue strikes | B: Blue strikes |\n| --- | --- | --- |\n| **The Opening** | | |\n',
    );
    expect(md).toContain(
      '| 5 January 1900 | **Founding.** The republic was founded. | **Founding.** The republic was founded. |',
    );
    expect(md).toContain(
      '| **⟡ 10 March 1900** | **Reform.** Reform was accepted. | **Reform.** Reform was refused. ⟡ *(source timeline: Reform was accepted.)* |',
    );
    expect(md).toContain('The games part ways on 10 March 1900');
    expect(md.indexOf('| **The Crisis** | | |')).toBeGreaterThan(md.indexOf('10 March 1900 |'));
    const rows = md.split('\n').filter((l) => l.startsWith('| '));
    expect(rows.every((l) => l.replace(/\\\|/g, '').split('|').length === 5)).toBe(true);
  });

  it('takes column labels', () => {
    expect(sideBySideMarkdown(canon, refused, { labels: ['History', 'Fork | 1'] })).toContain(
      '| Date | History | Fork \\| 1 |',
    );
  });
});
