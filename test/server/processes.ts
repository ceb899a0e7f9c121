// Server processes for the tests that kill them.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface Child {
  readonly url: string;
  readonly proc: ChildProcess;
  readonly rebuilt: number;
  /** Sends a line and waits for the answer line. */
  ask(line: string): Promise<string>;
  kill9(): Promise<void>;
}

const CHILD = new URL('./child.ts', import.meta.url).pathname;

export async function spawnServer(db: string, name: string, clockStart: number): Promise<Child> {
  const proc = spawn(process.execPath, ['--import', 'tsx', CHILD, db, name, String(clockStart)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: proc.stdout! });
  const queue: string[] = [];
  const waiters: ((l: string) => void)[] = [];
  lines.on('line', (l) => {
    const w = waiters.shift();
    if (w) w(l);
    else queue.push(l);
  });
  const nextLine = () =>
    new Promise<string>((resolve, reject) => {
      const q = queue.shift();
      if (q !== undefined) return resolve(q);
      waiters.push(resolve);
      proc.once('exit', (code) => reject(new Error(`server ${name} exited (${code})`)));
    });
  const first = await nextLine();
  const m = /^listening (\S+) rebuilt (\d+)$/.exec(first);
  if (!m) throw new Error(`server ${name} said ${first}`);
  return {
    url: m[1]!,
    proc,
    rebuilt: Number(m[2]),
    ask(line) {
      proc.stdin!.write(`${line}\n`);
      return nextLine();
    },
    kill9: () =>
      new Promise((resolve) => {
        if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
        proc.once('exit', () => resolve());
        proc.kill('SIGKILL');
      }),
  };
}
