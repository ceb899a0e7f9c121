// Lines typed by the player, or piped in. Never hangs: the end of input is an answer too.
import { createInterface, type Interface } from 'node:readline';

export interface Input {
  /** The next line, trimmed, or null when input has ended. */
  ask(prompt: string): Promise<string | null>;
  close(): void;
}

export function terminalInput(): Input {
  const tty = Boolean(process.stdin.isTTY);
  const rl: Interface = createInterface({
    input: process.stdin,
    output: tty ? process.stdout : undefined,
    terminal: tty,
  });
  // One iterator for the whole session: it buffers lines that arrive before they are asked for.
  const lines = rl[Symbol.asyncIterator]();
  let ended = false;
  // Ctrl-C ends input like Ctrl-D: the game then saves (with --save) and quits cleanly.
  rl.on('SIGINT', () => rl.close());
  return {
    async ask(prompt) {
      if (ended) return null;
      process.stdout.write(prompt);
      const next = await lines.next();
      if (next.done) {
        ended = true;
        process.stdout.write('\n');
        return null;
      }
      const line = String(next.value).trim();
      // Piped answers are not echoed by a terminal: echo them so the transcript reads well.
      if (!tty) process.stdout.write(`${line}\n`);
      return line;
    },
    close() {
      ended = true;
      rl.close();
    },
  };
}
