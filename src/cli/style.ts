// Terminal styling, only when writing to a terminal that accepts it.
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
  if (process.stdout.isTTY) process.stdout.write('\x1b[2J\x1b[3J\x1b[H');
  else process.stdout.write(`\n${'─'.repeat(72)}\n`);
}

/** Pads a string that may hold styling to a visible width. */
export function pad(s: string, width: number): string {
  // eslint-disable-next-line no-control-regex
  const visible = s.replace(/\x1b\[[0-9;]*m/g, '').length;
  return s + ' '.repeat(Math.max(0, width - visible));
}

/** Wraps prose to the terminal's width (80 when piped), indenting every line. */
export function wrapText(
  text: string,
  indent = '',
  width = Math.min(process.stdout.columns ?? 80, 100),
): string {
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
