// Scenario texts are plain text written by modders: before they go into Markdown or HTML they are
// escaped, so that no text can inject markup (or a script) into a published chronicle.

const HTML: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML[c]!);
}

/** Plain text as one line of inline Markdown: characters that make emphasis, code, links, tables
 *  or raw HTML are backslash-escaped; `&` only where it would start an entity; newlines fold. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/&(?=#?\w+;)/g, '\\&');
}

/** Plain text as Markdown paragraphs (split on blank lines), none of which may start a heading,
 *  a list or a quote. */
export function markdownParagraphs(s: string): string[] {
  return s
    .split(/\n\s*\n/)
    .map((p) => escapeMarkdown(p.trim()))
    .filter((p) => p !== '')
    .map((p) => p.replace(/^([#+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2'));
}

/** Plain text as HTML paragraphs (split on blank lines). */
export function htmlParagraphs(s: string): string[] {
  return s
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${escapeHtml(p)}</p>`);
}

/** A sentence ends with a stop: titles used as sentences get one. */
export function withStop(s: string): string {
  return /[.!?…:;]["'”’)]*$/.test(s.trim()) ? s : `${s}.`;
}
