// `npm run bench` (server part): acknowledged actions per second and their latency with 200
// concurrent bot matches over loopback WebSockets, on SQLite and on Postgres; memory per live
// match; time to rebuild 1,000 matches after a restart. Reports against DESIGN.md's floors.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomPolicy } from '../src/ai';
import { generatorFrom, legalActions, seedRng, viewFor, waitingFor } from '../src/engine';
import type { CreateMatchRequest } from '../src/net/protocol';
import { startServer } from '../src/server';
import type { Conn } from '../src/server/live';
import { createMatch } from '../src/server/matches';
import { postgresAvailable, startPostgres } from '../test/server/postgres';

const MATCHES = Number(process.env.BENCH_MATCHES ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const REBUILD = Number(process.env.BENCH_REBUILD ?? 1000);
const FLOOR = { acks: 5000, p99: 50, rebuildS: 5 };

const threeSeats: CreateMatchRequest = {
  scenario: 'red-mexico-1945',
  creator: 'mexico',
  seats: { mexico: { kind: 'person' }, usa: { kind: 'person' }, ussr: { kind: 'person' } },
  pace: { kind: 'live' },
};

function clients(url: string, seats: { match: string; token: string }[]) {
  return new Promise<{ acks: number; perSecond: number; p50: number; p99: number }>(
    (resolve, reject) => {
      const p = spawn(
        process.execPath,
        [
          'bench/bundled.mjs',
          'bench/server-clients.ts',
          url,
          JSON.stringify(seats),
          String(SECONDS),
          '2',
        ],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      let out = '';
      p.stdout.on('data', (d: Buffer) => (out += d));
      p.on('exit', (code) =>
        code === 0
          ? resolve(JSON.parse(out.trim().split('\n').pop()!))
          : reject(new Error(`clients exited ${code}`)),
      );
    },
  );
}

async function throughput(label: string, db: string) {
  const server = await startServer({ db, tickMs: 0, rateLimit: 1_000_000 });
  try {
    const seats: { match: string; token: string }[] = [];
    for (let i = 0; i < MATCHES; i++) {
      const made = await createMatch(
        server.host,
        server.host.scenarioFor('red-mexico-1945')!,
        threeSeats,
      );
      for (const token of Object.values(made.tokens)) seats.push({ match: made.match, token });
    }
    const r = await clients(server.url, seats);
    const ok = r.perSecond >= FLOOR.acks && r.p99 <= FLOOR.p99;
    console.log(
      `  ${label.padEnd(9)} ${r.perSecond.toFixed(0).padStart(6)} acknowledged actions/s, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms` +
        (label === 'SQLite'
          ? `  (floor ≥ ${FLOOR.acks}/s, p99 ≤ ${FLOOR.p99} ms: ${ok ? 'met' : 'NOT MET'})`
          : ''),
    );
  } finally {
    await server.close();
  }
}

/** Fills a database with `n` live matches a few months in, then times a restart's rebuild. */
async function rebuild(db: string, n: number) {
  let server = await startServer({ db, tickMs: 0 });
  const scenario = server.host.scenarioFor('red-mexico-1945')!;
  const rng = generatorFrom(seedRng(1));
  for (let i = 0; i < n; i++) {
    const made = await createMatch(server.host, scenario, { ...threeSeats, seed: i });
    const live = (await server.host.open(made.match))!;
    const months = 6 + (i % 12);
    for (let guard = 0; guard < 500 && live.state.turn < months && !live.ended; guard++) {
      const f = waitingFor(scenario, live.state)[0]!;
      const conn: Conn = { seat: f, tokenHash: '', send: () => undefined, close: () => undefined };
      const view = viewFor(scenario, live.state, f);
      const action = randomPolicy.decide(scenario, view, legalActions(scenario, view), rng);
      await server.host.act(live, conn, { id: guard + 1, seq: live.seq, action });
    }
  }
  await server.close();
  (globalThis as { gc?: () => void }).gc?.();
  const heap = process.memoryUsage().heapUsed;
  const t = performance.now();
  server = await startServer({ db, tickMs: 0 });
  const seconds = (performance.now() - t) / 1000;
  (globalThis as { gc?: () => void }).gc?.();
  const perMatch = (process.memoryUsage().heapUsed - heap) / Math.max(1, server.rebuilt);
  console.log(
    `  ${server.rebuilt} live matches rebuilt at start-up in ${seconds.toFixed(2)} s (floor ≤ ${FLOOR.rebuildS} s: ${seconds <= FLOOR.rebuildS ? 'met' : 'NOT MET'}); ` +
      `memory per live match ${(perMatch / 1024).toFixed(0)} KB of heap`,
  );
  await server.close();
}

const dir = mkdtempSync(join(tmpdir(), 'uchronia-bench-'));
console.log(
  `\nServer: ${MATCHES} concurrent matches of red-mexico-1945, three bot players each over loopback WebSockets, ${SECONDS} s`,
);
await throughput('SQLite', `sqlite:${join(dir, 'throughput.db')}`);
const cluster = postgresAvailable ? await startPostgres() : null;
try {
  if (cluster) await throughput('Postgres', cluster.database('bench'));
  else console.log('  Postgres: not installed, skipped');
  console.log(`Server: restart with ${REBUILD} live matches (SQLite)`);
  await rebuild(`sqlite:${join(dir, 'rebuild.db')}`, REBUILD);
} finally {
  cluster?.stop();
}
