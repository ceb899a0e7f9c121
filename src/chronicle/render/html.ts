// The chronicle as a standalone HTML page with a little inline CSS. Every scenario text is
// escaped; points of divergence are asides marked ⟡.
import { escapeHtml as h, htmlParagraphs, withStop } from './escape';
import { repeatNote } from '../story/fold';
import { itemsOf, type Item } from '../story/items';
import { DIVERGENCE_MARK, type Chronicle, type ChronicleEntry, type SourceNote } from '../types';

const CSS = `
body { font: 17px/1.55 Georgia, 'Times New Roman', serif; max-width: 44em; margin: 2em auto; padding: 0 1em; color: #222; background: #fdfbf7; }
h1 { font-size: 2em; margin-bottom: .2em; }
h2 { border-bottom: 1px solid #ccc; margin-top: 2em; }
.summary { font-style: italic; color: #555; }
ol.entries { list-style: none; padding: 0; }
.entry { margin: .6em 0; }
.entry time { font-weight: bold; margin-right: .4em; }
.entry.ending { margin-top: 1.5em; font-size: 1.05em; }
.entry.death, .entry.exposed { color: #5a2a2a; }
aside.divergence { margin: .4em 0 .4em 1.2em; padding: .4em .8em; border-left: 3px solid #b5651d; background: #f6eadb; color: #5b3a1a; font-size: .95em; }
.entry.canon-missed aside.divergence { font-style: italic; }
.repeat { color: #777; font-size: .9em; }
.mark { color: #b5651d; font-weight: bold; margin-right: .3em; }
`.trim();

/** A date as `<time>`, with a machine-readable datetime. */
function time(e: ChronicleEntry): string {
  const year = Math.floor(e.month / 12);
  const month = String((e.month % 12) + 1).padStart(2, '0');
  const iso = `${String(year).padStart(4, '0')}-${month}${e.day ? `-${String(e.day).padStart(2, '0')}` : ''}`;
  return `<time datetime="${iso}">${h(e.date)}</time>`;
}

function aside(inner: string): string {
  return `<aside class="divergence"><span class="mark" aria-hidden="true">${DIVERGENCE_MARK}</span>${inner}</aside>`;
}

function sourceAside(e: ChronicleEntry, source: SourceNote): string {
  if (e.kind === 'ending')
    return aside(
      `<strong>In the source timeline, the story ended otherwise:</strong> <strong>${h(withStop(source.title))}</strong> ${htmlParagraphs(source.text).join('')}`,
    );
  return aside(
    `<strong>Point of divergence.</strong> In the source timeline: ${h(withStop(source.text))}`,
  );
}

/** How often a folded order or exposure happened in its act. */
function repeated(e: ChronicleEntry): string {
  return e.repeat ? ` <span class="repeat">(${h(repeatNote(e.repeat))})</span>` : '';
}

/** The inside of one item's `<li>`. */
function itemBody({ lead: e, choice }: Item): string {
  switch (e.kind) {
    case 'canon-missed': {
      const also = e.source ? ` ${h(withStop(e.source.text))}` : '';
      return aside(`In the source timeline, on ${time(e)}: ${h(withStop(e.text))}${also}`);
    }
    case 'ending':
      return `${time(e)} <strong>The end: ${h(withStop(e.title))}</strong>${htmlParagraphs(e.text).join('')}${e.source ? sourceAside(e, e.source) : ''}`;
    case 'event':
    case 'order': {
      const own = e.text === e.title ? '' : ` ${h(e.text)}`;
      const chosen = choice
        ? ` ${h(choice.text)}${choice.source ? sourceAside(choice, choice.source) : ''}`
        : '';
      return `${time(e)} <strong>${h(withStop(e.title))}</strong>${own}${chosen}${repeated(e)}`;
    }
    case 'choice':
      return `${time(e)} ${h(e.text)}${e.source ? sourceAside(e, e.source) : ''}`;
    case 'exposed':
    case 'death':
      return `${time(e)} ${h(e.text)}${repeated(e)}`;
  }
}

export function itemHtml(item: Item): string {
  const divergent = [item.lead, item.choice].some(
    (e) => e && (e.source !== null || e.kind === 'canon-missed'),
  );
  return `<li class="entry ${item.lead.kind}${divergent ? ' divergent' : ''}">${itemBody(item)}</li>`;
}

export function chronicleHtml(ch: Chronicle): string {
  const acts = ch.acts.map(
    (a) =>
      `<section class="act" id="act-${h(a.id)}">\n<h2>${h(a.title)}</h2>\n<ol class="entries">\n${itemsOf(a.entries).map(itemHtml).join('\n')}\n</ol>\n</section>`,
  );
  const lang = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*$/.test(ch.lang) ? ch.lang : 'en';
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="uchronia">`,
    `<title>${h(ch.title)}</title>`,
    `<style>\n${CSS}\n</style>`,
    '</head>',
    `<body data-scenario="${h(ch.scenario)}" data-seed="${ch.seed}" data-canon="${ch.canon}">`,
    '<article class="chronicle">',
    `<header><h1>${h(ch.title)}</h1><p class="summary">${h(ch.summary)}</p></header>`,
    ...acts,
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
