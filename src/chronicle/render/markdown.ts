// The chronicle as a Markdown post: front matter, a title, a summary, then one section per act
// with one list item per entry. Points of divergence are quoted under their entry, marked ⟡.
import { escapeMarkdown as md, markdownParagraphs, withStop } from './escape';
import { repeatNote } from '../story/fold';
import { frontMatterOf, makeChronicleFrontMatter } from './front-matter';
import { itemsOf, type Item } from '../story/items';
import { DIVERGENCE_MARK, type Chronicle, type ChronicleEntry, type SourceNote } from '../types';

/** Where a choice or an ending leaves the canon: what the source timeline had instead. */
function sourceQuote(e: ChronicleEntry, source: SourceNote): string {
  if (e.kind === 'ending')
    return `> ${DIVERGENCE_MARK} **In the source timeline, the story ended otherwise:** **${md(withStop(source.title))}** ${md(source.text)}`;
  return `> ${DIVERGENCE_MARK} **Point of divergence.** In the source timeline: ${md(withStop(source.text))}`;
}

/** How often a folded order or exposure happened in its act. */
function repeated(e: ChronicleEntry): string {
  return e.repeat ? ` *(${md(repeatNote(e.repeat))}.)*` : '';
}

/** The lines of one item, as a list entry (continuation lines indented under it). */
export function itemMarkdown({ lead: e, choice }: Item): string[] {
  const date = `**${md(e.date)}** — `;
  switch (e.kind) {
    case 'canon-missed': {
      const also = e.source ? ` ${withStop(e.source.text)}` : '';
      return [
        `- ${DIVERGENCE_MARK} *In the source timeline, on ${md(e.date)}: ${md(withStop(e.text) + also)}*`,
      ];
    }
    case 'ending': {
      const lines = [`- ${date}**The end: ${md(withStop(e.title))}**`];
      for (const p of markdownParagraphs(e.text)) lines.push('', `  ${p}`);
      if (e.source) lines.push('', `  ${sourceQuote(e, e.source)}`);
      return lines;
    }
    case 'event':
    case 'order': {
      const own = e.text === e.title ? '' : ` ${md(e.text)}`;
      const chosen = choice ? ` ${md(choice.text)}` : '';
      const lines = [`- ${date}**${md(withStop(e.title))}**${own}${chosen}${repeated(e)}`];
      if (choice?.source) lines.push(`  ${sourceQuote(choice, choice.source)}`);
      return lines;
    }
    case 'choice': {
      const lines = [`- ${date}${md(e.text)}`];
      if (e.source) lines.push(`  ${sourceQuote(e, e.source)}`);
      return lines;
    }
    case 'exposed':
    case 'death':
      return [`- ${date}${md(e.text)}${repeated(e)}`];
  }
}

export function chronicleMarkdown(ch: Chronicle): string {
  const out = [
    makeChronicleFrontMatter(frontMatterOf(ch)),
    `# ${md(ch.title)}`,
    '',
    md(ch.summary),
  ];
  for (const act of ch.acts) {
    out.push('', `## ${md(act.title)}`, '');
    for (const item of itemsOf(act.entries)) out.push(...itemMarkdown(item));
  }
  return `${out.join('\n')}\n`;
}
