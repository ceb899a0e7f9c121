// Terminal styling, only when writing to a terminal that accepts it; and text from outside
// (a scenario's texts, a save, an error quoting either) made printable, so that only this module's
// escapes ever reach the terminal.
const enabled = (): boolean =>
  Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb';

const wrap = (open: string, close: string) => (s: string) =>
  enabled() ? `\x1b[${open}m${s}\x1b[${close}m` : s;

export const bold = wrap('1', '22');
export const dim = wrap('2', '22');
export const red = wrap('31', '39');
export const green = wrap('32', '39');
export const yellow = wrap('33', '39');

/** Clears the screen between months, only on a terminal: piped output keeps every month. */
export function clearScreen(): void {
  if (process.stdout.isTTY) process.stdout.write('\x1b[2J\x1b[H');
  else process.stdout.write(`\n${'─'.repeat(72)}\n`);
}

/** Pads a string that may hold styling to a visible width. */
// eslint-disable-next-line no-control-regex
const visibleLength = (s: string): number => s.replace(/\x1b\[[0-9;]*m/g, '').length;

/** Pads a string that may hold styling to a visible width (on the left with `left`). */
export function pad(s: string, width: number, left = false): string {
  const fill = ' '.repeat(Math.max(0, width - visibleLength(s)));
  return left ? fill + s : s + fill;
}

/** A list joined with ` · `, wrapped between items only. */
export function wrapItems(
  prefix: string,
  items: readonly string[],
  indent: string,
  width = screenWidth(),
): string {
  const rows: string[] = [];
  let row = prefix;
  items.forEach((item, i) => {
    const piece = i < items.length - 1 ? `${item} · ` : item;
    if (
      row.trim() &&
      row !== prefix &&
      visibleLength(row) + visibleLength(piece.trimEnd()) > width
    ) {
      rows.push(row.trimEnd());
      row = indent;
    }
    row += piece;
  });
  rows.push(row);
  return rows.join('\n');
}

export const screenWidth = (): number =>
  Math.min(process.stdout.isTTY ? (process.stdout.columns ?? 80) : 80, 100);

/** Wraps prose to the terminal's width (80 when piped), indenting every line. */
export function wrapText(text: string, indent = '', width = screenWidth()): string {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/).filter(Boolean)) {
      if (line && indent.length + line.length + 1 + word.length > width) {
        out.push(indent + line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(indent + line);
  }
  return out.join('\n');
}

/** `text` with every control character but the line break shown, not obeyed: C0 controls as their
 *  Unicode pictures (ESC as ␛, BEL as ␇), DEL as ␡, C1 controls (which some terminals read as
 *  ESC + a letter) as �, and a tab as a space. A scenario's title can then neither set the
 *  window's title, nor colour, clear or move about the screen, nor write to the clipboard. */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/g, (c) => {
    const code = c.charCodeAt(0);
    if (c === '\t') return ' ';
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return code === 0x7f ? '\u2421' : '\ufffd';
  });
}
