// Runs the `uchronia` command as a child process, the way users run it.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `uchronia …args`, killed after `timeoutMs`, with `input` piped to its standard input. */
export function runCli(args: readonly string[], timeoutMs = 30_000, input = ''): Promise<CliRun> {
  return new Promise((done, failed) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/uchronia.js'), ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', failed);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
    child.stdin.end(input);
  });
}
