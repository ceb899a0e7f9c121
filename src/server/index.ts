// Starts a server: the database, the matches' authority, and the HTTP/WebSocket front.
import type { FastifyInstance } from 'fastify';
import type { Scenario } from '../engine';
import { listBundledScenarios, loadScenarioDir, resolveScenarioDir } from '../node/scenario-dir';
import { botsHere, botThreads, defaultBotThreads } from './bots/bots';
import { buildApp } from './http/app';
import { postgresBus } from './bus';
import type { Clock } from './clock';
import { connect, type Connection } from './db/connect';
import { Host, type BrokenMatch } from './host/host';

export { TestClock, type Clock } from './clock';
export { Host } from './host/host';

export interface ServerOptions {
  /** `sqlite:PATH` or `postgres://…`. */
  readonly db: string;
  readonly port?: number;
  readonly address?: string;
  /** Scenario folders by id; the bundled scenarios when absent. */
  readonly scenarios?: Readonly<Record<string, string>>;
  readonly staticDir?: string;
  readonly clock?: Clock;
  /** How often due deadlines are looked for, in ms (0: only when `tick` is called). */
  readonly tickMs?: number;
  readonly process?: string;
  /** See HostOptions.snapshotEvery. */
  readonly snapshotEvery?: number;
  readonly rateLimit?: number;
  readonly logger?: boolean;
  /** Worker threads the bots think on (0: on the event loop); one fewer than the cores by
   *  default, at least one. */
  readonly botThreads?: number;
}

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly host: Host;
  readonly connection: Connection;
  /** The address it listens on, as `http://host:port`. */
  readonly url: string;
  /** How many live matches were rebuilt from the database at start. */
  readonly rebuilt: number;
  /** The live matches that could not be rebuilt (each also reported on stderr); the server
   *  serves the others, and refuses a connection to one of these as `damaged-match`. */
  readonly broken: readonly BrokenMatch[];
  /** Fires due deadlines now. */
  tick(): Promise<number>;
  close(): Promise<void>;
}

export async function startServer(o: ServerOptions): Promise<RunningServer> {
  const dirs: Record<string, string> =
    o.scenarios ?? Object.fromEntries(listBundledScenarios().map((id) => [id, id]));
  const cache = new Map<string, Scenario | null>();
  const scenario = (id: string): Scenario | null => {
    if (!Object.hasOwn(dirs, id)) return null;
    if (!cache.has(id)) {
      const r = loadScenarioDir(dirs[id]!);
      cache.set(id, r.ok ? r.scenario : null);
    }
    return cache.get(id)!;
  };
  const connection = await connect(o.db);
  const threads = o.botThreads ?? defaultBotThreads();
  const folders = new Map<string, string | null>();
  const folderOf = (id: string): string | null => {
    if (!folders.has(id))
      folders.set(
        id,
        Object.hasOwn(dirs, id) && scenario(id) ? resolveScenarioDir(dirs[id]!) : null,
      );
    return folders.get(id)!;
  };
  const bots = threads > 0 ? botThreads(threads, folderOf) : botsHere;
  const host = new Host({
    db: connection.db,
    scenario,
    ...(o.clock ? { clock: o.clock } : {}),
    ...(o.process ? { process: o.process } : {}),
    ...(o.snapshotEvery ? { snapshotEvery: o.snapshotEvery } : {}),
    sqlite: connection.sqlite,
    dialect: connection.dialect,
    bots,
  });
  if (connection.dialect === 'postgres')
    host.bus = await postgresBus(
      connection.url,
      host.process,
      (m) => {
        host.onBus(m).catch((e: unknown) => process.stderr.write(`bus: ${(e as Error).message}\n`));
      },
      () => {
        host.resync().catch((e: unknown) => process.stderr.write(`bus: ${(e as Error).message}\n`));
      },
    );
  const { rebuilt, broken } = await host.rebuildLive();
  for (const b of broken) process.stderr.write(`cannot resume ${b.reason}\n`);
  const app = await buildApp({
    host,
    scenario,
    scenarios: () => Object.keys(dirs),
    ...(o.staticDir ? { staticDir: o.staticDir } : {}),
    ...(o.rateLimit ? { rateLimit: o.rateLimit } : {}),
    ...(o.logger ? { logger: o.logger } : {}),
  });
  const address = await app.listen({ port: o.port ?? 0, host: o.address ?? '127.0.0.1' });
  let ticking = false;
  const tick = async () => {
    if (ticking) return 0;
    ticking = true;
    try {
      return await host.fireDeadlines();
    } finally {
      ticking = false;
    }
  };
  const timer =
    (o.tickMs ?? 1000) > 0
      ? setInterval(() => {
          tick().catch((e: unknown) =>
            process.stderr.write(`deadlines: ${(e as Error).message}\n`),
          );
        }, o.tickMs ?? 1000)
      : null;
  timer?.unref();
  return {
    app,
    host,
    connection,
    url: address.replace('[::1]', 'localhost'),
    rebuilt,
    broken,
    tick,
    async close() {
      if (timer) clearInterval(timer);
      await app.close();
      await host.close();
      await bots.close();
      await connection.close();
    },
  };
}
