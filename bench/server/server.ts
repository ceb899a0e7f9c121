// `npm run bench` (server part): acknowledged actions per second and their latency with 200
// concurrent bot matches over loopback WebSockets, on SQLite and on Postgres; memory per live
// match; time to rebuild 1,000 matches after a restart. Reports against DESIGN.md's floors.
// The floor (≥ 5,000 acknowledged actions/s, p99 ≤ 50 ms) is read with the players paced to
// 5,000 actions/s (BENCH_RATE): the load is then the floor's, whatever the server, and the
// latency an action's at that load; players acting at once measure the most the server
// acknowledges (their latency the queue's). With taskset and two CPUs or more, the server's
// process runs on one CPU and the players' on the others (BENCH_PIN=0: both anywhere).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { monitorEventLoopDelay, performance, type EventLoopUtilization } from 'node:perf_hooks';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomPolicy } from '../../src/ai';
import { generatorFrom, legalActions, seedRng, viewFor, waitingFor } from '../../src/engine';
import type { CreateMatchRequest } from '../../src/net/protocol';
import { startServer } from '../../src/server';
import type { Conn } from '../../src/server/match/live';
import { createMatch } from '../../src/server/matches';
import { postgresAvailable, startPostgres } from '../../test/server/postgres';

const MATCHES = Number(process.env.BENCH_MATCHES ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const REBUILD = Number(process.env.BENCH_REBUILD ?? 1000);
const neither = process.env.BENCH_THINK_MS === undefined && process.env.BENCH_RATE === undefined;
/** The players' mean think time before each decision, in ms, one value or several separated by
 *  commas (a throughput part for each): 0 has every player act as soon as its last action is
 *  acknowledged, which measures the most the server acknowledges, its latency then the time its
 *  queue takes to go round (Little's law: 600 players at N acks/s wait 600/N s on average); a
 *  think time offers a load the server may keep up with, and measures the latency at that load,
 *  but what it offers depends on the server (a month waits for its slowest seat, and a player
 *  waits for its acknowledgement before it thinks again). */
const THINK = (process.env.BENCH_THINK_MS ?? (neither ? '0' : ''))
  .split(',')
  .filter(Boolean)
  .map(Number);
/** Rates the players are paced to, in actions per second, one value or several separated by
 *  commas (a throughput part for each): every player acts as soon as it may, but sends its
 *  intent only in the next free slot of one schedule of that many slots a second shared by all
 *  600 (`bench/server/clients.ts`). The floor is read at the floor's rate: the load offered is
 *  then the floor's whatever the server (unless it holds the players back), and the latency is
 *  an action's at that load. By default (neither variable set) the bench runs players acting at
 *  once (the most acknowledged) and players paced to the floor's 5,000/s (the floor's line);
 *  BENCH_THINK_MS alone runs its think times alone. */
const RATES = (process.env.BENCH_RATE ?? (neither ? '5000' : ''))
  .split(',')
  .filter(Boolean)
  .map(Number);
const PARTS: readonly { readonly think: number; readonly rate: number }[] = [
  ...THINK.map((think) => ({ think, rate: 0 })),
  ...RATES.map((rate) => ({ think: 0, rate })),
];
const FLOOR = { acks: 5000, p99: 50, rebuildS: 5 };
/** A file to write a CPU profile of the server's process to, over the measured window (of the
 *  last throughput part run): the setup and warm-up left out. */
const PROFILE = process.env.BENCH_PROFILE ?? '';
/** A file to write a sampling heap profile of the server's process to (what it allocates, by
 *  function), over the same window; `.heapprofile`, which Chrome's DevTools read. */
const HEAP_PROFILE = process.env.BENCH_HEAP_PROFILE ?? '';
/** With BENCH_HEAP_PROMOTED=1 the heap profile holds only what outlived a young-generation
 *  collection (and was moved to the old generation): what makes the collector's pauses long. */
const HEAP_PROMOTED = process.env.BENCH_HEAP_PROMOTED === '1';
/** `sqlite`, `postgres` or `rebuild` to measure only that part (all by default). */
const ONLY = process.env.BENCH_ONLY ?? '';
const wanted = (part: string) => ONLY === '' || ONLY.split(',').includes(part);

/** A bot the server plays the USSR's seat with (`priority`, `search`...), the players the two
 *  others, in one match of every BENCH_BOT_EVERY (1 by default); every seat a player when
 *  absent. */
const BOT = process.env.BENCH_BOT ?? '';
const BOT_EVERY = Number(process.env.BENCH_BOT_EVERY ?? 1);
/** The worker threads the server's bots think on (0: on the event loop; the server's default
 *  when absent). */
const BOT_THREADS = process.env.BENCH_BOT_THREADS;

/** The CPUs this process may run on (taskset's list), or null where taskset is missing. */
function allowedCpus(): number[] | null {
  try {
    const out = execFileSync('taskset', ['-pc', String(process.pid)], { encoding: 'utf8' });
    return out
      .slice(out.lastIndexOf(':') + 1)
      .trim()
      .split(',')
      .flatMap((range) => {
        const [from, to = from] = range.split('-').map(Number);
        return Array.from({ length: to! - from! + 1 }, (_, i) => from! + i);
      });
  } catch {
    return null;
  }
}

/** The server's process pinned to one CPU, the players' to the others: a load generator off the
 *  server's core, so that the two do not take turns on the same cores (on this project's 2-core
 *  machine the players take about half as much CPU per action as the server). Other work on the
 *  machine still shares the server's CPU. BENCH_PIN=0 leaves both free to run anywhere. */
const CPUS = process.env.BENCH_PIN === '0' || availableParallelism() < 2 ? null : allowedCpus();
const PIN =
  CPUS && CPUS.length >= 2 ? { server: String(CPUS[0]), players: CPUS.slice(1).join(',') } : null;
if (PIN) execFileSync('taskset', ['-a', '-pc', PIN.server, String(process.pid)]);

const threeSeats: CreateMatchRequest = {
  scenario: 'red-mexico-1945',
  creator: 'mexico',
  seats: { mexico: { kind: 'person' }, usa: { kind: 'person' }, ussr: { kind: 'person' } },
  pace: { kind: 'live' },
};
const withBot: CreateMatchRequest = {
  ...threeSeats,
  seats: { ...threeSeats.seats, ussr: { kind: 'bot', bot: BOT } },
};

function clients(
  url: string,
  seats: { match: string; token: string }[],
  { think, rate }: { think: number; rate: number },
) {
  return new Promise<{
    acks: number;
    perSecond: number;
    /** Intents sent per second: the load offered. */
    offered: number;
    /** Intents refused per second (stale: another seat moved the game on first). */
    refusedPerSecond: number;
    p50: number;
    p99: number;
    /** The share of the players' time spent waiting for their own acknowledgements. */
    waited: number;
    cpuMs: number;
    /** Of which in the kernel (the sockets' system calls, mostly). */
    sysMs: number;
    clientCpuMs: number;
    /** How late the players' event loop ran a timer due every 10 ms, in ms (as `delay`): the
     *  part of the latencies they measure that their own work held back. */
    clientDelay: { p50: number; p99: number; max: number };
    /** The share of the window the server's event loop was busy (not waiting for I/O). */
    elu: number;
    /** How late the server's event loop ran a timer due every 10 ms, in ms: its p50, p99 and
     *  most (the longest turns of the loop, the time an intent waits behind work under way). */
    delay: { p50: number; p99: number; max: number };
  }>((resolve, reject) => {
    const node = [
      process.execPath,
      ...(process.env.BENCH_CLIENT_FLAGS?.split(' ').filter(Boolean) ?? []),
      'bench/bundled.mjs',
      'bench/server/clients.ts',
      url,
      JSON.stringify(seats),
      String(SECONDS),
      '2',
      String(think),
      String(rate),
    ];
    const [command, ...args] = PIN ? ['taskset', '-c', PIN.players, ...node] : node;
    const p = spawn(command!, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    // The server's CPU time (user + system) while the clients measure: on a shared machine
    // the rate depends on what else runs, the CPU time per action much less.
    let cpu: NodeJS.CpuUsage | null = null;
    let cpuMs = NaN;
    let sysMs = NaN;
    // (the server runs in this process: its event loop is this one)
    let elu0: EventLoopUtilization | null = null;
    let elu = NaN;
    const delays = monitorEventLoopDelay({ resolution: 10 });
    const profiler = PROFILE || HEAP_PROFILE ? new Session() : null;
    let profiled: Promise<unknown> = Promise.resolve();
    p.stdout.on('data', (d: Buffer) => {
      out += d;
      if (cpu === null && out.includes('measuring\n')) {
        cpu = process.cpuUsage();
        elu0 = performance.eventLoopUtilization();
        delays.enable();
        if (profiler) {
          profiler.connect();
          profiled = PROFILE
            ? profiler.post('Profiler.enable').then(() => profiler.post('Profiler.start'))
            : Promise.resolve();
          if (HEAP_PROFILE)
            profiled = profiled.then(() =>
              profiler.post('HeapProfiler.startSampling', {
                samplingInterval: 16384,
                // (all it allocates, not only what is still alive at the end)
                includeObjectsCollectedByMajorGC: true,
                includeObjectsCollectedByMinorGC: !HEAP_PROMOTED,
              }),
            );
        }
      }
      if (cpu !== null && Number.isNaN(cpuMs) && out.includes('measured\n')) {
        const u = process.cpuUsage(cpu);
        cpuMs = (u.user + u.system) / 1000;
        sysMs = u.system / 1000;
        elu = performance.eventLoopUtilization(elu0!).utilization;
        delays.disable();
        if (profiler)
          profiled = profiled
            .then(async () => {
              if (HEAP_PROFILE) {
                const { profile } = await profiler.post('HeapProfiler.stopSampling');
                writeFileSync(HEAP_PROFILE, JSON.stringify(profile));
              }
              if (PROFILE) {
                const { profile } = await profiler.post('Profiler.stop');
                writeFileSync(PROFILE, JSON.stringify(profile));
              }
            })
            .finally(() => profiler.disconnect());
      }
    });
    p.on('exit', (code) =>
      code === 0
        ? void profiled.then(() => {
            const r = JSON.parse(out.trim().split('\n').pop()!) as Record<string, number | null>;
            // (no action acknowledged: no latency, which JSON writes as null)
            // (the histogram's delays, in ns, include the 10 ms of the timer itself)
            const late = (ns: number) => Math.max(0, ns / 1e6 - 10);
            const delay = {
              p50: late(delays.percentile(50)),
              p99: late(delays.percentile(99)),
              max: late(delays.max),
            };
            resolve({
              ...r,
              p50: r.p50 ?? NaN,
              p99: r.p99 ?? NaN,
              cpuMs,
              sysMs,
              elu,
              delay,
            } as never);
          })
        : reject(new Error(`clients exited ${code}`)),
    );
  });
}

async function throughput(label: string, db: string, part: { think: number; rate: number }) {
  const { think, rate } = part;
  const server = await startServer({
    db,
    tickMs: 0,
    rateLimit: 1_000_000,
    ...(BOT_THREADS !== undefined ? { botThreads: Number(BOT_THREADS) } : {}),
  });
  try {
    const seats: { match: string; token: string }[] = [];
    for (let i = 0; i < MATCHES; i++) {
      const made = await createMatch(
        server.host,
        server.host.scenarioFor('red-mexico-1945')!,
        BOT && i % BOT_EVERY === 0 ? withBot : threeSeats,
      );
      for (const token of Object.values(made.tokens)) seats.push({ match: made.match, token });
    }
    const before = { ...server.host.written };
    const r = await clients(server.url, seats, part);
    // (over the whole run, warm-up included: the commits' batching, not their count per ack)
    const commits = server.host.written.commits - before.commits;
    const transactions = server.host.written.transactions - before.transactions;
    // Acting at once, the players measure the most the server acknowledges, and their latency
    // is the queue's (Little's law). The floor is read where the players offer at least the
    // floor's rate: paced to it (or, with a think time, offering it): the server must answer it
    // all (an intent refused as stale, another seat having ended the month first, is answered
    // too), within the floor's p99.
    // The players wait for each acknowledgement before they think again: a slow server holds
    // back what they offer. Answered at once, they would offer about this many.
    const unheld = r.offered / Math.max(0.01, 1 - r.waited);
    const answered = r.perSecond + r.refusedPerSecond;
    // (paced, the players offer the rate to within the window's edges)
    const ok =
      rate > 0
        ? rate >= FLOOR.acks &&
          r.offered >= 0.99 * rate &&
          answered >= 0.99 * rate &&
          r.p99 <= FLOOR.p99
        : r.offered >= FLOOR.acks && r.perSecond >= FLOOR.acks && r.p99 <= FLOOR.p99;
    const floor =
      label !== 'SQLite'
        ? ''
        : rate > 0
          ? rate < FLOOR.acks
            ? `  (paced under the floor's ${FLOOR.acks}/s)`
            : `  (floor: ${FLOOR.acks}/s offered and answered, p99 ≤ ${FLOOR.p99} ms: ${ok ? 'met' : 'NOT MET'})`
          : think === 0
            ? '  (acting at once: the most acknowledged)'
            : r.offered < FLOOR.acks && unheld < FLOOR.acks
              ? `  (offers under the floor's ${FLOOR.acks}/s)`
              : `  (floor: ≥ ${FLOOR.acks}/s offered and acknowledged, p99 ≤ ${FLOOR.p99} ms: ${ok ? 'met' : 'NOT MET'})`;
    const players =
      rate > 0
        ? `players paced to ${rate} actions/s`
        : think > 0
          ? `players thinking ${think} ms on average`
          : 'players acting at once';
    console.log(
      `  ${label.padEnd(9)} ${players}: ` +
        `${r.offered.toFixed(0)} actions/s offered, ${r.perSecond.toFixed(0)} acknowledged/s (${r.refusedPerSecond.toFixed(0)}/s refused as stale), p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms${floor}`,
    );
    if (think > 0 || rate > 0)
      console.log(
        `  ${''.padEnd(9)} the players waited for acknowledgements ${(100 * r.waited).toFixed(0)} % of the time${think > 0 ? `: answered at once they would offer about ${unheld.toFixed(0)}/s` : ''}`,
      );
    const perAck = (r.cpuMs * 1000) / Math.max(1, r.acks);
    console.log(
      `  ${''.padEnd(9)} server CPU ${perAck.toFixed(0)} µs per acknowledged action (${((r.sysMs * 1000) / Math.max(1, r.acks)).toFixed(0)} µs of it in the kernel): one free core would acknowledge ${(1e6 / perAck).toFixed(0)}/s`,
    );
    console.log(
      `  ${''.padEnd(9)} the server's event loop busy ${(100 * r.elu).toFixed(0)} % of the window; a 10 ms timer ran late by p50 ${r.delay.p50.toFixed(1)} ms, p99 ${r.delay.p99.toFixed(1)} ms, at most ${r.delay.max.toFixed(1)} ms`,
    );
    console.log(
      `  ${''.padEnd(9)} ${(commits / Math.max(1, transactions)).toFixed(1)} commits per transaction`,
    );
    // the players run in a process of their own, on the same cores as the server
    console.log(
      `  ${''.padEnd(9)} the players' process: ${((r.clientCpuMs * 1000) / Math.max(1, r.acks)).toFixed(0)} µs of CPU per acknowledged action; its 10 ms timer ran late by p50 ${r.clientDelay.p50.toFixed(1)} ms, p99 ${r.clientDelay.p99.toFixed(1)} ms, at most ${r.clientDelay.max.toFixed(1)} ms`,
    );
  } finally {
    await server.close();
  }
}

/** Fills a database with `n` live matches a few months in. */
async function fill(db: string, n: number) {
  const server = await startServer({ db, tickMs: 0 });
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
}

const heapNow = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
};

/** Fills a database with `n` live matches a few months in, then times a restart's rebuild. */
async function rebuild(db: string, n: number) {
  await fill(db, n);
  // what a server holds without any match (its scenarios...), left out of the matches' memory
  const before = heapNow();
  const empty = await startServer({ db: `${db}.empty`, tickMs: 0 });
  const fixed = heapNow() - before;
  const heap = heapNow();
  const t = performance.now();
  const cpu = process.cpuUsage();
  const server = await startServer({ db, tickMs: 0 });
  const seconds = (performance.now() - t) / 1000;
  // on a shared machine the time depends on what else runs; the CPU time much less
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const perMatch = (heapNow() - heap - fixed) / Math.max(1, server.rebuilt);
  console.log(
    `  ${server.rebuilt} live matches rebuilt at start-up in ${seconds.toFixed(2)} s, ${cpuSeconds.toFixed(2)} s of CPU (floor ≤ ${FLOOR.rebuildS} s: ${seconds <= FLOOR.rebuildS ? 'met' : 'NOT MET'}); ` +
      `memory per live match ${(perMatch / 1024).toFixed(0)} KB of heap`,
  );
  await server.close();
  await empty.close();
}

const dir = mkdtempSync(join(tmpdir(), 'uchronia-bench-'));
console.log(
  `\nServer: ${MATCHES} concurrent matches of red-mexico-1945, three bot players each over loopback WebSockets${BOT ? ` (in one of every ${BOT_EVERY}, two and the server's ${BOT} bot, on ${BOT_THREADS === '0' ? 'the event loop' : 'worker threads'})` : ''}, ${SECONDS} s`,
);
console.log(
  PIN
    ? `  the server's process pinned to CPU ${PIN.server}, the players' process to CPU ${PIN.players} (taskset; BENCH_PIN=0 leaves them unpinned)`
    : `  the server's and the players' processes unpinned, sharing the machine's CPUs${process.env.BENCH_PIN === '0' ? ' (BENCH_PIN=0)' : ' (no taskset, or a single CPU)'}`,
);
for (const [i, part] of PARTS.entries())
  if (wanted('sqlite'))
    await throughput('SQLite', `sqlite:${join(dir, `throughput-${i}.db`)}`, part);
const cluster = postgresAvailable && wanted('postgres') ? await startPostgres() : null;
try {
  if (cluster)
    for (const [i, part] of PARTS.entries())
      await throughput('Postgres', cluster.database(`bench${i}`), part);
  else if (wanted('postgres')) console.log('  Postgres: not installed, skipped');
  if (wanted('rebuild')) {
    console.log(`Server: restart with ${REBUILD} live matches (SQLite)`);
    await rebuild(`sqlite:${join(dir, 'rebuild.db')}`, REBUILD);
  }
} finally {
  cluster?.stop();
}
