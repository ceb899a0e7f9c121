// Markdown (the chronicle's) shown as plain terminal text.

/** Markdown as a terminal shows it: headings underlined, emphasis and link syntax removed. */
export function plainMarkdown(md: string, width = 80): string {
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
      const level = heading[1]!.length;
      out.push(
        level === 1 ? line.toUpperCase() : line,
        (level === 1 ? '=' : '-').repeat(line.length),
      );
    } else if (/^(-{3,}|\*{3,})$/.test(raw.trim())) out.push('');
    else out.push(line.replace(/^(\s*)[-*+]\s+/, '$1• ').replace(/^(\s*)>\s?/, '$1  │ '));
  }
  return out
    .map((l) => wrapLine(l, width))
    .join('\n')
    .replace(/^\n+/, '');
}

/** Wraps a long line, continuing under its text (after any bullet or quote bar). */
function wrapLine(line: string, width: number): string {
  if (line.length <= width) return line;
  const lead = /^(\s*(?:• |│ )*)/.exec(line)![1]!;
  const indent = ' '.repeat(lead.length);
  const rows: string[] = [];
  let row = lead;
  for (const word of line.slice(lead.length).split(' ')) {
    if (row.trim() && row.length + 1 + word.length > width) {
      rows.push(row);
      row = indent + word;
    } else row = row === lead || row === indent ? row + word : `${row} ${word}`;
  }
  rows.push(row);
  return rows.join('\n');
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
    .replace(/<\/?[a-z][^>]*>/g, '')
    .replace(/\\([\\`*_[\]<>|~&#+=.)!-])/g, '$1');
}
