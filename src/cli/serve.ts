// `uchronia serve`: the multiplayer server, and the built game when there is one, in one process.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { packageRoot } from '../node/package-root';
import { CliError } from './fail';

function port(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError('a port is a whole number from 0 to 65535');
  return n;
}

export const serveCommand = new Command('serve')
  .description('serve the game and the multiplayer server (an embedded SQLite database by default)')
  .option('--port <n>', 'the port to listen on', port, 4173)
  .option('--address <ip>', 'the address to listen on (0.0.0.0 for every interface)', '127.0.0.1')
  .option('--db <url>', 'sqlite:PATH or postgres://user@host:port/db', 'sqlite:data/uchronia.db')
  .option('--static <dir>', 'the built game to serve (default: dist/web of the package, if built)')
  .action(async (opts: { port: number; address: string; db: string; static?: string }) => {
    const db = opts.db.startsWith('sqlite:')
      ? `sqlite:${resolve(opts.db.slice('sqlite:'.length))}`
      : opts.db;
    const staticDir = resolve(opts.static ?? join(packageRoot(), 'dist/web'));
    // loaded only when serving: the other commands start without the server's libraries
    const { startServer } = await import('../server');
    let server;
    try {
      server = await startServer({
        db,
        port: opts.port,
        address: opts.address,
        staticDir,
      });
    } catch (e) {
      throw new CliError(`cannot start the server: ${(e as Error).message}`);
    }
    const where = server.url.replace('127.0.0.1', 'localhost');
    process.stdout.write(
      `Uchronia at ${where}/ (${server.rebuilt} live matches resumed; database ${opts.db})\n` +
        (existsSync(staticDir) ? '' : `  no built game in ${staticDir}: run \`npm run build\`\n`),
    );
    const stop = () => {
      void server.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
