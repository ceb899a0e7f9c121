// Two chronicles of forks of one game as one Markdown table: a date column and a column for
// each game, rows aligned by date, the acts as divider rows, the fork marked ⟡.
import { compareChronicles, type AlignedRow } from '../canon/compare';
import { escapeMarkdown as md, withStop } from './escape';
import type { Item } from '../story/items';
import { repeatNote } from '../story/fold';
import { DIVERGENCE_MARK, type Chronicle, type ChronicleAct, type ChronicleEntry } from '../types';

export interface SideBySideOptions {
  /** Column headings; by default "A" and "B" with each game's ending. */
  readonly labels?: readonly [string, string];
}

/** One entry in a table cell: one line, no pipes, divergences marked. */
export function entryCell(e: ChronicleEntry): string {
  const repeated = e.repeat ? ` *(${md(repeatNote(e.repeat))})*` : '';
  const titled = `**${md(withStop(e.title))}**${e.text === e.title ? '' : ` ${md(e.text)}`}${repeated}`;
  switch (e.kind) {
    case 'canon-missed':
      return `${DIVERGENCE_MARK} *In the source timeline: ${md(withStop(e.text) + (e.source ? ` ${withStop(e.source.text)}` : ''))}*`;
    case 'choice':
      return `${md(e.text)}${e.source ? ` ${DIVERGENCE_MARK} *(source timeline: ${md(withStop(e.source.text))})*` : ''}`;
    case 'ending':
      return `**The end: ${md(withStop(e.title))}** ${md(e.text)}${e.source ? ` ${DIVERGENCE_MARK} *(source timeline: ${md(withStop(e.source.title))})*` : ''}`;
    case 'event':
    case 'order':
      return titled;
    case 'exposed':
    case 'death':
      return `${md(e.text)}${repeated}`;
  }
}

function label(ch: Chronicle, side: string): string {
  const ending = ch.acts.flatMap((a) => a.entries).find((e) => e.kind === 'ending');
  return `${side}: ${ending ? ending.title : 'goes on'}`;
}

/** The act a month belongs to, among the acts either chronicle tells. */
function actOf(acts: readonly ChronicleAct[], month: number): ChronicleAct | null {
  let found: ChronicleAct | null = null;
  for (const act of acts) if (act.from <= month && (!found || act.from > found.from)) found = act;
  return found ?? acts[0] ?? null;
}

function dateCell(row: AlignedRow, isFork: boolean): string {
  const da = row.a?.lead.date;
  const db = row.b?.lead.date;
  const date = da && db && da !== db ? `${da} / ${db}` : (da ?? db ?? '');
  return isFork ? `**${DIVERGENCE_MARK} ${md(date)}**` : md(date);
}

export function sideBySideMarkdown(
  a: Chronicle,
  b: Chronicle,
  opts: SideBySideOptions = {},
): string {
  const cmp = compareChronicles(a, b);
  const [la, lb] = opts.labels ?? [label(a, 'A'), label(b, 'B')];
  const out = [
    `# ${md(a.title)}: two forks`,
    '',
    `- **A**: ${md(a.summary)}`,
    `- **B**: ${md(b.summary)}`,
    '',
  ];
  if (!cmp.sameGame)
    out.push('*These chronicles are not of one game (scenario or seed differ).*', '');
  if (cmp.fork) {
    const { date, index } = cmp.fork;
    const shared =
      index === 0
        ? 'from the first entry'
        : `after ${index} shared ${index === 1 ? 'entry' : 'entries'}`;
    out.push(`The games part ways ${/^\d/.test(date) ? 'on' : 'in'} ${md(date)}, ${shared}.`, '');
  } else out.push('The two chronicles tell the same story.', '');
  out.push(`| Date | ${md(la)} | ${md(lb)} |`, '| --- | --- | --- |');
  const acts = [...new Map([...a.acts, ...b.acts].map((x) => [x.id, x])).values()];
  const forkRow = cmp.fork ? cmp.rows.find((r) => !r.same) : undefined;
  let act: ChronicleAct | null = null;
  for (const row of cmp.rows) {
    const here = actOf(acts, row.month);
    if (here && here !== act) {
      act = here;
      out.push(`| **${md(here.title)}** | | |`);
    }
    const cell = (i: Item | null) =>
      i ? [i.lead, ...(i.choice ? [i.choice] : [])].map(entryCell).join(' ') : '';
    out.push(`| ${dateCell(row, row === forkRow)} | ${cell(row.a)} | ${cell(row.b)} |`);
  }
  return `${out.join('\n')}\n`;
}
