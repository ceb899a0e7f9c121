import { describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '../../engine';
import { loadMini, replaceOnce, withEdit } from '../../../test/helpers';
import { playGame } from '../../../test/chronicle-games';
import { buildChronicle } from '../story/build';
import { escapeMarkdown } from './escape';
import { chronicleHtml } from './html';
import { chronicleMarkdown } from './markdown';

const mini = loadMini();

function variant(edit: (t: string) => string): Scenario {
  const r = parseScenario(withEdit('texts/en.yaml', edit));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

const HOSTILE = '<script>alert("x")</script> & <b>bold</b>';
const hostile = variant((t) => {
  t = replaceOnce(t, 'chronicle: The republic was founded.', `chronicle: '${HOSTILE}'`);
  t = replaceOnce(
    t,
    'refuse: { label: Refuse, chronicle: Reform was refused. }',
    `refuse: { label: Refuse, chronicle: "<img src=x onerror=alert(1)>" }`,
  );
  return replaceOnce(t, 'crisis: { title: The Crisis }', 'crisis: { title: "</h2><script>" }');
});

describe('chronicleMarkdown', () => {
  it('tells a canon game act by act, an event and its choice as one item, without marks', () => {
    const md = chronicleMarkdown(buildChronicle(mini, playGame(mini, 1)));
    expect(md).toContain('\n# Mini\n\nSeed 1. The game kept to the source timeline.');
    expect(md.indexOf('## The Opening')).toBeLessThan(md.indexOf('## The Crisis'));
    expect(md).toContain('- **5 January 1900** — **Founding.** The republic was founded.\n');
    expect(md).toContain('- **10 March 1900** — **Reform.** Reform was accepted.\n');
    expect(md).toContain('- **20 January 1901** — **Ultimatum.** Blue struck.\n');
    expect(md).toContain(
      '- **January 1901** — **The end: Blue strikes.**\n\n  The leader is dead.\n',
    );
    expect(md).not.toContain('⟡');
  });

  it('marks a point of divergence under its choice, with the canon option', () => {
    const md = chronicleMarkdown(
      buildChronicle(mini, playGame(mini, 1, { reform_debate: 'refuse' })),
    );
    expect(md).toContain(
      '- **10 March 1900** — **Reform.** Reform was refused.\n  > ⟡ **Point of divergence.** In the source timeline: Reform was accepted.\n',
    );
  });

  it('escapes scenario texts so that they cannot inject markup', () => {
    const md = chronicleMarkdown(
      buildChronicle(hostile, playGame(hostile, 1, { reform_debate: 'refuse' })),
    );
    expect(md).not.toMatch(/(?<!\\)<(script|img|b>|\/)/); // every < is backslash-escaped
    expect(md).toContain('\\<script\\>alert("x")\\</script\\> & \\<b\\>bold\\</b\\>');
    expect(escapeMarkdown('a *b* [c](d) `e` | f_g &amp; h\ni')).toBe(
      'a \\*b\\* \\[c\\](d) \\`e\\` \\| f\\_g \\&amp; h i',
    );
  });
});

describe('chronicleHtml', () => {
  it('is a standalone document with inline CSS and the acts as sections', () => {
    const html = chronicleHtml(buildChronicle(mini, playGame(mini, 1)));
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<style>[^<]*aside\.divergence[^<]*<\/style>/);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).toContain('<h2>The Opening</h2>');
    expect(html).toContain(
      '<li class="entry event"><time datetime="1900-01-05">5 January 1900</time> <strong>Founding.</strong> The republic was founded.</li>',
    );
    expect(html).not.toContain('class="entry event divergent"');
    expect(html).not.toContain('<aside');
  });

  it('sets a point of divergence apart in a marked aside', () => {
    const html = chronicleHtml(
      buildChronicle(mini, playGame(mini, 1, { reform_debate: 'refuse' })),
    );
    expect(html).toContain(
      '<li class="entry event divergent"><time datetime="1900-03-10">10 March 1900</time> <strong>Reform.</strong> Reform was refused.<aside class="divergence"><span class="mark" aria-hidden="true">⟡</span><strong>Point of divergence.</strong> In the source timeline: Reform was accepted.</aside></li>',
    );
    expect(html).toContain('data-canon="false"');
  });

  it('escapes every scenario text', () => {
    const html = chronicleHtml(
      buildChronicle(hostile, playGame(hostile, 1, { reform_debate: 'refuse' })),
    );
    expect(html).not.toMatch(/<script|<img|<b>|<\/h2><script/);
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;',
    );
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<h2>&lt;/h2&gt;&lt;script&gt;</h2>');
  });
});

describe('the source timeline in both renderings', () => {
  const r = parseScenario(
    withEdit('events/main.yaml', (t) =>
      replaceOnce(t, 'months_since(founding) > 6"', 'months_since(founding) > 6 and reform"'),
    ),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const ch = buildChronicle(r.scenario, playGame(r.scenario, 1, { reform_debate: 'refuse' }));

  it('notes a missed canon event on its date, and the canon ending', () => {
    const md = chronicleMarkdown(ch);
    expect(md).toContain(
      '- ⟡ *In the source timeline, on 20 January 1901: Ultimatum. Blue struck.*\n',
    );
    expect(md).toMatch(
      /  > ⟡ \*\*In the source timeline, the story ended otherwise:\*\* \*\*Blue strikes\.\*\* The leader is dead\.\n$/,
    );
    const html = chronicleHtml(ch);
    expect(html).toContain(
      '<li class="entry canon-missed divergent"><aside class="divergence"><span class="mark" aria-hidden="true">⟡</span>In the source timeline, on <time datetime="1901-01-20">20 January 1901</time>: Ultimatum. Blue struck.</aside></li>',
    );
    expect(html).toMatch(
      /<li class="entry ending divergent">.*<aside class="divergence">.*the story ended otherwise:<\/strong> <strong>Blue strikes\.<\/strong> <p>The leader is dead\.<\/p><\/aside><\/li>/,
    );
  });
});
