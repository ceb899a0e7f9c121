// The chronicle, when the chronicle module is there; and Markdown shown as plain terminal text.
import type { GameState, Scenario } from '../engine';

interface ChronicleApi {
  buildChronicle(scenario: Scenario, state: GameState, options?: { viewer?: string; lang?: string }): unknown;
  chronicleMarkdown(chronicle: unknown): string;
  chronicleHtml(chronicle: unknown): string;
}

/** The chronicle module, or null while it is not written yet. Other import failures propagate. */
export async function loadChronicle(): Promise<ChronicleApi | null> {
  const specifier = '../chronicle/index.ts';
  try {
    return (await import(specifier)) as ChronicleApi;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('chronicle')) return null;
    throw e;
  }
}

/** Markdown as a terminal shows it: headings underlined, emphasis and link syntax removed. */
export function plainMarkdown(md: string): string {
  const out: string[] = [];
  let lines = md.split('\n');
  // Front matter (the chronicle's data for tools) is not for reading.
  if (lines[0]?.trim() === '---') {
    const end = lines.indexOf('---', 1);
    if (end > 0) lines = lines.slice(end + 1);
  }
  for (const raw of lines) {
    const heading = /^(#{1,6})\s+(.*)$/.exec(raw);
    const line = inline(heading ? heading[2]! : raw);
    if (heading) {
      if (out.length && out[out.length - 1] !== '') out.push('');
      out.push(heading[1]!.length <= 2 ? line.toUpperCase() : line, (heading[1]!.length <= 2 ? '=' : '-').repeat(line.length));
    } else if (/^(-{3,}|\*{3,})$/.test(raw.trim())) out.push('');
    else out.push(line.replace(/^(\s*)[-*+]\s+/, '$1• '));
  }
  return out.join('\n');
}

function inline(s: string): string {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/__([^_]+)__/g, '$1')
    .replace(/(^|[^\w*])\*([^*\s][^*]*)\*/g, '$1$2')
    .replace(/(^|\W)_([^_\s][^_]*)_(?=\W|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/<\/?[a-z][^>]*>/g, '');
}
