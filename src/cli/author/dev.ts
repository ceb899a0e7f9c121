// `uchronia dev <dir>`: the browser game on an author's scenario folder, served by Vite, reloaded
// when a file is saved and resumed at the same point while its replay still fits.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { packageRoot } from '../../node/package-root';
import { resolveScenarioDir } from '../../node/scenario-dir';
import { CliError, fail } from '../fail';
import { GRAPH_PATH, uchroniaDev } from './dev-plugin';

export interface DevServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Starts the dev server on `dir` (port 0: any free port). */
export async function startDev(
  dir: string,
  port: number,
  address = '127.0.0.1',
): Promise<DevServer> {
  const root = packageRoot();
  const scenario = resolveScenarioDir(dir);
  if (!existsSync(join(scenario, 'scenario.yaml')))
    fail(`no scenario.yaml in ${scenario}`, 'start one with: uchronia new <dir>');
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    fail('uchronia dev needs Vite, a development dependency: run `npm install` in the package');
  }
  const server = await vite.createServer({
    root,
    configFile: join(root, 'vite.config.ts'),
    plugins: [uchroniaDev(scenario, root)],
    define: { 'import.meta.env.VITE_UCHRONIA_DEV': JSON.stringify('1') },
    server: { port, host: address, strictPort: port !== 0, open: false },
    clearScreen: false,
    logLevel: 'warn',
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0] ?? `http://${address}:${port}/`;
  return { url, close: () => server.close() };
}

function portOption(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError('a port is a whole number from 0 to 65535');
  return n;
}

export const devCommand = new Command('dev')
  .description(
    'play a scenario folder in the browser while writing it: reloaded on every save, at the same point while its replay still fits; errors shown over the page',
  )
  .argument('<dir>', 'the scenario folder')
  .option('--port <n>', 'the port to listen on', portOption, 5173)
  .option('--address <ip>', 'the address to listen on', '127.0.0.1')
  .action(async (dir: string, opts: { port: number; address: string }) => {
    let server: DevServer;
    try {
      server = await startDev(resolve(dir), opts.port, opts.address);
    } catch (e) {
      if (e instanceof CliError) throw e;
      throw new CliError(`cannot start the dev server: ${(e as Error).message}`);
    }
    process.stdout.write(
      `Playing ${dir} at ${server.url}\n  the event graph: ${server.url.replace(/\/$/, '')}${GRAPH_PATH}\n  save a file to reload; Ctrl-C to stop\n`,
    );
    const stop = () => void server.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
