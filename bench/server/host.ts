// The server's authority alone, without HTTP, sockets or clients: `MATCHES` matches of three
// seats played by the random bot in this process, every update written as JSON as a socket
// would send it. Reports the CPU time per acknowledged action and the bytes sent, by kind.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomPolicy } from '../../src/ai';
import { generatorFrom, legalActions, seedRng, viewFor, waitingFor } from '../../src/engine';
import type { ServerMessage } from '../../src/net/protocol';
import { startServer } from '../../src/server';
import { prewritten } from '../../src/server/match/frames';
import type { Conn } from '../../src/server/match/live';
import { createMatch } from '../../src/server/matches';

const MATCHES = Number(process.env.BENCH_MATCHES ?? 200);
const ACTIONS = Number(process.env.BENCH_ACTIONS ?? 20000);
/** Whether to count the bytes of updates by part (slower). */
const BYTES = process.env.BENCH_BYTES === '1';
const dir = mkdtempSync(join(tmpdir(), 'uchronia-bench-'));
/** How often the matches' states are written out (the server's default when absent). */
const SNAPSHOT_EVERY = Number(process.env.BENCH_SNAPSHOT_EVERY ?? 0);
const server = await startServer({
  db: `sqlite:${join(dir, 'host.db')}`,
  tickMs: 0,
  ...(SNAPSHOT_EVERY > 0 ? { snapshotEvery: SNAPSHOT_EVERY } : {}),
});
const host = server.host;
const scenario = host.scenarioFor('red-mexico-1945')!;
const bytes = new Map<string, number>();
const count = (k: string, n: number) => bytes.set(k, (bytes.get(k) ?? 0) + n);
const rng = generatorFrom(seedRng(7));

async function newMatch(seed: number) {
  const made = await createMatch(host, scenario, {
    scenario: 'red-mexico-1945',
    creator: 'mexico',
    seats: { mexico: { kind: 'person' }, usa: { kind: 'person' }, ussr: { kind: 'person' } },
    pace: { kind: 'live' },
    seed,
  });
  const live = (await host.open(made.match))!;
  const conns = new Map<string, Conn>();
  for (const f of scenario.index.playable) {
    const conn: Conn = {
      seat: f,
      tokenHash: '',
      send: (m: ServerMessage) => {
        const s = prewritten.get(m) ?? JSON.stringify(m);
        count(m.t, s.length);
        if (BYTES && m.t === 'update') {
          count('update.delta', JSON.stringify(m.delta).length);
          count('update.news', JSON.stringify(m.news).length);
          if (m.legal !== undefined) count('update.legal', JSON.stringify(m.legal).length);
          if (m.legalDelta !== undefined)
            count('update.legalDelta', JSON.stringify(m.legalDelta).length);
          for (const [k, e] of Object.entries(m.delta))
            count(`delta ${k}`, JSON.stringify(e).length + k.length + 3);
        }
      },
      close: () => undefined,
    };
    live.conns.add(conn);
    live.welcome(f);
    conns.set(f, conn);
  }
  return { live, conns };
}

let seed = 0;
const matches = await Promise.all(Array.from({ length: MATCHES }, () => newMatch(seed++)));
let acks = 0;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
let decideMs = 0;
while (acks < ACTIONS) {
  const pending: Promise<unknown>[] = [];
  for (let i = 0; i < matches.length; i++) {
    let m = matches[i]!;
    if (m.live.ended) m = matches[i] = await newMatch(seed++);
    const td = process.cpuUsage();
    const intents = waitingFor(scenario, m.live.state).map((f) => {
      const view = viewFor(scenario, m.live.state, f);
      const action = randomPolicy.decide(scenario, view, legalActions(scenario, view), rng);
      return { f, action };
    });
    const used = process.cpuUsage(td);
    decideMs += (used.user + used.system) / 1000;
    for (const { f, action } of intents)
      pending.push(
        host.act(m.live, m.conns.get(f)!, { id: acks + 1, seq: m.live.seq, action }).then((r) => {
          if (r.ok) acks++;
        }),
      );
  }
  await Promise.all(pending);
}
const cpu = process.cpuUsage(cpu0);
const wall = performance.now() - t0;
const cpuMs = (cpu.user + cpu.system) / 1000 - decideMs;
console.log(
  `${acks} acks in ${(wall / 1000).toFixed(2)} s; server CPU (less the players' decisions) ${((cpuMs * 1000) / acks).toFixed(0)} µs per ack`,
);
for (const [k, v] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, 20))
  console.log(`  ${k.padEnd(24)} ${(v / acks).toFixed(0).padStart(7)} bytes per ack`);
await server.close();
